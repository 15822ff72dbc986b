-- A migration from "the future", used by the migration tests only.
alter table tag add column colour varchar(20);
