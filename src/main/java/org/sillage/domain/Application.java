package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The candidate's application to one posting.
 *
 * @param nextAction what the user means to do next ({@link NextAction#NONE} when nothing)
 * @param archivedAt when it was archived (it leaves the board and the default lists), or null
 */
public record Application(
        long id,
        long candidateId,
        long postingId,
        ApplicationStatus status,
        LocalDate appliedOn,
        Instant createdAt,
        NextAction nextAction,
        Instant archivedAt) {

    public Application {
        nextAction = nextAction == null ? NextAction.NONE : nextAction;
    }

    public Application(long id, long candidateId, long postingId, ApplicationStatus status, LocalDate appliedOn,
                       Instant createdAt) {
        this(id, candidateId, postingId, status, appliedOn, createdAt, NextAction.NONE, null);
    }

    public boolean isArchived() {
        return archivedAt != null;
    }
}
