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

    /** What {@link #walk} hands each piece to: its bounds in the text. */
    private interface Pieces {
        void piece(int start, int end);
    }

    /** Hands every piece between runs of separators to {@code pieces}, in order; returns whether any separator stood. */
    private static boolean walk(String s, IntPredicate separator, Pieces pieces) {
        int n = s.length();
        int start = 0;
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
            pieces.piece(start, i);
            split = true;
            start = j;
            i = j;
        }
        pieces.piece(start, n);
        return split;
    }

    static String[] at(String s, IntPredicate separator) {
        List<String> pieces = new ArrayList<>();
        if (!walk(s, separator, (a, b) -> pieces.add(s.substring(a, b)))) {
            return new String[] {s};
        }
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(new String[0]);
    }

    /** How many pieces {@link #at} gives, without making them. */
    static int count(String s, IntPredicate separator) {
        return lastPiece(s, separator)[0] + 1;
    }

    /** The last piece {@link #at} gives, or {@code null} when it gives none, without making the others. */
    static String last(String s, IntPredicate separator) {
        int[] last = lastPiece(s, separator);
        return last[0] < 0 ? null : s.substring(last[1], last[2]);
    }

    /**
     * The index of the last piece {@link #at} gives (-1 when none) and its bounds: the pieces after the last
     * non-empty one are the ones {@code at} drops (only the first piece can be empty before it), and a text
     * without a separator is one piece, even empty.
     */
    private static int[] lastPiece(String s, IntPredicate separator) {
        int[] last = {-1, 0, 0, 0}; // index of the last kept piece, its start and end, then the index of the next
        boolean split = walk(s, separator, (a, b) -> {
            if (b > a) {
                last[0] = last[3];
                last[1] = a;
                last[2] = b;
            }
            last[3]++;
        });
        if (!split) {
            last[0] = 0;
            last[1] = 0;
            last[2] = s.length();
        }
        return last;
    }
}
