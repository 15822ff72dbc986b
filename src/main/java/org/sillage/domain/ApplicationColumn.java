package org.sillage.domain;

import java.util.Locale;

/** The columns of the applications table; each one can be shown or hidden, and sorted by. */
public enum ApplicationColumn {
    TITLE, ORGANIZATION, STATUS, APPLIED_ON, DEADLINE, CONTRACT_TYPE, LAST_CHANGE, CREATED;

    /** The i18n key of the column's heading, e.g. {@code table.column.applied_on}. */
    public String messageKey() {
        return "table.column." + name().toLowerCase(Locale.ROOT);
    }

    /** The i18n key of the heading a narrow column shows, e.g. {@code table.column.applied_on_short}. */
    public String shortMessageKey() {
        return messageKey() + "_short";
    }

    /** The column of a stored name, if it is one (settings written by another version may hold others). */
    public static java.util.Optional<ApplicationColumn> parse(String name) {
        for (ApplicationColumn c : values()) {
            if (c.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
