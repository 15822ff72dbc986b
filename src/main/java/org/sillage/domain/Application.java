package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The candidate's application to one posting. */
public record Application(
        long id,
        long candidateId,
        long postingId,
        ApplicationStatus status,
        LocalDate appliedOn,
        Instant createdAt) {
}
