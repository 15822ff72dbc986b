package org.sillage.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields read from a posting, named as in the label schema ({@code corpus/README.md}).
 * The schema name is also the key of a user's correction and of the evidence map.
 */
public enum Field {
    TITLE(Kind.TEXT),
    ORGANIZATION(Kind.TEXT),
    LOCATION(Kind.TEXT),
    CONTRACT_TYPE(Kind.CONTRACT),
    DEADLINE(Kind.DATE),
    DEADLINE_TIME(Kind.TIME),
    DEADLINE_ZONE(Kind.ZONE),
    DEADLINE_OPEN_UNTIL_FILLED(Kind.BOOLEAN),
    START_DATE(Kind.DATE),
    START_TEXT(Kind.TEXT),
    POSTED_DATE(Kind.DATE),
    REQUIRED_DOCUMENTS(Kind.DOCUMENTS),
    APPLICATION_EMAILS(Kind.LIST),
    CC_EMAILS(Kind.LIST),
    APPLICATION_URL(Kind.TEXT),
    APPLICATION_SUBJECT(Kind.TEXT),
    POSTAL_ADDRESS(Kind.TEXT),
    SALARY_TEXT(Kind.TEXT),
    REMOTE_TEXT(Kind.TEXT),
    EXPERIENCE_YEARS(Kind.INTEGER),
    LANGUAGES_REQUIRED(Kind.LIST),
    DRIVING_LICENCE(Kind.BOOLEAN),
    LANGUAGE(Kind.TEXT);

    /** How a field's value is typed, which decides how a correction is parsed. */
    public enum Kind { TEXT, DATE, TIME, ZONE, BOOLEAN, INTEGER, LIST, DOCUMENTS, CONTRACT }

    private final Kind kind;

    Field(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The schema name, e.g. {@code deadline_time}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The i18n key of the field's label, e.g. {@code field.deadline_time}. */
    public String messageKey() {
        return "field." + key();
    }

    public static Optional<Field> fromKey(String key) {
        for (Field f : values()) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
