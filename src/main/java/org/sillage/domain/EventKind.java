package org.sillage.domain;

import java.util.Locale;

/**
 * What an agenda item is. Deadlines come from the posting, next actions from the application itself (ADR
 * 0017); the others are events recorded on the application.
 */
public enum EventKind {
    DEADLINE, INTERVIEW, WRITTEN_TEST, FOLLOW_UP, EXPECTED_ANSWER, NEXT_ACTION;

    /** Whether the user records it as an event (deadlines and next actions are not events). */
    public boolean isEvent() {
        return this != DEADLINE && this != NEXT_ACTION;
    }

    public String messageKey() {
        return "event." + name().toLowerCase(Locale.ROOT);
    }
}
