package org.sillage.importing.extract;

/**
 * A normalised text with its map back to the original: {@code text}, the same text lower-cased and with
 * accents removed ({@code fold}, same length, used to find keywords), and {@code toOriginal[i]}, the
 * original offset of normalised char {@code i}.
 */
final class NormalizedText {
    private static final char[] FOLD = buildFoldTable();

    final String text;
    final String fold;
    private final int[] toOriginal;
    private final int originalLength;

    NormalizedText(String text, String fold, int[] toOriginal, int originalLength) {
        this.text = text;
        this.fold = fold;
        this.toOriginal = toOriginal;
        this.originalLength = originalLength;
    }

    int length() {
        return text.length();
    }

    /** The original offset where normalised offset {@code i} starts. */
    int originalStart(int i) {
        if (i <= 0) {
            return 0;
        }
        if (i >= text.length()) {
            return originalLength;
        }
        return toOriginal[i];
    }

    /** The original offset just past normalised char {@code end - 1}. */
    int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        if (end > text.length()) {
            return originalLength;
        }
        return Math.min(originalLength, toOriginal[end - 1] + 1);
    }

    /** Lower-case and accent-free version of one char, keeping one char for one char. */
    static char fold(char c) {
        return FOLD[c];
    }

    private static char[] buildFoldTable() {
        char[] t = new char[65536];
        for (int c = 0; c < t.length; c++) {
            char ch = (char) c;
            char lower = Character.toLowerCase(ch);
            if (lower < 0x80 || Character.isSurrogate(ch)) {
                t[c] = lower;
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf(lower), java.text.Normalizer.Form.NFD);
            char base = d.isEmpty() ? lower : d.charAt(0);
            t[c] = d.length() > 1 && base < 0x250 && Character.isLetter(base) ? base : lower;
        }
        t['\u0153'] = '\u0153'; // œ stays (no one-char fold)
        return t;
    }
}
