package org.sillage.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A stored posting: its original text, where it came from, what the rules extracted and what the
 * user corrected. Corrections are kept apart so that re-extraction never overwrites them.
 */
public record Posting(
        long id,
        String originalText,
        String textSha256,
        String sourceName,
        String sourceFormat,
        String sourceSha256,
        Instant importedAt,
        PostingFields extracted,
        int extractorVersion,
        Map<String, String> corrections) {

    public Posting {
        corrections = corrections == null ? Map.of() : Map.copyOf(corrections);
    }

    /** The fields as the user sees them: extracted values with the corrections laid over. */
    public PostingFields effective() {
        return extracted.withCorrections(corrections);
    }

    public boolean isCorrected(Field field) {
        return corrections.containsKey(field.key());
    }
}
