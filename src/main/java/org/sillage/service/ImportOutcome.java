package org.sillage.service;

import org.sillage.domain.UserException;

/** What became of one file or text given to the importer. */
public record ImportOutcome(String source, Kind kind, Long postingId, String title, UserException error,
                            Long previousVersionId, java.util.List<org.sillage.domain.EarlierApplication> earlier) {

    /**
     * @param earlier applications sent in the last twelve months to the same organisation for a similar
     *                title ("did I already apply?"); empty unless something new was stored
     */
    public ImportOutcome {
        earlier = earlier == null ? java.util.List.of() : java.util.List.copyOf(earlier);
    }

    public ImportOutcome(String source, Kind kind, Long postingId, String title, UserException error,
                         Long previousVersionId) {
        this(source, kind, postingId, title, error, previousVersionId, java.util.List.of());
    }

    /** The same outcome, with what was applied to before at the same organisation. */
    ImportOutcome withEarlier(java.util.List<org.sillage.domain.EarlierApplication> found) {
        return new ImportOutcome(source, kind, postingId, title, error, previousVersionId, found);
    }

    /**
     * Imported; already there (same text, not stored again); stored as a new version of a posting with the
     * same title and organisation and nearly the same text (linked, never merged); or refused.
     */
    public enum Kind { IMPORTED, DUPLICATE, NEW_VERSION, FAILED }

    static ImportOutcome imported(String source, long id, String title) {
        return new ImportOutcome(source, Kind.IMPORTED, id, title, null, null);
    }

    static ImportOutcome newVersion(String source, long id, String title, long previousId) {
        return new ImportOutcome(source, Kind.NEW_VERSION, id, title, null, previousId);
    }

    static ImportOutcome duplicate(String source, long existingId, String title) {
        return new ImportOutcome(source, Kind.DUPLICATE, existingId, title, null, null);
    }

    static ImportOutcome failed(String source, UserException error) {
        return new ImportOutcome(source, Kind.FAILED, null, null, error, null);
    }

    /** Imported or stored as a new version: something new is in the store. */
    public boolean isNew() {
        return kind == Kind.IMPORTED || kind == Kind.NEW_VERSION;
    }
}
