-- The follow-up a change to Applied planned (ADR 0062): recorded with the change, so that undoing the change
-- removes it while it is still to do, as the undo already puts the next action back. Null when the change planned
-- none (one was planned already) or for changes before V19; set to null when the event is deleted.
alter table status_change add column follow_up_event_id bigint;
alter table status_change add constraint status_change_follow_up_fk foreign key (follow_up_event_id)
    references event (id) on delete set null;
