package org.sillage.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The next action each status proposes (ADR 0017): after Applied a follow-up in N days (the follow-up
 * setting), after an interview a thank-you note the next day, and so on. A closed application proposes
 * none. The text is a message key, translated by whoever shows or stores the proposal.
 */
public final class NextActions {
    private NextActions() {
    }

    /** A proposed next action: the message key of its text and its day. */
    public record Proposal(String messageKey, LocalDate on) {
    }

    /**
     * What to do next after moving to {@code to} on {@code day}.
     *
     * @param deadline     the posting's deadline, or null: preparing and sending are proposed no later than it
     * @param followUpDays days after sending when a follow-up is due
     */
    public static Optional<Proposal> after(ApplicationStatus to, LocalDate day, LocalDate deadline, int followUpDays) {
        return switch (to) {
            case SAVED -> Optional.of(proposal(to, beforeDeadline(day.plusDays(3), day, deadline)));
            case PREPARING -> Optional.of(proposal(to, beforeDeadline(day.plusDays(2), day, deadline)));
            case APPLIED -> Optional.of(proposal(to, day.plusDays(followUpDays)));
            case INTERVIEW -> Optional.of(proposal(to, day.plusDays(1)));
            case OFFER -> Optional.of(proposal(to, day.plusDays(3)));
            case ACCEPTED, REJECTED, WITHDRAWN -> Optional.empty();
        };
    }

    /** The message keys of every text a status may propose. */
    public static java.util.List<String> messageKeys() {
        return java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isClosed())
                .map(s -> proposal(s, LocalDate.MIN).messageKey()).toList();
    }

    private static Proposal proposal(ApplicationStatus to, LocalDate on) {
        return new Proposal("next.after." + to.name().toLowerCase(Locale.ROOT), on);
    }

    /** {@code wanted}, or the deadline when it comes sooner (but never before {@code day}). */
    private static LocalDate beforeDeadline(LocalDate wanted, LocalDate day, LocalDate deadline) {
        if (deadline == null || !deadline.isBefore(wanted)) {
            return wanted;
        }
        return deadline.isBefore(day) ? day : deadline;
    }

    /**
     * Whether an application has had no answer: still Applied {@code days} days or more after it was sent.
     */
    public static boolean noAnswer(ApplicationStatus status, LocalDate appliedOn, LocalDate today, int days) {
        return status == ApplicationStatus.APPLIED && appliedOn != null && !appliedOn.plusDays(days).isAfter(today);
    }
}
