package org.sillage.importing.extract;

import java.util.Set;

/** Tells French, English and Dutch apart by counting frequent short words in the first 6,000 chars. */
final class LanguageDetector {
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "et", "est", "pour", "vous", "une", "dans",
            "du", "au", "avec", "sur", "nous", "qui", "par");
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "you", "is", "for", "with", "we", "are",
            "our", "will", "your", "in", "be");
    private static final Set<String> NL = Set.of("het", "een", "van", "voor", "met", "zijn", "niet",
            "wij", "jij", "bij", "ook", "als", "naar", "wordt");

    private LanguageDetector() {
    }

    static String detect(String fold, int from) {
        int end = Math.min(fold.length(), from + 6000);
        int fr = 0;
        int en = 0;
        int nl = 0;
        int i = Math.max(0, from);
        while (i < end) {
            while (i < end && !Character.isLetter(fold.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && Character.isLetter(fold.charAt(i))) {
                i++;
            }
            int len = i - s;
            if (len >= 2 && len <= 5) {
                String w = fold.substring(s, i);
                if (FR.contains(w)) {
                    fr++;
                }
                if (EN.contains(w)) {
                    en++;
                }
                if (NL.contains(w)) {
                    nl++;
                }
            }
        }
        if (fr == 0 && en == 0 && nl == 0) {
            return null;
        }
        if (fr >= en && fr >= nl) {
            return "fr";
        }
        return en >= nl ? "en" : "nl";
    }
}
