package org.sillage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * An action agreed with a job seeker, in a session or outside one (ADR 0024): what, who does it, by when,
 * and where it stands.
 *
 * @param sessionId the session it was agreed in (null: outside a session)
 * @param dueOn     by when (null: no date; it then stays out of the agenda)
 * @param doneAt    when it was ticked done or cancelled (null while to do)
 */
public record SupportAction(long id, long candidateId, Long sessionId, String what, Owner owner, LocalDate dueOn,
                            State state, Instant doneAt) {

    /** Who does it. */
    public enum Owner {
        SEEKER, ADVISOR;

        public String messageKey() {
            return switch (this) {
                case SEEKER -> "session.owner.seeker";
                case ADVISOR -> "session.owner.advisor";
            };
        }

        /** "seeker", "Advisor": the English names, case ignored. */
        public static Optional<Owner> parse(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (Owner o : values()) {
                if (o.name().equals(wanted)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /** To do, then done or cancelled (either can be set back to do). */
    public enum State {
        TODO, DONE, CANCELLED;

        public String messageKey() {
            return switch (this) {
                case TODO -> "session.state.todo";
                case DONE -> "session.state.done";
                case CANCELLED -> "session.state.cancelled";
            };
        }
    }

    /** What a person types to add or edit an action. */
    public record Details(String what, Owner owner, LocalDate dueOn) {
    }

    public boolean open() {
        return state == State.TODO;
    }

    /** Still to do and its day has passed, seen on {@code today}. */
    public boolean overdue(LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }
}
