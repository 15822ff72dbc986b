package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits a text at runs of separator characters, as {@link java.util.regex.Pattern#split(CharSequence)} does
 * with a pattern {@code [class]+} (an empty first piece when the text starts with a separator, no empty last
 * pieces, the text itself when there is no separator), without the regular expression: the rules split short
 * values thousands of times a posting, and the patterns' splits took 4 % of the reading time (JMH profile).
 */
final class Split {
    /** {@code \s} as Java's patterns read it: space, tab, the line breaks, vertical tab and form feed. */
    static final IntPredicate SPACE = c -> c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    /** {@code [\s,;:]}. */
    static final IntPredicate SPACE_OR_PUNCTUATION = c -> c == ' ' || c == ',' || c == '\n' || c == ';' || c == ':'
            || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    /** {@code [^\p{L}\d]}: neither a letter nor an ASCII digit. */
    static final IntPredicate NOT_LETTER_OR_DIGIT = c -> !Character.isLetter(c) && !(c >= '0' && c <= '9');

    private Split() {
    }

    static String[] at(String s, IntPredicate separator) {
        List<String> pieces = null;
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (!separator.test(c)) {
                i += Character.charCount(c);
                continue;
            }
            int j = i + Character.charCount(c);
            while (j < n) {
                int d = s.codePointAt(j);
                if (!separator.test(d)) {
                    break;
                }
                j += Character.charCount(d);
            }
            if (pieces == null) {
                pieces = new ArrayList<>();
            }
            pieces.add(s.substring(start, i));
            start = j;
            i = j;
        }
        if (pieces == null) {
            return new String[] {s};
        }
        pieces.add(s.substring(start, n));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(new String[0]);
    }

    /** How many pieces {@link #at} gives, without making them. */
    static int count(String s, IntPredicate separator) {
        return lastPiece(s, separator, new int[2]) + 1;
    }

    /** The last piece {@link #at} gives, or {@code null} when it gives none, without making the others. */
    static String last(String s, IntPredicate separator) {
        int[] bounds = new int[2];
        return lastPiece(s, separator, bounds) < 0 ? null : s.substring(bounds[0], bounds[1]);
    }

    /**
     * The index of the last piece {@link #at} gives (-1 when none), its bounds put in {@code bounds}: the pieces
     * after the last non-empty one are the ones {@code at} drops, and only the first piece can be empty before it.
     */
    private static int lastPiece(String s, IntPredicate separator, int[] bounds) {
        int n = s.length();
        int start = 0;
        int index = 0;
        int last = -1;
        boolean split = false;
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (!separator.test(c)) {
                i += Character.charCount(c);
                continue;
            }
            int j = i + Character.charCount(c);
            while (j < n) {
                int d = s.codePointAt(j);
                if (!separator.test(d)) {
                    break;
                }
                j += Character.charCount(d);
            }
            if (i > start) {
                last = index;
                bounds[0] = start;
                bounds[1] = i;
            }
            split = true;
            index++;
            start = j;
            i = j;
        }
        if (!split || n > start) {
            last = index;
            bounds[0] = start;
            bounds[1] = n;
        }
        return last;
    }
}
