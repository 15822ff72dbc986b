package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sillage.domain.Application;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.NextAction;
import org.sillage.domain.StatusChange;

/** Applications and their timeline of status changes. */
public final class ApplicationRepository {
    private final DSLContext dsl;
    private final long candidateId;

    /** Where the applications this transaction changes are noted for the search index; null when unindexed. */
    private final PostingChanges changes;

    ApplicationRepository(DSLContext dsl, long candidateId) {
        this(dsl, candidateId, null);
    }

    ApplicationRepository(DSLContext dsl, long candidateId, PostingChanges changes) {
        this.dsl = dsl;
        this.candidateId = candidateId;
        this.changes = changes;
    }

    private void touched(long applicationId) {
        if (changes != null) {
            changes.touchApplication(dsl, applicationId);
        }
    }

    public long insert(long postingId, ApplicationStatus status, Instant at) {
        long id = dsl.insertInto(APPLICATION)
                .set(APPLICATION.CANDIDATE_ID, candidateId)
                .set(APPLICATION.POSTING_ID, postingId)
                .set(APPLICATION.STATUS, status.name())
                .set(APPLICATION.CREATED_AT, PostingRepository.toOffset(at))
                .set(APPLICATION.CHANGED_AT, PostingRepository.toOffset(at))
                .returning(APPLICATION.ID)
                .fetchOne(APPLICATION.ID);
        touched(id);
        return id;
    }

    public Optional<Application> find(long id) {
        return dsl.selectFrom(APPLICATION).where(APPLICATION.ID.eq(id).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional().map(ApplicationRepository::toApplication);
    }

    /** Sets the next action ({@link NextAction#NONE} clears it). */
    public void setNextAction(long id, NextAction next) {
        dsl.update(APPLICATION)
                .set(APPLICATION.NEXT_ACTION, next.text())
                .set(APPLICATION.NEXT_ACTION_ON, next.on())
                .where(APPLICATION.ID.eq(id))
                .execute();
    }

    /**
     * Rewrites every next action whose text is exactly {@code from} as {@code to}, whoever's it is: a proposal kept
     * as proposed, once the language changes (an edited text is not the same words, and stays).
     */
    public int retextNextActions(String from, String to) {
        return dsl.update(APPLICATION).set(APPLICATION.NEXT_ACTION, to).where(APPLICATION.NEXT_ACTION.eq(from)).execute();
    }

    /** Archives ({@code at} not null) or unarchives (null) an application; true if it exists. */
    public boolean setArchived(long id, Instant at) {
        return dsl.update(APPLICATION)
                .set(APPLICATION.ARCHIVED_AT, at == null ? null : PostingRepository.toOffset(at))
                .where(APPLICATION.ID.eq(id).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .execute() == 1;
    }

    /** The next action a status change replaced, recorded with it so that an undo puts it back. */
    public void recordNextActionBefore(long changeId, NextAction before) {
        dsl.update(STATUS_CHANGE)
                .set(STATUS_CHANGE.NEXT_ACTION_BEFORE, before.text())
                .set(STATUS_CHANGE.NEXT_ACTION_ON_BEFORE, before.on())
                .where(STATUS_CHANGE.ID.eq(changeId))
                .execute();
    }

    /** The follow-up the change planned, to be removed with it when it is undone (ADR 0062). */
    public void recordFollowUp(long changeId, long eventId) {
        dsl.update(STATUS_CHANGE).set(STATUS_CHANGE.FOLLOW_UP_EVENT_ID, eventId)
                .where(STATUS_CHANGE.ID.eq(changeId)).execute();
    }

    /** The follow-up the change planned, if it did and the event is still there. */
    public Optional<Long> followUpOf(long changeId) {
        return dsl.select(STATUS_CHANGE.FOLLOW_UP_EVENT_ID).from(STATUS_CHANGE).where(STATUS_CHANGE.ID.eq(changeId))
                .fetchOptional(STATUS_CHANGE.FOLLOW_UP_EVENT_ID).filter(java.util.Objects::nonNull);
    }

    /** The next action the change replaced ({@link NextAction#NONE} when none, or for changes before V6). */
    public NextAction nextActionBefore(long changeId) {
        return dsl.select(STATUS_CHANGE.NEXT_ACTION_BEFORE, STATUS_CHANGE.NEXT_ACTION_ON_BEFORE).from(STATUS_CHANGE)
                .where(STATUS_CHANGE.ID.eq(changeId)).fetchOptional(r -> new NextAction(r.value1(), r.value2()))
                .orElse(NextAction.NONE);
    }

    private static Application toApplication(Record r) {
        java.time.OffsetDateTime archived = r.get(APPLICATION.ARCHIVED_AT);
        return new Application(r.get(APPLICATION.ID), r.get(APPLICATION.CANDIDATE_ID), r.get(APPLICATION.POSTING_ID),
                ApplicationStatus.valueOf(r.get(APPLICATION.STATUS)), r.get(APPLICATION.APPLIED_ON),
                r.get(APPLICATION.CREATED_AT).toInstant(),
                new NextAction(r.get(APPLICATION.NEXT_ACTION), r.get(APPLICATION.NEXT_ACTION_ON)),
                archived == null ? null : archived.toInstant());
    }

    /** Deletes an application with its timeline, events and checklist (the schema cascades); true if it existed. */
    public boolean delete(long id) {
        touched(id);
        // notes and links go by cascade; contacts and tags then left on nothing go too (no ghost rows)
        var labels = new LabelRepository(dsl);
        var contacts = new ContactRepository(dsl, candidateId, null);
        List<Long> contactIds = contacts.idsOnApplications(List.of(id));
        List<Long> tagIds = labels.tagIdsOf(LabelRepository.Owner.APPLICATION, List.of(id));
        boolean deleted = dsl.deleteFrom(APPLICATION)
                .where(APPLICATION.ID.eq(id).and(APPLICATION.CANDIDATE_ID.eq(candidateId))).execute() == 1;
        contacts.deleteUnlinked(contactIds);
        labels.deleteUnused(tagIds);
        return deleted;
    }

    /** How many other job seekers than the current one track the posting (ADR 0023). */
    public int othersOnPosting(long postingId) {
        return dsl.fetchCount(APPLICATION, APPLICATION.POSTING_ID.eq(postingId)
                .and(APPLICATION.CANDIDATE_ID.ne(candidateId)));
    }

    public Optional<Long> findIdByPosting(long postingId) {
        return dsl.select(APPLICATION.ID).from(APPLICATION)
                .where(APPLICATION.POSTING_ID.eq(postingId).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(APPLICATION.ID);
    }

    public void updateStatus(long id, ApplicationStatus status, LocalDate appliedOn) {
        dsl.update(APPLICATION)
                .set(APPLICATION.STATUS, status.name())
                .set(APPLICATION.APPLIED_ON, appliedOn)
                .where(APPLICATION.ID.eq(id))
                .execute();
        touched(id);
    }

    public long insertChange(long applicationId, ApplicationStatus from, ApplicationStatus to, Instant at,
                             String note) {
        changedAt(applicationId, at);
        long changeId = dsl.insertInto(STATUS_CHANGE)
                .set(STATUS_CHANGE.APPLICATION_ID, applicationId)
                .set(STATUS_CHANGE.FROM_STATUS, from == null ? null : from.name())
                .set(STATUS_CHANGE.TO_STATUS, to.name())
                .set(STATUS_CHANGE.CHANGED_AT, PostingRepository.toOffset(at))
                .set(STATUS_CHANGE.NOTE, note)
                .returning(STATUS_CHANGE.ID)
                .fetchOne(STATUS_CHANGE.ID);
        touched(applicationId);
        return changeId;
    }

    /** Moves a change to another moment: the tracking of an application sent before it was tracked. */
    public void redateChange(long changeId, Instant at) {
        dsl.update(STATUS_CHANGE).set(STATUS_CHANGE.CHANGED_AT, PostingRepository.toOffset(at))
                .where(STATUS_CHANGE.ID.eq(changeId)).execute();
    }

    /** Notes when the application's status last changed (the table's "last change", ADR 0018). */
    private void changedAt(long applicationId, Instant at) {
        dsl.update(APPLICATION).set(APPLICATION.CHANGED_AT, PostingRepository.toOffset(at))
                .where(APPLICATION.ID.eq(applicationId)).execute();
    }

    public Optional<StatusChange> findChange(long changeId) {
        return dsl.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.ID.eq(changeId)).fetchOptional()
                .map(ApplicationRepository::toChange);
    }

    public void markUndone(long changeId, Instant at) {
        findChange(changeId).ifPresent(c -> changedAt(c.applicationId(), at));
        dsl.update(STATUS_CHANGE).set(STATUS_CHANGE.UNDONE_AT, PostingRepository.toOffset(at))
                .where(STATUS_CHANGE.ID.eq(changeId)).execute();
        findChange(changeId).ifPresent(c -> touched(c.applicationId()));
    }

    /** The whole timeline of an application, oldest first, undone changes included. */
    public List<StatusChange> history(long applicationId) {
        return dsl.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.APPLICATION_ID.eq(applicationId))
                .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID)
                .fetch(ApplicationRepository::toChange);
    }

    /** Every application of the candidate with its posting's title, most recently created first. */
    public List<ApplicationView> views() {
        return views(false);
    }

    /**
     * The applications of the candidate not archived ({@code archived} false) or archived (true), with
     * their posting's title, most recently created first.
     */
    public List<ApplicationView> views(boolean archived) {
        return dsl.select(APPLICATION.fields()).select(POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId)
                        .and(archived ? APPLICATION.ARCHIVED_AT.isNotNull() : APPLICATION.ARCHIVED_AT.isNull()))
                .orderBy(APPLICATION.CREATED_AT.desc(), APPLICATION.ID.desc())
                .fetch(r -> toView(r, List.of()));
    }

    public Optional<ApplicationView> view(long id) {
        return dsl.select(APPLICATION.fields()).select(POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.ID.eq(id).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(r -> toView(r, history(id)));
    }

    private static ApplicationView toView(Record r, List<StatusChange> history) {
        Application a = toApplication(r);
        return new ApplicationView(a, r.get(POSTING.TITLE), r.get(POSTING.ORGANIZATION), r.get(POSTING.DEADLINE),
                history);
    }

    private static StatusChange toChange(org.sillage.store.jooq.tables.records.StatusChangeRecord r) {
        return new StatusChange(r.getId(), r.getApplicationId(),
                r.getFromStatus() == null ? null : ApplicationStatus.valueOf(r.getFromStatus()),
                ApplicationStatus.valueOf(r.getToStatus()), r.getChangedAt().toInstant(), r.getNote(),
                r.getUndoneAt() == null ? null : r.getUndoneAt().toInstant());
    }
}
