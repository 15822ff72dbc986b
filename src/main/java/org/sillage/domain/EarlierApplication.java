package org.sillage.domain;

import java.time.LocalDate;

/**
 * An application to the same organisation, for a similar title, sent in the last twelve months: when, and
 * what came of it. {@code noAnswer} when nothing happened after Applied.
 *
 * @param appliedOn the day it was sent
 * @param status    where it stands now
 * @param since     the day of its latest status change
 */
public record EarlierApplication(long applicationId, long postingId, String title, String organization,
                                 LocalDate appliedOn, ApplicationStatus status, LocalDate since) {
    /** The organisation never answered: the application is still at Applied. */
    public boolean noAnswer() {
        return status == ApplicationStatus.APPLIED;
    }
}
