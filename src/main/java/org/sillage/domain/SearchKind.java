package org.sillage.domain;

import java.util.Locale;

/**
 * What one search finds (ADR 0020): a posting (title, organisation, full text), an application (its
 * status and the notes of its status changes), an event (its kind, place and note), a free note on an
 * application, or a contact on an application (name, role, e-mail, phone, notes).
 */
public enum SearchKind {
    POSTING, APPLICATION, EVENT, NOTE, CONTACT;

    /** The key of one document in the index: {@code application:12}. */
    public String key(long id) {
        return name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    /** The i18n key of the kind's name, e.g. {@code search.kind.event}. */
    public String messageKey() {
        return "search.kind." + name().toLowerCase(Locale.ROOT);
    }
}
