package org.sillage.store;

import static org.sillage.store.jooq.Tables.CANDIDATE;

import org.jooq.DSLContext;
import org.sillage.domain.Profile;

/** The candidate's profile: the names that fill a required e-mail subject. */
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
}
