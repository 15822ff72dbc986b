-- Ids are handed out one by one and recorded with each commit: no block of 32 cached in memory, so a
-- restart or a kill neither skips numbers nor hands one out twice.
-- [jooq ignore start]
alter table candidate alter column id set no cache;
alter table posting alter column id set no cache;
alter table application alter column id set no cache;
alter table status_change alter column id set no cache;
alter table event alter column id set no cache;
alter table required_document alter column id set no cache;
alter table tag alter column id set no cache;
alter table stored_file alter column id set no cache;
alter table document_attachment alter column id set no cache;
alter table sent_document alter column id set no cache;
-- [jooq ignore stop]
