package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A job seeker whose search is followed (issue 9, ADR 0022). A personal installation has one, the default,
 * shown as "me"; an advisor's caseload has one per person. Text fields are null when not given.
 *
 * @param reportLanguage the language of the person's session reports ("fr" or "en"; null: the interface's)
 * @param consentOn      the day the person gave their consent (null: not recorded)
 * @param consentScope   what the person agreed may be kept and shared
 * @param closedAt       the end of support (null: active)
 * @param lastActivityAt the last change to anything of this person (null: none yet)
 */
public record Seeker(long id, String uuid, String displayName, String firstName, String lastName, String email,
                     String phone, String targetJobs, String notes, String reportLanguage, LocalDate consentOn,
                     String consentScope, boolean isDefault, Instant createdAt, Instant closedAt,
                     Instant lastActivityAt) {

    /** What a person types to add or edit a seeker. */
    public record Details(String displayName, String firstName, String lastName, String email, String phone,
                          String targetJobs, String notes, String reportLanguage, LocalDate consentOn,
                          String consentScope) {
    }

    public boolean active() {
        return closedAt == null;
    }

    public Details details() {
        return new Details(displayName, firstName, lastName, email, phone, targetJobs, notes, reportLanguage,
                consentOn, consentScope);
    }
}
