package org.sillage.importing.extract;

/** Keyword lists shared by several rules, written folded (lower case, no accents). */
final class Keywords {

    /** Words of a heading over the "how to apply" part of a posting. */
    static final String[] APPLICATION_HEADINGS = {"candidat", "postul", "apply", "applica", "interested", "interesse",
        "sollicit", "comment envoyer", "depot des", "nous rejoindre", "how to", "expressions of interest", "reageren",
        "solliciteren", "to join"};

    /** Words saying that a sentence is about sending an application. */
    static final String[] APPLICATION_WORDS = {"candidat", "postul", "apply", "applica", "envoy", "adress", "joindre",
        "transmet", "send", "submit", "email us", "e-mail us", "sollicit", "stuur", "ecrivez", "faire parvenir",
        "include", "fournissez", "ajoute", "par mail", "par courriel", "par e-mail", "by email", "by e-mail", "via"};

    /** Words saying that a contact is for questions only. */
    static final String[] INFO_WORDS = {"question", "renseignement", "information", "plus de details",
        "more details", "en savoir plus", "voir conditions", "inlichtingen", "vragen", "meer info", "learn more"};

    private Keywords() {
    }

    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first of {@code words} in {@code s} within {@code [from, to)}, or -1. */
    static int firstIndex(String s, int from, int to, String... words) {
        int best = -1;
        for (String w : words) {
            int i = s.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    static boolean regionContainsAny(String s, int from, int to, String[] words) {
        int f = Math.max(0, from);
        int t = Math.min(s.length(), to);
        if (f >= t) {
            return false;
        }
        return firstIndex(s, f, t, words) >= 0;
    }

    /** True when {@code s} has the word {@code w} at {@code i} with non-letters around it. */
    static boolean wordAt(String s, int i, String w) {
        if (i < 0 || !s.startsWith(w, i)) {
            return false;
        }
        boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        int e = i + w.length();
        boolean after = e >= s.length() || !Character.isLetterOrDigit(s.charAt(e));
        return before && after;
    }
}
