package org.sillage.domain;

import java.time.Instant;

/**
 * One step of an application's timeline. {@code from} is null for the change that started tracking.
 * An undone change stays in the record with {@code undoneAt} set, and no longer counts.
 */
public record StatusChange(
        long id,
        long applicationId,
        ApplicationStatus from,
        ApplicationStatus to,
        Instant at,
        String note,
        Instant undoneAt) {

    public boolean isUndone() {
        return undoneAt != null;
    }

    /** The change that started tracking cannot be undone; untracking is a separate action. */
    public boolean isInitial() {
        return from == null;
    }
}
