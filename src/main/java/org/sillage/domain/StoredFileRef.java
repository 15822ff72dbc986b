package org.sillage.domain;

import java.time.Instant;

/** A file kept in the data folder under its sha-256, whatever happens to the original. */
public record StoredFileRef(long id, String sha256, String originalName, String displayName, long sizeBytes,
                            Instant addedAt) {
}
