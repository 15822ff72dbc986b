-- The change to Applied that turned a Ready document into Sent (ADR 0062): undoing that change puts it back to
-- Ready, as the undo puts back the next action and removes the follow-up it planned. Null for a document marked
-- Sent by hand, or before V20; set to null when the change is deleted with its application.
alter table required_document add column sent_by_change_id bigint;
alter table required_document add constraint required_document_sent_by_fk foreign key (sent_by_change_id)
    references status_change (id) on delete set null;
