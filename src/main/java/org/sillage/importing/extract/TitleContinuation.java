package org.sillage.importing.extract;

/** A title that a PDF broke over two or three lines: where its next line is, when it goes on there. */
final class TitleContinuation {

    private TitleContinuation() {
    }

    /** Words a title's line does not end on: its next line goes on with it. */
    private static final java.util.Set<String> GOES_ON = java.util.Set.of("de", "des", "du", "d", "la", "le", "les", "l",
        "pour", "par", "sur", "sous", "et", "en", "au", "aux", "a", "avec", "dans", "of", "the", "and", "for", "in", "on",
        "with", "to", "an", "van", "het", "een", "voor", "met", "op");

    /**
     * The next line of a title a PDF broke over lines: « … par groupe de gènes pour les » / « données single-cell … »,
     * "EVOLUTION DE POPULATIONS CELLULAIRES" / "DANS UN ESSAI …", « … Acoustique Passive Sous » / « Marine (IANSPAM) »:
     * the line ends on a word that needs more, or the next one opens in small letters, or both are in capitals.
     *
     * @return the next line's span, or null when the title ends with its line
     */
    static int[] next(PostingText t, int start, int end, String value) {
        String s = t.text;
        int le = t.lineEnd(Math.max(start, end - 1));
        if (end < le && !s.substring(end, le).isBlank() || le >= s.length() || value.length() > 160) {
            return null;
        }
        String v = value.strip();
        char last = v.isEmpty() ? '.' : v.charAt(v.length() - 1);
        String line = s.substring(start, le).stripTrailing();
        if (".!?:;)]".indexOf(last) >= 0 || !line.isEmpty() && ".!?".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return null; // (the line itself is a finished sentence: "We are looking for a Finance Officer to join our team.")
        }
        int w = v.length();
        while (w > 0 && Character.isLetter(v.charAt(w - 1))) {
            w--;
        }
        String lastWord = TextNormalizer.normalize(v.substring(w)).fold;
        boolean needsMore = (w == 0 || v.charAt(w - 1) == ' ' || v.charAt(w - 1) == '\'' || v.charAt(w - 1) == '’')
                && GOES_ON.contains(lastWord); // (a whole word: "Co-op" does not end on "op")
        // the next line: right below, or one blank line below when the title's last word needs more
        int ns = le + 1;
        if (ns < s.length() && s.charAt(ns) == '\n' && needsMore) {
            ns++;
        }
        if (ns >= s.length() || s.charAt(ns) == '\n') {
            return null;
        }
        int ne = t.lineEnd(ns);
        String raw = s.substring(ns, ne);
        String next = raw.strip();
        if (next.isEmpty() || next.length() > 90 || v.length() + next.length() > 200 || next.indexOf(':') >= 0
                || !Character.isLetter(next.charAt(0)) || TitleLines.isGeneric(t.fold.substring(ns, ne))) {
            return null;
        }
        boolean lower = Character.isLowerCase(next.charAt(0));
        boolean capitals = allCapitals(v) && allCapitals(next);
        if (!needsMore && !lower && !capitals) {
            return null;
        }
        return new int[] {ns + raw.length() - raw.stripLeading().length(), ne - (raw.length() - raw.stripTrailing().length())};
    }

    private static boolean allCapitals(String v) {
        int letters = 0;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 6;
    }
}
