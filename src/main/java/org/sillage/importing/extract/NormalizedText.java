package org.sillage.importing.extract;

/**
 * A normalised text with its map back to the original: {@code text}, the same text lower-cased and with
 * accents removed ({@code fold}, same length, used to find keywords), and the map from a normalised
 * offset to the original one, kept as runs (from {@code runStart[r]} on, original = normalised +
 * {@code runDelta[r]}) since most chars keep their place.
 */
final class NormalizedText {
    private static final char[] FOLD = buildFoldTable();

    final String text;
    final String fold;
    private final int[] runStart;
    private final int[] runDelta;
    private final int originalLength;

    NormalizedText(String text, String fold, int[] runStart, int[] runDelta, int originalLength) {
        this.text = text;
        this.fold = fold;
        this.runStart = runStart;
        this.runDelta = runDelta;
        this.originalLength = originalLength;
    }

    /** Original offset of normalised char {@code i} (0 &lt;= i &lt; length). */
    private int toOriginal(int i) {
        int lo = 0;
        int hi = runStart.length - 1;
        int delta = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runStart[mid] <= i) {
                delta = runDelta[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Math.min(originalLength, Math.max(0, i + delta));
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
        return toOriginal(i);
    }

    /** The original offset just past normalised char {@code end - 1}. */
    int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        if (end > text.length()) {
            return originalLength;
        }
        return Math.min(originalLength, toOriginal(end - 1) + 1);
    }

    /** The normalised offset of original offset {@code original}: the first normalised char at or past it. */
    int normalizedOf(int original) {
        if (original <= 0) {
            return 0;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (originalStart(mid) < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
