package org.sillage.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * One application as a card of the board: what it is, where it stands, what comes next, and its badges.
 *
 * @param deadline    the posting's effective deadline, or null
 * @param deadlineDue when the deadline falls due, with its time and zone (null without a deadline)
 * @param nextAction  {@link NextAction#NONE} when there is none
 */
public record BoardCard(long applicationId, long postingId, String title, String organization,
                        ApplicationStatus status, LocalDate deadline, java.time.ZonedDateTime deadlineDue,
                        NextAction nextAction, LocalDate appliedOn, Set<Badge> badges) {

    /** What a card flags. */
    public enum Badge {
        EXPIRED, FOLLOW_UP_DUE, DOCUMENTS_MISSING, NO_ANSWER;

        public String messageKey() {
            return "board.badge." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public BoardCard {
        badges = Set.copyOf(badges);
    }

    public boolean has(Badge badge) {
        return badges.contains(badge);
    }

    /** The same card with other badges. */
    public BoardCard withBadges(Set<Badge> other) {
        return new BoardCard(applicationId, postingId, title, organization, status, deadline, deadlineDue, nextAction,
                appliedOn, other);
    }
}
