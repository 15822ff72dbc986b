package org.sillage.domain;

import java.util.Locale;

/** Where a checklist item stands: to prepare, ready, or sent with the application. */
public enum DocumentState {
    TO_PREPARE, READY, SENT;

    public String messageKey() {
        return "document.state." + name().toLowerCase(Locale.ROOT);
    }
}
