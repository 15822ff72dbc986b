package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the postings list, with the status of its application when it is tracked. */
public record PostingSummary(
        long id,
        String title,
        String organization,
        LocalDate deadline,
        Instant importedAt,
        Long applicationId,
        ApplicationStatus status) {

    public boolean isTracked() {
        return applicationId != null;
    }
}
