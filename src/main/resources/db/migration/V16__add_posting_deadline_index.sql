-- The board sorts a status's cards by the next action's day, else the posting's deadline: this narrow index gives
-- the deadline of each joined posting without reading the posting's wide row (thousands per status at 100,000).
create index posting_id_deadline_ix on posting (id, deadline);
