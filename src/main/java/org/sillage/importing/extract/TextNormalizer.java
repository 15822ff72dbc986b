package org.sillage.importing.extract;

import java.text.Normalizer;

/**
 * Cleans a posting's text before the rules read it, keeping a map back to the original offsets.
 *
 * <p>Steps, in one pass over the characters and one over the lines: NFKC (ligatures, full-width forms),
 * non-breaking and narrow spaces to plain spaces, zero-width characters and soft hyphens dropped, curly
 * apostrophes and quotes made straight, Unicode hyphens made ASCII, bullet glyphs at line start made
 * {@code -}, {@code \r\n} made {@code \n}; then line breaks in the middle of a sentence (text extracted
 * from PDF) joined into a space.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normalised text and, for each of its chars, the offset of the original char it came from. */
    static NormalizedText normalize(String original) {
        String s = original == null ? "" : original;
        int n = s.length();
        char[] out = new char[n + 16];
        int[] map = new int[n + 16];
        int len = 0;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                // plain ASCII: copied as is (the common case)
                if (len + 1 >= out.length) {
                    map = ensure(map, len + 1);
                    out = java.util.Arrays.copyOf(out, map.length);
                }
                out[len] = c;
                map[len++] = i;
                if (c != ' ' && c != '-') {
                    lineStart = false;
                }
                continue;
            }
            String repl = null;
            char r = c;
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue;
                }
                r = '\n';
            } else if (c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u000B' || c == '\u000C') {
                r = ' ';
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD'
                    || c == '\u2060' || c == 0) {
                continue;
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032' || c == '\u00B4') {
                r = '\'';
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u2033') {
                r = '"';
            } else if (c == '\u2010' || c == '\u2011') {
                r = '-';
            } else if (lineStart && isBullet(c)) {
                r = '-';
            } else if (c >= 0x80 && !Character.isSurrogate(c) && !nfkcStable(c)) {
                repl = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            }
            if (repl != null) {
                if (len + repl.length() + 1 >= out.length) {
                    map = ensure(map, len + repl.length() + 1);
                    out = java.util.Arrays.copyOf(out, map.length);
                }
                for (int k = 0; k < repl.length(); k++) {
                    out[len] = repl.charAt(k);
                    map[len++] = i;
                }
            } else {
                if (len + 1 >= out.length) {
                    map = ensure(map, len + 1);
                    out = java.util.Arrays.copyOf(out, map.length);
                }
                out[len] = r;
                map[len++] = i;
            }
            if (r == '\n') {
                lineStart = true;
            } else if (r != ' ' && r != '-') {
                lineStart = false;
            }
        }
        return joinBrokenLines(out, map, len, n);
    }

    /** Per char: 0 not yet known, 1 unchanged by NFKC, 2 changed. */
    private static final byte[] NFKC_STATE = new byte[65536];

    static boolean nfkcStable(char c) {
        byte s = NFKC_STATE[c];
        if (s == 0) {
            s = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC) ? (byte) 1 : (byte) 2;
            NFKC_STATE[c] = s;
        }
        return s == 1;
    }

    private static int[] ensure(int[] map, int size) {
        if (size < map.length) {
            return map;
        }
        int[] bigger = new int[Math.max(size + 16, map.length * 2)];
        System.arraycopy(map, 0, bigger, 0, map.length);
        return bigger;
    }

    static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u25AA' || c == '\u25E6' || c == '\u25CF' || c == '\u25A0' || c == '\u25A1'
                || c == '\u2794' || c == '\u27A2' || c == '\u25BA' || c == '\u25B8' || c == '\u2023' || c == '\u2043'
                || c == '\u00B7' || c == '\u2219' || c == '\u27A4' || c == '\u2713' || c == '\u2714' || c == '\u25C6'
                || c == '\u2666' || c == '\u2192' || c == '\u00A7' || (c >= '\uF000' && c <= '\uF0FF');
    }

    /**
     * Joins a line to the next one when the sentence obviously goes on: the line does not end a sentence
     * and the next non-blank line (at most one blank line between, as PDF extraction leaves) starts with a
     * lower-case letter.
     */
    private static NormalizedText joinBrokenLines(char[] in, int[] inMap, int len, int originalLength) {
        char[] out = new char[len];
        int[] map = new int[len + 1];
        int o = 0;
        int i = 0;
        int frontMatterEnd = frontMatterEnd(in, len);
        while (i < len) {
            char c = in[i];
            if (c == '\n' && i > frontMatterEnd) {
                int k = o - 1; // trim trailing spaces of the line already written
                while (k >= 0 && out[k] == ' ') {
                    k--;
                }
                char last = k >= 0 ? out[k] : '\n';
                // find the next non-blank line
                int j = i + 1;
                int newlines = 1;
                while (j < len && newlines <= 2) {
                    char d = in[j];
                    if (d == '\n') {
                        newlines++;
                    } else if (d != ' ') {
                        break;
                    }
                    j++;
                }
                if (j < len && newlines <= 2 && last != '\n' && continues(last) && Character.isLowerCase(in[j])
                        && !startsList(in, j, len) && (newlines == 1 || lineLength(out, k) >= 50)) {
                    o = k + 1;
                    if (last != '-' || k == 0 || !Character.isLetter(out[k - 1])) {
                        out[o] = ' ';
                        map[o++] = inMap[i];
                    }
                    i = j;
                    continue;
                }
            }
            out[o] = c;
            map[o++] = inMap[i];
            i++;
        }
        map[o] = originalLength;
        return new NormalizedText(new String(out, 0, o), map, originalLength);
    }

    /** End of a {@code ---} or {@code +++} front matter block at the very start, or -1. */
    private static int frontMatterEnd(char[] in, int len) {
        int i = 0;
        while (i < len && i < 200 && Character.isWhitespace(in[i])) {
            i++;
        }
        if (i + 3 > len) {
            return -1;
        }
        String fence = new String(in, i, 3);
        if (!fence.equals("---") && !fence.equals("+++")) {
            return -1;
        }
        String head = new String(in, i + 3, Math.max(0, Math.min(len, 20_000) - i - 3));
        int close = head.indexOf("\n" + fence);
        return close < 0 ? -1 : i + 3 + close + 4;
    }

    /** Length of the line of {@code out} that ends at {@code k} (a short line before a blank line is a heading). */
    private static int lineLength(char[] out, int k) {
        int s = k;
        while (s > 0 && out[s - 1] != '\n' && k - s < 80) {
            s--;
        }
        return k - s + 1;
    }

    private static boolean continues(char last) {
        return Character.isLetterOrDigit(last) || last == ',' || last == '\'' || last == '-' || last == '('
                || last == '/' || last == '&' || last == '«' || last == '+';
    }

    private static boolean startsList(char[] in, int j, int len) {
        // "a) item" or "i. item"
        return j + 1 < len && (in[j + 1] == ')' || (in[j + 1] == '.' && j + 2 < len && in[j + 2] == ' '));
    }
}
