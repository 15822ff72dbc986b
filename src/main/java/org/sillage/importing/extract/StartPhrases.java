package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a start's phrase, for {@link StartRule}: where a labelled value ends (another clause, a bold label, a
 * sentence's end), whether it holds a date's words, the noun that leads it on its line (« Prise de poste souhaitée
 * le … »), a season and its year ("Spring 2024").
 */
final class StartPhrases {

    private StartPhrases() {
    }

    /** End of a labelled value: line end, next markdown bold label, " | " or a sentence end. */
    static int segmentEnd(PostingText t, int from) {
        String s = t.text;
        int end = t.lineEnd(from);
        int bold = s.indexOf("**", from);
        if (bold >= 0 && bold < end) {
            end = bold;
        }
        int clause = nextClause(t, from, end);
        if (clause >= 0) {
            end = clause; // "The starting date is flexible, and the PhD program takes 4 years": another clause
        }
        for (int i = from; i < end - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' && s.charAt(i + 1) == ' ' && i - from > 3 && !Character.isUpperCase(s.charAt(Math.max(from, i - 1))))
                    || c == '|' || c == ';') {
                return i;
            }
        }
        return end;
    }

    /** The comma in {@code [from, to)} that opens another clause ("…, and the PhD program takes 4 years"), or -1. */
    static int nextClause(PostingText t, int from, int to) {
        for (int k = t.text.indexOf(',', from); k >= 0 && k < to; k = t.text.indexOf(',', k + 1)) {
            if (Keywords.startsWithAny(t.fold, k + 1, NEXT_CLAUSE)) {
                return k;
            }
        }
        return -1;
    }

    /** The start of another clause after a comma: its subject follows « et », "and", « en ». */
    static final String[] NEXT_CLAUSE = {" and the ", " and it ", " and we ", " and you ", " et le ", " et la ",
        " et les ", " et vous ", " et nous ", " en de ", " en het ", " en je ", " en u "};

    static boolean hasDateWords(String f, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = f.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (Character.isLetter(c) && (i == s || !Character.isLetter(f.charAt(i - 1)))) {
                int j = i;
                while (j < e && Character.isLetter(f.charAt(j)) && j - i < 12) {
                    j++;
                }
                String w = f.substring(i, j);
                if (DateGrammar.month(w) != null && w.length() >= 3 || w.equals("possible") || w.equals("asap")
                        || w.equals("immediatement") || w.equals("immediately") || w.equals("rentree")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A season and its year: "Spring 2024", « rentrée 2025 », « najaar 2023 ». */
    static final Pattern SEASON = Pattern.compile("(?<![a-z])(spring|summer|fall|autumn|winter|printemps|ete|automne"
            + "|hiver|rentree|voorjaar|zomer|najaar|herfst)(?: of| de| d'| van)? ((?:19|20)\\d\\d)(?!\\d)");

    static int seasonMonth(String season) {
        return switch (season) {
            case "spring", "printemps", "voorjaar" -> 3;
            case "summer", "ete", "zomer" -> 6;
            case "fall", "autumn", "automne", "rentree", "najaar", "herfst" -> 9;
            default -> 1; // winter, hiver: its months of the new year
        };
    }

    /** « prise de poste », « Poste », « démarrage » and their wish or plan, right before a start's value on its line. */
    static final Pattern LEAD_NOUN = Pattern.compile(
            "(?:prise de (?:fonction|poste)|demarrage|poste)(?: (?:souhaitee?|prevue?|envisagee?))? ?$");

    /**
     * Where the start's phrase begins once the noun that leads it on its line is taken in: « Prise de poste souhaitée
     * le 8 septembre », « Poste à pourvoir fin janvier », « démarrage dès mars » are how the phrase is written
     * (the value's own start when no such noun leads it).
     */
    static int leadNoun(PostingText t, int s) {
        int from = Math.max(t.lineStart(s), s - 40);
        if (from >= s) {
            return s;
        }
        Matcher m = LEAD_NOUN.matcher(t.fold).region(from, s);
        if (!m.find()) {
            return s;
        }
        int k = m.start();
        return k == from || !Character.isLetter(t.fold.charAt(k - 1)) ? k : s;
    }
}
