package org.sillage.store;

import static org.sillage.store.jooq.Tables.CANDIDATE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sillage.domain.Profile;
import org.sillage.domain.Seeker;

/**
 * The job seekers (the rows of candidate, ADR 0022) and the current one's profile: the names that fill a
 * required e-mail subject.
 */
public final class CandidateRepository {
    private final DSLContext dsl;
    private final long candidateId;

    CandidateRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    public Profile profile() {
        var r = dsl.selectFrom(CANDIDATE).where(CANDIDATE.ID.eq(candidateId)).fetchOne();
        return new Profile(r.getFirstName(), r.getLastName(), r.getEmail());
    }

    public void update(Profile p) {
        dsl.update(CANDIDATE)
                .set(CANDIDATE.FIRST_NAME, p.firstName())
                .set(CANDIDATE.LAST_NAME, p.lastName())
                .set(CANDIDATE.EMAIL, p.email())
                .where(CANDIDATE.ID.eq(candidateId)).execute();
    }

    /** The seeker the transaction is scoped to. */
    public Seeker current() {
        return find(candidateId).orElseThrow();
    }

    /** Every seeker, the default first, then by name. */
    public List<Seeker> all() {
        return dsl.selectFrom(CANDIDATE)
                .orderBy(CANDIDATE.IS_DEFAULT.desc(), CANDIDATE.DISPLAY_NAME, CANDIDATE.ID)
                .fetch(CandidateRepository::seeker);
    }

    public int count() {
        return dsl.fetchCount(CANDIDATE);
    }

    public Optional<Seeker> find(long id) {
        return dsl.selectFrom(CANDIDATE).where(CANDIDATE.ID.eq(id)).fetchOptional(CandidateRepository::seeker);
    }

    public Optional<Seeker> findByUuid(String uuid) {
        return dsl.selectFrom(CANDIDATE).where(CANDIDATE.UUID.eq(uuid)).fetchOptional(CandidateRepository::seeker);
    }

    /** Adds a seeker (never the default one) and returns it. */
    public Seeker add(Seeker.Details d, Instant now) {
        long id = dsl.insertInto(CANDIDATE)
                .set(CANDIDATE.DISPLAY_NAME, d.displayName())
                .set(CANDIDATE.IS_DEFAULT, false)
                .set(CANDIDATE.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .returningResult(CANDIDATE.ID).fetchOne().value1();
        update(id, d);
        return find(id).orElseThrow();
    }

    /** Sets every field a person edits; the display name must not be blank. */
    public void update(long id, Seeker.Details d) {
        dsl.update(CANDIDATE)
                .set(CANDIDATE.DISPLAY_NAME, d.displayName())
                .set(CANDIDATE.FIRST_NAME, d.firstName())
                .set(CANDIDATE.LAST_NAME, d.lastName())
                .set(CANDIDATE.EMAIL, d.email())
                .set(CANDIDATE.PHONE, d.phone())
                .set(CANDIDATE.TARGET_JOBS, d.targetJobs())
                .set(CANDIDATE.NOTES, d.notes())
                .set(CANDIDATE.REPORT_LANGUAGE, d.reportLanguage())
                .set(CANDIDATE.CONSENT_ON, d.consentOn())
                .set(CANDIDATE.CONSENT_SCOPE, d.consentScope())
                .where(CANDIDATE.ID.eq(id)).execute();
    }

    /** Ends (a time) or resumes (null) a seeker's support; the record stays. */
    public void close(long id, Instant at) {
        dsl.update(CANDIDATE).set(CANDIDATE.CLOSED_AT, at == null ? null : at.atOffset(ZoneOffset.UTC))
                .where(CANDIDATE.ID.eq(id)).execute();
    }

    /** Records that something of the current seeker changed at {@code at}. */
    public void touch(Instant at) {
        dsl.update(CANDIDATE).set(CANDIDATE.LAST_ACTIVITY_AT, at.atOffset(ZoneOffset.UTC))
                .where(CANDIDATE.ID.eq(candidateId)).execute();
    }

    static Seeker seeker(Record r) {
        return new Seeker(r.get(CANDIDATE.ID), r.get(CANDIDATE.UUID), r.get(CANDIDATE.DISPLAY_NAME),
                r.get(CANDIDATE.FIRST_NAME), r.get(CANDIDATE.LAST_NAME), r.get(CANDIDATE.EMAIL),
                r.get(CANDIDATE.PHONE), r.get(CANDIDATE.TARGET_JOBS), r.get(CANDIDATE.NOTES),
                r.get(CANDIDATE.REPORT_LANGUAGE), r.get(CANDIDATE.CONSENT_ON), r.get(CANDIDATE.CONSENT_SCOPE),
                Boolean.TRUE.equals(r.get(CANDIDATE.IS_DEFAULT)), instant(r.get(CANDIDATE.CREATED_AT)),
                instant(r.get(CANDIDATE.CLOSED_AT)), instant(r.get(CANDIDATE.LAST_ACTIVITY_AT)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
