package org.sillage.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two job titles name the same job: their words, folded, without gender marks ("(H/F)", "(e)",
 * "·e") and small words, are nearly the same set, or the words of one are all in the other
 * ("Comptable" and "Comptable fournisseurs"). "Chef de projet informatique" and "Chef de projet
 * marketing" are not.
 */
public final class Titles {
    /** At least this share of the words in common (Jaccard index) makes two titles similar. */
    static final double SIMILAR = 0.6;
    private static final Pattern GENDER = Pattern.compile(
            "\\b(h|f|m|w|v|x|d)\\s*/\\s*(h|f|m|w|v|x|d)(\\s*/\\s*(h|f|m|w|v|x|d))?\\b"
                    + "|\\((e|ne|le|se|te|trice|rice|euse|ere|ive|ice)\\)|[·.•-](e|ne|trice|euse|ere)s?\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> SMALL = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "un", "une", "et",
            "en", "a", "au", "aux", "pour", "the", "of", "and", "for", "in", "an", "to", "van", "het", "een", "voor",
            "der", "die", "und", "f", "h", "m", "x", "cdi", "cdd", "temps", "plein", "partiel");

    private Titles() {
    }

    public static boolean similar(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        if (common.size() == Math.min(x.size(), y.size())) {
            return true;
        }
        return (double) common.size() / (x.size() + y.size() - common.size()) >= SIMILAR;
    }

    /** A word without its plural and feminine ending: "chargees" is "charge", "coordinatrice" "coordinateur". */
    static String stem(String word) {
        String w = word;
        if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4) {
            for (String[] f : FEMININE) {
                if (w.endsWith(f[0])) {
                    return w.substring(0, w.length() - f[0].length()) + f[1];
                }
            }
        }
        return w;
    }

    private static final String[][] FEMININE = {{"trice", "teur"}, {"euse", "eur"}, {"ere", "er"}, {"enne", "en"},
        {"ive", "if"}, {"ee", "e"}};

    /** The words a title is compared by: folded, without gender marks, small words or plural s. */
    static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        if (title == null) {
            return out;
        }
        String folded = GENDER.matcher(Texts.fold(title)).replaceAll(" ");
        for (String w : NOT_WORD.split(folded)) {
            if (w.isEmpty() || SMALL.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }
}
