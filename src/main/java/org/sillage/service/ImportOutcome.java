package org.sillage.service;

import org.sillage.domain.UserException;

/** What became of one file or text given to the importer. */
public record ImportOutcome(String source, Kind kind, Long postingId, String title, UserException error) {

    public enum Kind { IMPORTED, DUPLICATE, FAILED }

    static ImportOutcome imported(String source, long id, String title) {
        return new ImportOutcome(source, Kind.IMPORTED, id, title, null);
    }

    static ImportOutcome duplicate(String source, long existingId, String title) {
        return new ImportOutcome(source, Kind.DUPLICATE, existingId, title, null);
    }

    static ImportOutcome failed(String source, UserException error) {
        return new ImportOutcome(source, Kind.FAILED, null, null, error);
    }
}
