package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A one-on-one session ("entretien de suivi") between an advisor and a job seeker (issue 9, ADR 0024).
 * Text fields are null when not given.
 *
 * @param durationMinutes how long it lasted (null: not recorded)
 * @param notes           the advisor's notes; they stay out of the report given to the person
 * @param reviewed        what was looked at together
 * @param decisions       what was decided
 */
public record SupportSession(long id, long candidateId, LocalDate heldOn, Integer durationMinutes, String notes,
                             String reviewed, String decisions, Instant createdAt, Instant changedAt) {

    /** What a person types to record or edit a session. */
    public record Details(LocalDate heldOn, Integer durationMinutes, String notes, String reviewed, String decisions) {
    }

    public Details details() {
        return new Details(heldOn, durationMinutes, notes, reviewed, decisions);
    }
}
