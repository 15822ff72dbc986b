package org.sillage.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of Sillage's spreadsheet of applications (ADR 0020), in the order it writes them. Its own
 * header names are these keys; an import maps any other file's columns to them.
 */
public enum SheetField {
    TITLE, ORGANIZATION, LOCATION, DEADLINE, CONTRACT, URL, STATUS, APPLIED_ON, TRACKED_ON, LAST_CHANGE_ON, HISTORY,
    DOCUMENTS, SOURCE,
    /** Only read (a description or notes column of another tracker): it becomes the posting's text. */
    DESCRIPTION;

    /** The header name Sillage writes and the key of a mapping file: {@code applied_on}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The i18n key of the field's name in the mapping dialog. */
    public String messageKey() {
        return "sheet.field." + key();
    }

    /** Whether the export writes this column. */
    public boolean exported() {
        return this != DESCRIPTION;
    }

    /** Whether an import reads this column ({@code last_change_on} follows from the history). */
    public boolean imported() {
        return this != LAST_CHANGE_ON;
    }

    public static Optional<SheetField> fromKey(String key) {
        for (SheetField f : values()) {
            if (f.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
