-- Finding earlier versions of a posting (same title and organisation) by index instead of a full scan.
alter table posting add column title_key varchar(1000);
update posting set title_key = lower(title);
create index posting_title_key_ix on posting (title_key);
