package org.sillage.domain;

import java.util.Locale;

/**
 * What an agenda item is. Deadlines come from the posting, next actions from the application itself (ADR
 * 0017), actions from a job seeker's sessions (ADR 0024); the others are events recorded on the application.
 */
public enum EventKind {
    DEADLINE, INTERVIEW, WRITTEN_TEST, FOLLOW_UP, EXPECTED_ANSWER, NEXT_ACTION, ACTION;

    /** Whether the user records it as an event (deadlines, next actions and session actions are not events). */
    public boolean isEvent() {
        return this != DEADLINE && this != NEXT_ACTION && this != ACTION;
    }

    public String messageKey() {
        return "event." + name().toLowerCase(Locale.ROOT);
    }
}
