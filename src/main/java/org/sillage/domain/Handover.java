package org.sillage.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A job seeker's record as it leaves in a hand-over archive (issue 9, ADR 0025): rows of the record, each
 * named by its table and a stable key (its uuid, or a posting's text checksum), with its fields as text;
 * what the exporting side last received of each row (the bases of a three-way merge); the files.
 */
public final class Handover {
    /** The version of the archive's format this Sillage writes, and the highest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** PBKDF2-HMAC-SHA256 iterations written in new archives (stored in each, so it can grow). */
    public static final int ITERATIONS = 600_000;

    private Handover() {
    }

    /**
     * One row of the record.
     *
     * @param fields column name → value as text (ISO dates and instants, "true"/"false"); a missing or
     *               null value is empty
     */
    public record Row(String table, String key, Map<String, String> fields) {
        public String get(String field) {
            return fields.get(field);
        }
    }

    /** What {@code peer} exported of a row at {@code exportedAt}: each field's hash ({@link #hash}). */
    public record Base(String peer, String table, String key, Instant exportedAt, Map<String, String> hashes) {
    }

    /** A file the record uses (a posting's original, a document attached or sent). */
    public record FileEntry(String sha256, String originalName, String displayName, long size, String mediaType,
                            Instant addedAt) {
    }

    /**
     * The whole archive's manifest.
     *
     * @param installation the exporting installation's id
     * @param seekerUuid   the stable id of the person whose record this is
     */
    public record Manifest(int format, Instant exportedAt, String installation, String seekerUuid, String seekerName,
                           List<Row> rows, List<Base> bases, List<FileEntry> files) {
    }

    /** A field changed on both sides, waiting for a person to choose. */
    public record Conflict(long id, String table, String key, String field, String mine, String theirs,
                           String label, Instant foundAt) {
    }

    /** What an import did. */
    public record ImportSummary(String seekerName, int added, int updated, int unchanged, int conflicts, int files) {
        public boolean changedNothing() {
            return added == 0 && updated == 0 && conflicts == 0;
        }
    }

    /** Which side a person keeps when resolving a conflict. */
    public enum Keep { MINE, THEIRS }

    /** A short hash of a field's value (null and empty differ), compared with a base's. */
    public static String hash(String value) {
        String canonical = value == null ? "\u0000" : "=" + value;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
