package org.sillage.domain;

import java.util.Locale;

/** What an agenda item is. Deadlines come from the posting; the others are recorded on the application. */
public enum EventKind {
    DEADLINE, INTERVIEW, WRITTEN_TEST, FOLLOW_UP, EXPECTED_ANSWER;

    public String messageKey() {
        return "event." + name().toLowerCase(Locale.ROOT);
    }
}
