package org.sillage.importing.extract;

/**
 * For {@link TextNormalizer}: the markup a text may still hold, read as what it stands for: an HTML tag left in
 * markdown or text (« <li> Lieu : Lyon</li> »: a list item), markdown's strikethrough (« avant le ~~2~~ 6
 * septembre »: the struck words go), a literal {@code \\n} left by a bad export (a line break); and the
 * replacements written for them.
 */
final class TextMarkup {
    private TextMarkup() {
    }

    static final char[] EMPTY = {};
    static final char[] BULLET = {'-', ' '};
    static final char[] NEW_BULLET = {'\n', '-', ' '};
    static final char[] NEW_LINE = {'\n'};
    static final char[] SPACE_ONLY = {' '};
    private static final int INLINE = 0;
    static final int BLOCK = 1;
    static final int ITEM = 2;
    static final int CELL = 3;
    static final int STRUCK = 4;
    /** The HTML tags read as markup when left in a text, and what each stands for. */
    private static final java.util.Map<String, Integer> TAGS = tags();

    private static java.util.Map<String, Integer> tags() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String t : new String[] {"b", "strong", "em", "i", "u", "span", "font", "small", "sup", "sub", "big", "mark", "ins"}) {
            m.put(t, INLINE);
        }
        for (String t : new String[] {"p", "br", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
            "tbody", "thead", "hr", "center", "section", "article", "blockquote", "dl", "dt", "dd"}) {
            m.put(t, BLOCK);
        }
        m.put("li", ITEM);
        m.put("td", CELL);
        m.put("th", CELL);
        for (String t : new String[] {"del", "s", "strike"}) {
            m.put(t, STRUCK);
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * The index of the {@code >} that ends the HTML tag opening at {@code i} ({@code <li>}, {@code </strong>},
     * {@code <br/>}, {@code <p class="x">}), on one line and within 300 chars; -1 when {@code <} opens no tag
     * of {@link #TAGS} ("< 5 ans", "<https://…>", "a<b").
     */
    static int tagEnd(char[] in, int i, int n) {
        int p = i + 1;
        if (p < n && in[p] == '/') {
            p++;
        }
        int nameStart = p;
        while (p < n && p - nameStart < 10 && (in[p] >= 'a' && in[p] <= 'z' || in[p] >= 'A' && in[p] <= 'Z'
                || in[p] >= '1' && in[p] <= '6' && p > nameStart)) {
            p++;
        }
        if (p == nameStart || p >= n || in[p] != '>' && in[p] != ' ' && in[p] != '/') {
            return -1;
        }
        if (!TAGS.containsKey(new String(in, nameStart, p - nameStart).toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        for (int limit = Math.min(n, i + 300); p < limit; p++) {
            char c = in[p];
            if (c == '>') {
                return p;
            }
            if (c == '<' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index of the last {@code ~} of a markdown strikethrough opening at {@code i} (« ~~Stage~~ »): two
     * tildes, words that do not start with a space, two tildes, on one line within 200 chars; -1 otherwise.
     */
    static int struckEnd(char[] in, int i, int n) {
        if (i + 2 < n && in[i + 1] != '~') {
            return singleStruckEnd(in, i, n);
        }
        if (i + 4 >= n || in[i + 1] != '~' || in[i + 2] == '~' || in[i + 2] == ' ' || in[i + 2] == '\n') {
            return -1;
        }
        for (int p = i + 3, limit = Math.min(n - 1, i + 200); p < limit; p++) {
            char c = in[p];
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '~' && in[p + 1] == '~' && in[p - 1] != ' ') {
                return p + 1;
            }
        }
        return -1;
    }

    /**
     * GitHub's strikethrough with one tilde, "~May 16th~ extended to May 23rd": the index of the closing tilde, or -1.
     * It opens after a space or a line's start on a non-space and closes on a non-space before a word's end, on the
     * same line within 60 chars, so that "~3 to ~5 days" (about three to about five) strikes nothing.
     */
    private static int singleStruckEnd(char[] in, int i, int n) {
        if (i > 0 && !Character.isWhitespace(in[i - 1]) && in[i - 1] != '(' || Character.isWhitespace(in[i + 1])) {
            return -1;
        }
        for (int p = i + 2, limit = Math.min(n, i + 60); p < limit; p++) {
            char c = in[p];
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '~') {
                boolean closes = in[p - 1] != ' ' && (p + 1 >= n || !Character.isLetterOrDigit(in[p + 1]) && in[p + 1] != '~');
                return closes ? p : -1;
            }
        }
        return -1;
    }

    static int tagKind(char[] in, int i, int end) {
        int p = i + 1 + (in[i + 1] == '/' ? 1 : 0);
        int q = p;
        while (q < end && in[q] != ' ' && in[q] != '/' && in[q] != '>') {
            q++;
        }
        return TAGS.get(new String(in, p, q - p).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The index of the {@code >} of the tag closing the one whose name starts at {@code name}, searched from
     * {@code from} over at most 300 chars; -1 if none (then only the tags go).
     */
    static int closingTag(char[] in, int from, int n, int name) {
        int q = name;
        while (q < n && Character.isLetter(in[q])) {
            q++;
        }
        String close = "</" + new String(in, name, q - name).toLowerCase(java.util.Locale.ROOT) + ">";
        int limit = Math.min(n - close.length(), from + 300);
        for (int p = from; p <= limit; p++) {
            if (in[p] == '<' && new String(in, p, close.length()).toLowerCase(java.util.Locale.ROOT).equals(close)) {
                return p + close.length() - 1;
            }
        }
        return -1;
    }

    /**
     * Length minus one of a literal line break at {@code i} ({@code \\r\\n}, or {@code \\n} not followed by a
     * lower-case letter, so that {@code \\newline} stays), or 0.
     */
    static int escapedBreak(char[] in, int i, int n) {
        if (i + 3 < n && in[i + 1] == 'r' && in[i + 2] == '\\' && in[i + 3] == 'n') {
            return 3;
        }
        if (i + 1 < n && in[i + 1] == 'n' && (i + 2 >= n || !Character.isLowerCase(in[i + 2]))) {
            return 1;
        }
        return 0;
    }
}
