-- Next action, archive and the board (issue 12, ADR 0017).
-- Every application has a next action: a short text and the day it is for. A status change proposes one;
-- the change records the next action it replaced, so that undoing the change puts it back.
alter table application add column next_action varchar(500);
alter table application add column next_action_on date;
-- An archived application leaves the board and the default lists; it stays, and can be unarchived.
alter table application add column archived_at timestamp with time zone;
alter table status_change add column next_action_before varchar(500);
alter table status_change add column next_action_on_before date;
-- The agenda and the reminders read next actions by date; the board counts and pages each column.
create index application_next_action_ix on application (next_action_on);
create index application_board_ix on application (candidate_id, archived_at, status);
