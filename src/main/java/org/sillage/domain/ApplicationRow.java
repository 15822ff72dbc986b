package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the applications table: the application with its posting's listed fields. */
public record ApplicationRow(
        long applicationId,
        long postingId,
        String title,
        String organization,
        ApplicationStatus status,
        LocalDate appliedOn,
        LocalDate deadline,
        ContractType contractType,
        Instant lastChange,
        Instant createdAt) {

    /**
     * Not yet sent (saved or in preparation) and the deadline's day is past: the table's marker and its
     * "expired only" filter, which SQL answers by the day.
     */
    public boolean expiredOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today)
                && (status == ApplicationStatus.SAVED || status == ApplicationStatus.PREPARING);
    }
}
