package org.sillage.store;

import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sillage.domain.SupportSession;

/** The one-on-one sessions of the current job seeker (ADR 0024), read by the (candidate, day) index. */
public final class SessionRepository {
    private final DSLContext dsl;
    private final long candidateId;

    SessionRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    private Condition mine() {
        return SUPPORT_SESSION.CANDIDATE_ID.eq(candidateId);
    }

    public long insert(SupportSession.Details d, Instant at) {
        return dsl.insertInto(SUPPORT_SESSION)
                .set(SUPPORT_SESSION.CANDIDATE_ID, candidateId)
                .set(SUPPORT_SESSION.HELD_ON, d.heldOn())
                .set(SUPPORT_SESSION.DURATION_MINUTES, d.durationMinutes())
                .set(SUPPORT_SESSION.NOTES, d.notes())
                .set(SUPPORT_SESSION.REVIEWED, d.reviewed())
                .set(SUPPORT_SESSION.DECISIONS, d.decisions())
                .set(SUPPORT_SESSION.CREATED_AT, PostingRepository.toOffset(at))
                .set(SUPPORT_SESSION.CHANGED_AT, PostingRepository.toOffset(at))
                .returning(SUPPORT_SESSION.ID).fetchOne(SUPPORT_SESSION.ID);
    }

    /** True if the session existed (and is the current seeker's). */
    public boolean update(long id, SupportSession.Details d, Instant at) {
        return dsl.update(SUPPORT_SESSION)
                .set(SUPPORT_SESSION.HELD_ON, d.heldOn())
                .set(SUPPORT_SESSION.DURATION_MINUTES, d.durationMinutes())
                .set(SUPPORT_SESSION.NOTES, d.notes())
                .set(SUPPORT_SESSION.REVIEWED, d.reviewed())
                .set(SUPPORT_SESSION.DECISIONS, d.decisions())
                .set(SUPPORT_SESSION.CHANGED_AT, PostingRepository.toOffset(at))
                .where(SUPPORT_SESSION.ID.eq(id).and(mine())).execute() == 1;
    }

    /** Deletes a session; its actions stay, outside any session. True if it existed. */
    public boolean delete(long id) {
        return dsl.deleteFrom(SUPPORT_SESSION).where(SUPPORT_SESSION.ID.eq(id).and(mine())).execute() == 1;
    }

    public Optional<SupportSession> find(long id) {
        return dsl.selectFrom(SUPPORT_SESSION).where(SUPPORT_SESSION.ID.eq(id).and(mine()))
                .fetchOptional(SessionRepository::toSession);
    }

    /** A page of the sessions, newest first. */
    public List<SupportSession> page(int offset, int limit) {
        return dsl.selectFrom(SUPPORT_SESSION).where(mine())
                .orderBy(SUPPORT_SESSION.HELD_ON.desc(), SUPPORT_SESSION.ID.desc())
                .limit(limit).offset(offset).fetch(SessionRepository::toSession);
    }

    public int count() {
        return dsl.fetchCount(SUPPORT_SESSION, mine());
    }

    /** The session just before {@code s} (an earlier day, or the same day recorded before it). */
    public Optional<SupportSession> previous(LocalDate heldOn, long id) {
        return dsl.selectFrom(SUPPORT_SESSION)
                .where(mine().and(SUPPORT_SESSION.HELD_ON.lt(heldOn)
                        .or(SUPPORT_SESSION.HELD_ON.eq(heldOn).and(SUPPORT_SESSION.ID.lt(id)))))
                .orderBy(SUPPORT_SESSION.HELD_ON.desc(), SUPPORT_SESSION.ID.desc())
                .limit(1).fetchOptional(SessionRepository::toSession);
    }

    static SupportSession toSession(Record r) {
        return new SupportSession(r.get(SUPPORT_SESSION.ID), r.get(SUPPORT_SESSION.CANDIDATE_ID),
                r.get(SUPPORT_SESSION.HELD_ON), r.get(SUPPORT_SESSION.DURATION_MINUTES), r.get(SUPPORT_SESSION.NOTES),
                r.get(SUPPORT_SESSION.REVIEWED), r.get(SUPPORT_SESSION.DECISIONS),
                r.get(SUPPORT_SESSION.CREATED_AT).toInstant(), r.get(SUPPORT_SESSION.CHANGED_AT).toInstant());
    }
}
