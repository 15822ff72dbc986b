-- The dashboard's funnel and answer times at 20,000 applications (ADR 0058): the furthest stage an
-- application's status history reached and the day of its first answer, kept on the application itself, so
-- that the dashboard reads one narrow index instead of probing the history of every application.
-- history_step: the furthest step among the changes not undone (saved 0, preparing 1, applied 2, interview 3,
-- offer 4, accepted 5; a rejection or a withdrawal -1), -1 without any. first_answer_on: the first day of a
-- change not undone to interview, offer, accepted or rejected. A trigger on status_change keeps both in step
-- with every insert, update and delete, whatever writes them (the screens, a handover, an erasure).
alter table application add column history_step int default -1 not null;
alter table application add column first_answer_on date;

-- [jooq ignore start]
update application a set
    history_step = coalesce((select max(case s.to_status when 'SAVED' then 0 when 'PREPARING' then 1
            when 'APPLIED' then 2 when 'INTERVIEW' then 3 when 'OFFER' then 4 when 'ACCEPTED' then 5 else -1 end)
        from status_change s where s.application_id = a.id and s.undone_at is null), -1),
    first_answer_on = (select min(cast(s.changed_at as date)) from status_change s
        where s.application_id = a.id and s.undone_at is null
        and s.to_status in ('INTERVIEW', 'OFFER', 'ACCEPTED', 'REJECTED'));

create trigger status_change_progress_tg after insert, update, delete on status_change
    for each row call 'org.sillage.store.ProgressTrigger';
-- [jooq ignore stop]

-- the dashboard's counts over one job seeker's applications, from this index alone
create index application_progress_ix on application (candidate_id, status, applied_on, history_step, first_answer_on);
