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
        StringBuilder out = new StringBuilder(n + 16);
        int[] map = new int[n + 16];
        int len = 0;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
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
            } else if (c >= 0x80 && !Character.isSurrogate(c) && !Normalizer.isNormalized(String.valueOf(c),
                    Normalizer.Form.NFKC)) {
                repl = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            }
            if (repl != null) {
                for (int k = 0; k < repl.length(); k++) {
                    map = ensure(map, len + 1);
                    out.append(repl.charAt(k));
                    map[len++] = i;
                }
            } else {
                map = ensure(map, len + 1);
                out.append(r);
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
    private static NormalizedText joinBrokenLines(CharSequence in, int[] inMap, int len, int originalLength) {
        StringBuilder out = new StringBuilder(len);
        int[] map = new int[len + 1];
        int o = 0;
        int i = 0;
        int frontMatterEnd = frontMatterEnd(in, len);
        while (i < len) {
            char c = in.charAt(i);
            if (c == '\n' && i > frontMatterEnd) {
                int lineEnd = o; // trim trailing spaces of the line already written
                int k = lineEnd - 1;
                while (k >= 0 && out.charAt(k) == ' ') {
                    k--;
                }
                char last = k >= 0 ? out.charAt(k) : '\n';
                // find the next non-blank line
                int j = i + 1;
                int newlines = 1;
                while (j < len && newlines <= 2) {
                    char d = in.charAt(j);
                    if (d == '\n') {
                        newlines++;
                    } else if (d != ' ') {
                        break;
                    }
                    j++;
                }
                if (j < len && newlines <= 2 && last != '\n' && continues(last) && Character.isLowerCase(in.charAt(j))
                        && !startsList(in, j, len)) {
                    out.setLength(k + 1);
                    o = k + 1;
                    if (last != '-' || k == 0 || !Character.isLetter(out.charAt(k - 1))) {
                        out.append(' ');
                        map[o++] = inMap[i];
                    }
                    i = j;
                    continue;
                }
            }
            out.append(c);
            map[o++] = inMap[i];
            i++;
        }
        map[o] = originalLength;
        return new NormalizedText(out.toString(), map, originalLength);
    }

    /** End of a {@code ---} or {@code +++} front matter block at the very start, or -1. */
    private static int frontMatterEnd(CharSequence in, int len) {
        int i = 0;
        while (i < len && i < 200 && Character.isWhitespace(in.charAt(i))) {
            i++;
        }
        if (i + 3 > len) {
            return -1;
        }
        String fence = in.subSequence(i, i + 3).toString();
        if (!fence.equals("---") && !fence.equals("+++")) {
            return -1;
        }
        String head = in.subSequence(i + 3, Math.min(len, 20_000)).toString();
        int close = head.indexOf("\n" + fence);
        return close < 0 ? -1 : i + 3 + close + 4;
    }

    private static boolean continues(char last) {
        return Character.isLetterOrDigit(last) || last == ',' || last == '\'' || last == '-' || last == '('
                || last == '/' || last == '&' || last == '«' || last == '+';
    }

    private static boolean startsList(CharSequence in, int j, int len) {
        // "a) item" or "i. item"
        return j + 1 < len && (in.charAt(j + 1) == ')' || (in.charAt(j + 1) == '.' && j + 2 < len && in.charAt(j + 2) == ' '));
    }
}
