package org.sillage.domain;

import java.util.Locale;
import java.util.Optional;

/** Where an application stands. The order is the usual path of an application. */
public enum ApplicationStatus {
    SAVED, PREPARING, APPLIED, INTERVIEW, OFFER, ACCEPTED, REJECTED, WITHDRAWN;

    /** The i18n key of the status name, e.g. {@code status.applied}. */
    public String messageKey() {
        return "status." + name().toLowerCase(Locale.ROOT);
    }

    /** Parses an English status name, case-insensitively ("applied", "Applied"). */
    public static Optional<ApplicationStatus> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ApplicationStatus s : values()) {
            if (s.name().equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Accepted, rejected and withdrawn close an application. */
    public boolean isClosed() {
        return this == ACCEPTED || this == REJECTED || this == WITHDRAWN;
    }
}
