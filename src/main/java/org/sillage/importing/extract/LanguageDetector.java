package org.sillage.importing.extract;

/**
 * Tells French, English and Dutch apart by counting frequent short words (found by the one keyword
 * pass, so this costs nothing more).
 */
final class LanguageDetector {
    static final String[] FR = {" le ", " la ", " les ", " des ", " et ", " est ", " pour ", " vous ", " une ", " dans ",
        " du ", " au ", " avec ", " sur ", " nous ", " qui ", " par "};
    static final String[] EN = {" the ", " and ", " of ", " to ", " you ", " is ", " for ", " with ", " we ", " are ",
        " our ", " will ", " your ", " in ", " be "};
    static final String[] NL = {" het ", " een ", " van ", " voor ", " met ", " zijn ", " niet ", " wij ", " jij ", " bij ",
        " ook ", " als ", " naar ", " wordt ", " je ", " en ", " de "};

    private LanguageDetector() {
    }

    static String detect(Lexicon.Hits hits, int from) {
        int fr = count(hits, FR, from);
        int en = count(hits, EN, from);
        int nl = count(hits, NL, from);
        // " de " and " en " are French words too: Dutch needs its own words to win
        nl -= count(hits, new String[] {" de ", " en "}, from) * 3 / 4;
        if (fr == 0 && en == 0 && nl <= 0) {
            return null;
        }
        if (fr >= en && fr >= nl) {
            return "fr";
        }
        return en >= nl ? "en" : "nl";
    }

    private static int count(Lexicon.Hits hits, String[] words, int from) {
        int n = 0;
        for (String w : words) {
            for (int i : hits.of(w)) {
                if (i >= from) {
                    n++;
                }
            }
        }
        return n;
    }
}
