-- The full-text index (index/, ADR 0014) follows the database: every transaction that changes postings
-- takes the next number here, and the index records the number it has caught up to. A database past the
-- index (a crash between the two commits, a restore) has its index rebuilt at the next start.
-- No cache, as for the ids (V4): the number stored is the number handed out.
-- [jooq ignore start]
create sequence search_generation start with 1 no cache;
-- [jooq ignore stop]
