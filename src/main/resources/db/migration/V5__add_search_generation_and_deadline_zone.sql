-- The full-text index (index/, ADR 0014) follows the database: every transaction that changes postings
-- takes the next number here, and the index records the number it has caught up to. A database past the
-- index (a crash between the two commits, a restore) has its index rebuilt at the next start.
-- No cache, as for the ids (V4): the number stored is the number handed out.
-- [jooq ignore start]
create sequence search_generation start with 1 no cache;
-- [jooq ignore stop]

-- The effective deadline (the correction if any, else what was read) with its time and zone, beside the
-- effective date already listed, so that the agenda and the reminders are queries over a range of dates
-- instead of reading every posting's fields (ADR 0015). The zone is worked out in Java (the one stated,
-- else the place's): rows from before this version are filled at the first start that sees them empty.
alter table posting add column deadline_time time;
alter table posting add column deadline_zone varchar(60);
create index posting_deadline_ix on posting (deadline);
create index application_status_ix on application (status);
-- The postings list is read a page at a time, newest first, by this index (keyset paging).
create index posting_imported_ix on posting (imported_at, id);
