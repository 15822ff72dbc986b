package org.sillage.domain;

import java.util.Locale;

/**
 * What one search finds (ADR 0020): a posting (title, organisation, full text), an application (its
 * status and the notes of its status changes) or an event (its kind, place and note). Contacts and notes
 * come as further kinds.
 */
public enum SearchKind {
    POSTING, APPLICATION, EVENT;

    /** The key of one document in the index: {@code application:12}. */
    public String key(long id) {
        return name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    /** The i18n key of the kind's name, e.g. {@code search.kind.event}. */
    public String messageKey() {
        return "search.kind." + name().toLowerCase(Locale.ROOT);
    }
}
