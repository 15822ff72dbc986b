package org.sillage.domain;

import java.time.LocalDate;

/**
 * What the user means to do next on an application, and the day it is for ("Follow up", in ten days).
 *
 * @param text short text, in the words of the user (a proposal is translated when it is made)
 * @param on   the day it is for; null when it has no date
 */
public record NextAction(String text, LocalDate on) {
    /** No next action: what a closed application has. */
    public static final NextAction NONE = new NextAction(null, null);

    /** The longest text kept, as the column allows. */
    public static final int MAX_TEXT = 500;

    public NextAction {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        if (text == null) {
            on = null;
        }
    }

    public boolean isNone() {
        return text == null;
    }
}
