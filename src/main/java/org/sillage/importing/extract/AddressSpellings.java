package org.sillage.importing.extract;

/**
 * How an e-mail address is spelled out to hide it from robots, for {@link EmailRule}: « prenom(point)nom(at)x(point)fr »,
 * "name [dot] surname at lab dot org", a country domain glued to the next word ("jobs@x.ukor"), Unicode hyphens.
 */
final class AddressSpellings {

    private AddressSpellings() {
    }

    static final String[] DOT_FORMS = {" [dot] ", " (dot) ", "[dot]", "(dot)", "{dot}", "[[dot]]",
        "\u00a1dot\u00bf", "(point)", "[point]", " <dot> ", "<dot>"};

    /** Country domains a word is often glued to ("ukor", « fret »): the length of that word, or 0. */
    static final String[] GLUED_AFTER = {"uk", "fr", "nl", "be", "de", "ch", "eu", "lu", "ca", "es", "it", "com",
        "org", "net", "edu", "gov"};
    static final java.util.Set<String> GLUED_WORDS = java.util.Set.of("or", "and", "ou", "et", "en", "of", "to",
        "by", "for", "pour", "avant", "before", "with", "avec");

    static int gluedWord(String label) {
        for (String tld : GLUED_AFTER) {
            if (label.length() > tld.length() && label.startsWith(tld) && GLUED_WORDS.contains(label.substring(tld.length()))) {
                return label.length() - tld.length();
            }
        }
        return 0;
    }

    /**
     * A capitalised word joined by a dot to a domain in small letters that ends on a usual top-level domain
     * ("amis.fr.Date", "lab.org.Applications"): the length of the dot and that word, or 0.
     */
    static int joinedSentence(String domain) {
        int dot = domain.lastIndexOf('.');
        int before = domain.lastIndexOf('.', dot - 1);
        if (dot < 0 || before < 0 || dot + 2 >= domain.length()) {
            return 0;
        }
        String last = domain.substring(dot + 1);
        String tld = domain.substring(before + 1, dot);
        boolean capitalised = Character.isUpperCase(last.charAt(0)) && Character.isLowerCase(last.charAt(1));
        boolean smallBefore = domain.substring(0, dot).chars().noneMatch(Character::isUpperCase);
        return capitalised && smallBefore && java.util.Arrays.asList(GLUED_AFTER).contains(tld) ? domain.length() - dot : 0;
    }

    static boolean isLocal(char c) {
        return (c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0)) || isUnicodeHyphen(c)
                || (c >= 0xC0 && Character.isLetter(c));
    }

    /** The length of a bracketed dot ({@link #DOT_FORMS}) at {@code k}, or 0. */
    static int dotFormAt(String f, int k) {
        for (String w : DOT_FORMS) {
            if (f.startsWith(w, k)) {
                return w.length();
            }
        }
        return 0;
    }

    /** The length of a bracketed dot ending at {@code k}, or 0 (only the forms without spaces: inside a name). */
    static int dotFormBefore(String f, int k) {
        for (String w : DOT_FORMS) {
            if (w.charAt(0) != ' ' && k >= w.length() && f.startsWith(w, k - w.length())) {
                return w.length();
            }
        }
        return 0;
    }

    /** A dot spelled out between spaces in a name: " dot ", " [dot] ", " point ", " punt ". */
    static final String[] SPACED_DOTS = {" [dot] ", " (dot) ", " dot ", " point ", " punt ", " [point] ", " (point) ", " <dot> "};
    static final java.util.regex.Pattern SPACED_DOT = java.util.regex.Pattern.compile(
            "(?i) (?:\\[dot\\]|\\(dot\\)|<dot>|dot|point|punt|\\[point\\]|\\(point\\)) ");

    /**
     * The length of a dot spelled out between spaces that ends at {@code k}, right after a name's character
     * ("daphne dot tuncer at …"), or 0.
     */
    static int spacedDotBefore(String f, int k) {
        for (String w : SPACED_DOTS) {
            int b = k - w.length();
            if (b > 0 && f.startsWith(w, b) && isLocal(f.charAt(b - 1))) {
                return w.length();
            }
        }
        return 0;
    }

    /** " point org", " dot com", " punt nl": a spelled-out dot before a domain label; its length, or 0. */
    static int spelledDot(String f, int k) {
        for (String w : new String[] {" point ", " dot ", " punt ", " (point) ", " [point] "}) {
            if (f.startsWith(w, k)) {
                int e = k + w.length();
                int l = e;
                while (l < f.length() && l - e < 25 && Character.isLetter(f.charAt(l))) {
                    l++;
                }
                return l - e >= 2 && (l >= f.length() || !Character.isLetterOrDigit(f.charAt(l))) ? w.length() : 0;
            }
        }
        return 0;
    }

    static boolean isUnicodeHyphen(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }
}
