package org.sillage.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by search and duplicate detection. */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** Lower-case, accents removed, NFKC: "Éducation" and "education" fold to the same key. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The text two imports are compared by: NFKC, every run of white space one space, trimmed.
     * Two files that differ only in line breaks, spacing or ligatures are the same posting.
     */
    public static String normalizeForIdentity(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u00A0', ' ')
                .replace('\u202F', ' ').replace("\uFEFF", "");
        return SPACES.matcher(nfkc).replaceAll(" ").strip();
    }

    /** True when every word of {@code query} occurs in {@code folded} (already {@link #fold folded}). */
    public static boolean matchesAllWords(String folded, String query) {
        for (String word : SPACES.split(fold(query).strip())) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
