-- Covering indexes for the reminders, the agenda and the dashboard at 100,000 postings (ADR 0028).
-- H2 answers a query from a secondary index alone when the index holds every column the query reads of
-- that table; the tables' own rows are then not read. A posting's row is wide (its text and extraction
-- are LOBs, but its keys, hashes and names are inline), so looking up thousands of postings by id for
-- their title and deadline reads pages scattered over the whole table, more than H2's page cache holds.

-- an application's posting, as the agenda and the reminders show it: title, organisation and deadline
create index posting_agenda_cover_ix on posting (id, deadline, deadline_time, deadline_zone, title, organization);

-- the status history of an application read by kind: the furthest stage reached and the first answer
create index status_change_progress_ix on status_change (application_id, to_status, undone_at, changed_at);

-- the open events of an application by kind and day (the reminders, and the next action that is a follow-up)
create index event_application_kind_ix on event (application_id, kind, done, on_date);
