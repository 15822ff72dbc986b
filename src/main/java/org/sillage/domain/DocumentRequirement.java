package org.sillage.domain;

/**
 * A document a posting asks for.
 *
 * @param kind      normalised kind: {@code cv, cover_letter, references, diploma, portfolio, translation,
 *                  writing_sample, id_document} or {@code other:<words>}
 * @param necessity required, optional ("un plus") or waived ("nul besoin de lettre")
 * @param format    a required file format such as {@code PDF}, or null
 * @param length    a length limit as written ("un A4 recto verso maximum"), or null
 * @param language  a language constraint as written ("traduction dans la deuxième langue"), or null
 */
public record DocumentRequirement(String kind, Necessity necessity, String format, String length, String language) {
    /** The normalised kinds; anything else is {@code other:<words>}. */
    public static final java.util.List<String> KNOWN_KINDS = java.util.List.of("cv", "cover_letter", "references",
            "diploma", "portfolio", "translation", "writing_sample", "id_document");
    /** The reader's own words after {@code other:} that the window names in each language ({@code other:github_profile}). */
    public static final java.util.List<String> NAMED_OTHERS = java.util.List.of("github_profile", "linkedin_profile",
            "application_form");

    public DocumentRequirement {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind is required");
        }
        if (necessity == null) {
            necessity = Necessity.REQUIRED;
        }
    }

    public static DocumentRequirement required(String kind) {
        return new DocumentRequirement(kind, Necessity.REQUIRED, null, null, null);
    }

    public boolean isRequired() {
        return necessity == Necessity.REQUIRED;
    }
}
