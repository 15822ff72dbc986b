-- The board's order at 20,000 applications (ADR 0059): a column sorts by the next action's day, else the
-- posting's deadline, undated last. That day is kept on the application itself, so that a column's page is read
-- from one narrow index of the job seeker's applications instead of joining every application of the status to
-- its posting. 9999-12-31 stands for "no day" (the index then orders it last, as NULLS LAST did).
-- A trigger keeps it in step: before an application is written (its next action, its posting), and after a
-- posting's deadline changes (a correction, a re-reading), for the applications on that posting.
alter table application add column board_day date default date '9999-12-31' not null;

-- [jooq ignore start]
update application a set board_day = coalesce(a.next_action_on,
    (select p.deadline from posting p where p.id = a.posting_id), date '9999-12-31');

create trigger application_board_day_tg before insert, update on application
    for each row call 'org.sillage.store.BoardDayTrigger';
create trigger posting_board_day_tg after update on posting
    for each row call 'org.sillage.store.BoardDayTrigger';
-- [jooq ignore stop]

create index application_board_day_ix on application (candidate_id, status, archived_at, board_day, id);
