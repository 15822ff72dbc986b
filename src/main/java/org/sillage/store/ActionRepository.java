package org.sillage.store;

import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sillage.domain.SupportAction;

/**
 * The actions agreed with the current job seeker (ADR 0024): by session, still to do, or due within a range
 * of days for the agenda and the reminders (the (candidate, state, due) index).
 */
public final class ActionRepository {
    private final DSLContext dsl;
    private final long candidateId;

    ActionRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    private Condition mine() {
        return SUPPORT_ACTION.CANDIDATE_ID.eq(candidateId);
    }

    public long insert(Long sessionId, SupportAction.Details d, Instant at) {
        return dsl.insertInto(SUPPORT_ACTION)
                .set(SUPPORT_ACTION.CANDIDATE_ID, candidateId)
                .set(SUPPORT_ACTION.SESSION_ID, sessionId)
                .set(SUPPORT_ACTION.WHAT, d.what())
                .set(SUPPORT_ACTION.OWNER, d.owner().name())
                .set(SUPPORT_ACTION.DUE_ON, d.dueOn())
                .set(SUPPORT_ACTION.STATE, SupportAction.State.TODO.name())
                .set(SUPPORT_ACTION.CREATED_AT, PostingRepository.toOffset(at))
                .set(SUPPORT_ACTION.CHANGED_AT, PostingRepository.toOffset(at))
                .returning(SUPPORT_ACTION.ID).fetchOne(SUPPORT_ACTION.ID);
    }

    /** True if the action existed (and is the current seeker's). */
    public boolean update(long id, SupportAction.Details d, Instant at) {
        return dsl.update(SUPPORT_ACTION)
                .set(SUPPORT_ACTION.WHAT, d.what())
                .set(SUPPORT_ACTION.OWNER, d.owner().name())
                .set(SUPPORT_ACTION.DUE_ON, d.dueOn())
                .set(SUPPORT_ACTION.CHANGED_AT, PostingRepository.toOffset(at))
                .where(SUPPORT_ACTION.ID.eq(id).and(mine())).execute() == 1;
    }

    /** Sets the state; done and cancelled keep when ({@code at}), to do clears it. */
    public boolean setState(long id, SupportAction.State state, Instant at) {
        return dsl.update(SUPPORT_ACTION)
                .set(SUPPORT_ACTION.STATE, state.name())
                .set(SUPPORT_ACTION.DONE_AT, state == SupportAction.State.TODO ? null : PostingRepository.toOffset(at))
                .set(SUPPORT_ACTION.CHANGED_AT, PostingRepository.toOffset(at))
                .where(SUPPORT_ACTION.ID.eq(id).and(mine())).execute() == 1;
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(SUPPORT_ACTION).where(SUPPORT_ACTION.ID.eq(id).and(mine())).execute() == 1;
    }

    public Optional<SupportAction> find(long id) {
        return dsl.selectFrom(SUPPORT_ACTION).where(SUPPORT_ACTION.ID.eq(id).and(mine()))
                .fetchOptional(ActionRepository::toAction);
    }

    /** The actions of one session, soonest due first (those without a day last). */
    public List<SupportAction> forSession(long sessionId) {
        return dsl.selectFrom(SUPPORT_ACTION).where(mine().and(SUPPORT_ACTION.SESSION_ID.eq(sessionId)))
                .orderBy(SUPPORT_ACTION.DUE_ON.asc().nullsLast(), SUPPORT_ACTION.ID).fetch(ActionRepository::toAction);
    }

    /** At most {@code limit} actions still to do, soonest due first, but those of session {@code except}. */
    public List<SupportAction> open(Long except, int limit) {
        Condition c = mine().and(SUPPORT_ACTION.STATE.eq(SupportAction.State.TODO.name()));
        if (except != null) {
            c = c.and(SUPPORT_ACTION.SESSION_ID.isNull().or(SUPPORT_ACTION.SESSION_ID.ne(except)));
        }
        return dsl.selectFrom(SUPPORT_ACTION).where(c)
                .orderBy(SUPPORT_ACTION.DUE_ON.asc().nullsLast(), SUPPORT_ACTION.ID).limit(limit)
                .fetch(ActionRepository::toAction);
    }

    /**
     * The actions due from {@code from} to {@code to} (either open when null); {@code openOnly} leaves out
     * those done or cancelled. Actions without a day are never in a range.
     */
    public List<SupportAction> due(LocalDate from, LocalDate to, boolean openOnly) {
        Condition c = mine().and(SUPPORT_ACTION.DUE_ON.isNotNull());
        if (openOnly) {
            c = c.and(SUPPORT_ACTION.STATE.eq(SupportAction.State.TODO.name()));
        }
        if (from != null) {
            c = c.and(SUPPORT_ACTION.DUE_ON.ge(from));
        }
        if (to != null) {
            c = c.and(SUPPORT_ACTION.DUE_ON.le(to));
        }
        return dsl.selectFrom(SUPPORT_ACTION).where(c).orderBy(SUPPORT_ACTION.DUE_ON, SUPPORT_ACTION.ID)
                .fetch(ActionRepository::toAction);
    }

    /** How many actions are still to do with their day before {@code today}. */
    public int overdueCount(LocalDate today) {
        return dsl.fetchCount(SUPPORT_ACTION, mine().and(SUPPORT_ACTION.STATE.eq(SupportAction.State.TODO.name()))
                .and(SUPPORT_ACTION.DUE_ON.lt(today)));
    }

    static SupportAction toAction(Record r) {
        var doneAt = r.get(SUPPORT_ACTION.DONE_AT);
        return new SupportAction(r.get(SUPPORT_ACTION.ID), r.get(SUPPORT_ACTION.CANDIDATE_ID),
                r.get(SUPPORT_ACTION.SESSION_ID), r.get(SUPPORT_ACTION.WHAT),
                SupportAction.Owner.valueOf(r.get(SUPPORT_ACTION.OWNER)), r.get(SUPPORT_ACTION.DUE_ON),
                SupportAction.State.valueOf(r.get(SUPPORT_ACTION.STATE)), doneAt == null ? null : doneAt.toInstant());
    }
}
