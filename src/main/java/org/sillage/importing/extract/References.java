package org.sillage.importing.extract;

/**
 * A paper's list of works cited in a posting (a lab's offer often ends with one): where it starts and ends. What it
 * holds names papers' authors and publishers, not who is hiring.
 */
final class References {
    private final PostingText t;
    private int bibliography = -2;

    References(PostingText t) {
        this.t = t;
    }

    /** The headings of a paper's list of works cited. */
    private static final java.util.Set<String> BIBLIOGRAPHY = java.util.Set.of("bibliographie", "bibliography", "references",
        "references bibliographiques", "literatuur", "literature", "works cited", "referenties", "selected references",
        "key references");
    /** A line of a list of works cited: "[1] …", "Lee, D. D. …", "- Zhang, Y., …", "… (1999)". */
    static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "^\\s*(?:\\[|(?:[-•*]\\s+)?\\p{Lu}[\\p{L}'-]+, \\p{Lu}\\.)|\\((?:19|20)\\d\\d\\)");

    /**
     * Where a list of works cited starts (« 4. Bibliographie » over "[1] : The Univalent Foundations Program …"), or
     * the text's length: what follows names papers' authors and publishers, not who is hiring.
     */
    int start() {
        if (bibliography == -2) {
            bibliography = t.text.length();
            for (int ls = t.bodyStart; ls < t.text.length(); ) {
                int le = t.lineEnd(ls);
                int a = ls;
                int b = le;
                while (a < b && " \t0123456789.#*_".indexOf(t.fold.charAt(a)) >= 0) {
                    a++;
                }
                while (b > a && " \t:*_".indexOf(t.fold.charAt(b - 1)) >= 0) {
                    b--;
                }
                if (b - a >= 10 && b - a <= 26 && BIBLIOGRAPHY.contains(t.fold.substring(a, b))) {
                    int next = le + 1;
                    while (next < t.text.length() && Character.isWhitespace(t.text.charAt(next))) {
                        next++;
                    }
                    if (next < t.text.length() && CITATION.matcher(t.text.substring(next, t.lineEnd(next))).find()) {
                        bibliography = ls;
                        break;
                    }
                }
                ls = le + 1;
            }
        }
        return bibliography;
    }

    /** A line that begins with a label and its colon (« Lieu du stage : », "Contact:"): the posting again after a list. */
    private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile("\\s*\\p{L}[\\p{L}' ]{2,40}\\s?:");
    private int referencesEnd = -1;

    /**
     * Whether {@code pos} lies in a list of works cited: after its heading ({@link #start}), before the
     * first labelled paragraph below it (« Lieu du stage : … » after the list).
     */
    boolean contains(int pos) {
        int start = start();
        if (pos < start) {
            return false;
        }
        if (referencesEnd < 0) {
            referencesEnd = t.text.length();
            int[] b = t.breaks();
            int k = java.util.Arrays.binarySearch(b, start);
            for (int j = k >= 0 ? k + 1 : -k - 1; j < b.length; j++) {
                int e = j + 1 < b.length ? b[j + 1] : t.text.length();
                // a label opens its paragraph; a paper's wrapped title does not ("… Understanding of\nRecommender Results: …")
                int before = b[j] - 1;
                while (before >= 0 && t.text.charAt(before) == ' ') {
                    before--;
                }
                boolean opens = before < 0 || ".!?:\n".indexOf(t.text.charAt(before)) >= 0;
                if (opens && LABEL_LINE.matcher(t.text).region(b[j] + 1, e).lookingAt()) {
                    referencesEnd = b[j] + 1;
                    break;
                }
            }
        }
        return pos < referencesEnd;
    }
}
