package org.sillage.importing.extract;

/** The words of a doctoral or postdoctoral post, whose contract is fixed-term only when a length is stated. */
final class PhdPost {
    private static final String[] WORDS = {"postdoc", "post-doc", "phd ", "doctoral "};

    private PhdPost() {
    }

    /** True for a contract term that names such a post ("postdoctoral", "PhD position", "doctoral student"). */
    static boolean is(String term) {
        for (String w : WORDS) {
            if (term.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when "phd " or "doctoral " ends right before {@code at} in the folded text. */
    static boolean before(String fold, int at) {
        return fold.startsWith("phd ", at - 4) || fold.startsWith("doctoral ", at - 9);
    }
}
