package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.EVENT;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.EventKind;
import org.sillage.store.jooq.tables.records.EventRecord;

/** Interviews, tests, follow-ups and expected answers recorded on applications. */
public final class EventRepository {
    private final DSLContext dsl;
    private final long candidateId;

    private final PostingChanges changes;

    EventRepository(DSLContext dsl, long candidateId) {
        this(dsl, candidateId, null);
    }

    EventRepository(DSLContext dsl, long candidateId, PostingChanges changes) {
        this.dsl = dsl;
        this.candidateId = candidateId;
        this.changes = changes;
    }

    /** An event is found by the search (ADR 0020): its application's group is read again. */
    private void touched(long applicationId) {
        if (changes != null) {
            changes.touchApplication(dsl, applicationId);
        }
    }

    public long insert(ApplicationEvent e) {
        touched(e.applicationId());
        return dsl.insertInto(EVENT)
                .set(EVENT.APPLICATION_ID, e.applicationId())
                .set(EVENT.KIND, e.kind().name())
                .set(EVENT.ON_DATE, e.date())
                .set(EVENT.AT_TIME, e.time())
                .set(EVENT.TIME_ZONE, e.zone())
                .set(EVENT.PLACE, e.place())
                .set(EVENT.NOTE, e.note())
                .set(EVENT.DONE, e.done())
                .returning(EVENT.ID).fetchOne(EVENT.ID);
    }

    public void update(ApplicationEvent e) {
        dsl.update(EVENT)
                .set(EVENT.KIND, e.kind().name())
                .set(EVENT.ON_DATE, e.date())
                .set(EVENT.AT_TIME, e.time())
                .set(EVENT.TIME_ZONE, e.zone())
                .set(EVENT.PLACE, e.place())
                .set(EVENT.NOTE, e.note())
                .set(EVENT.DONE, e.done())
                .where(EVENT.ID.eq(e.id())).execute();
        find(e.id()).ifPresent(x -> touched(x.applicationId()));
    }

    public void delete(long id) {
        find(id).ifPresent(x -> touched(x.applicationId()));
        dsl.deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute();
    }

    public Optional<ApplicationEvent> find(long id) {
        // an event of another job seeker's application is not found (ADR 0023)
        return dsl.select(EVENT.fields()).from(EVENT).join(APPLICATION).on(APPLICATION.ID.eq(EVENT.APPLICATION_ID))
                .where(EVENT.ID.eq(id).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(r -> toEvent(r.into(EVENT)));
    }

    public List<ApplicationEvent> forApplication(long applicationId) {
        return dsl.selectFrom(EVENT).where(EVENT.APPLICATION_ID.eq(applicationId))
                .orderBy(EVENT.ON_DATE, EVENT.AT_TIME.nullsFirst(), EVENT.ID).fetch(EventRepository::toEvent);
    }

    /** Every event of the candidate's applications. */
    public List<ApplicationEvent> all() {
        return dsl.select(EVENT.fields()).from(EVENT).join(APPLICATION).on(APPLICATION.ID.eq(EVENT.APPLICATION_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId))
                .orderBy(EVENT.ON_DATE, EVENT.AT_TIME.nullsFirst(), EVENT.ID)
                .fetch(r -> toEvent(r.into(EVENT)));
    }

    private static ApplicationEvent toEvent(EventRecord r) {
        return new ApplicationEvent(r.getId(), r.getApplicationId(), EventKind.valueOf(r.getKind()), r.getOnDate(),
                r.getAtTime(), r.getTimeZone(), r.getPlace(), r.getNote(), r.getDone());
    }
}
