package org.sillage.importing.extract;

import java.util.regex.Pattern;

/**
 * For {@link PlaceMentions}: a body's name that says where it is (rules 27, ADR 0067): « se déroulera au Centre de
 * Recherche en Automatique de Nancy », a line naming a faculty, its university and then its town.
 */
final class BodyPlaces {
    /**
     * Whether the town after « de » ending at {@code pw} closes a body's name, where the work is said to be there: a
     * place's word on the line, or « au », « à l' », "at the" before the body (not "in line with University of Vienna
     * policy").
     */
    static boolean whereTheWorkIs(PostingText t, int ls, int le, int pw) {
        int body = bodyNamedBefore(t, ls, pw);
        return body >= 0 && (WHERE_BEFORE_BODY.matcher(t.fold).region(Math.max(ls, body - 12), body).find()
                || lineSaysPlace(t.fold, ls, le));
    }

    /** The nouns that open a body's name: « Centre de Recherche … de Lyon », "University of Leeds". */
    private static final java.util.Set<String> BODY_NOUNS = java.util.Set.of("centre", "center", "laboratoire", "laboratory",
        "institut", "institute", "universite", "university", "ecole", "hopital", "faculte", "faculty", "musee", "observatoire",
        "college", "lycee", "conservatoire", "museum", "hospital", "universiteit", "hogeschool");
    /** Small words inside a body's name. */
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("de", "du", "des", "d", "en", "et", "of", "for",
        "and", "the", "la", "le", "les", "l", "van", "voor");

    /**
     * Where the body's name that ends right before « de » (at {@code pw}) begins, when a body's noun opens it and every
     * word of it is capitalised or small (« Centre de Recherche en Cancérologie », "University"); -1 otherwise.
     */
    private static int bodyNamedBefore(PostingText t, int ls, int pw) {
        String text = t.text;
        String f = t.fold;
        int k = pw;
        for (int words = 0; words < 8; words++) {
            while (k >= ls && (text.charAt(k) == ' ' || text.charAt(k) == '\'' || text.charAt(k) == '’')) {
                k--;
            }
            int we = k + 1;
            while (k >= ls && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
                k--;
            }
            if (we <= k + 1) {
                return -1;
            }
            String word = f.substring(k + 1, we);
            if (BODY_NOUNS.contains(word) && Character.isUpperCase(text.charAt(k + 1))) {
                return k + 1;
            }
            if (!NAME_LINKS.contains(word) && !Character.isUpperCase(text.charAt(k + 1))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word of {@link PlaceMentions#PLACE_LINE_WORDS} begins a word of the line [ls, le) ("city" is not in « ethnicity »). */
    private static boolean lineSaysPlace(String f, int ls, int le) {
        for (String word : PlaceMentions.PLACE_LINE_WORDS) {
            for (int k = Keywords.indexIn(f, word, ls, le); k >= 0; k = Keywords.indexIn(f, word, k + 1, le)) {
                if (k == 0 || !Character.isLetter(f.charAt(k - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A preposition of place right before a body's name: « au », « à l' », "at the", "in". */
    private static final Pattern WHERE_BEFORE_BODY = Pattern.compile("(?:\\b(?:a|au|aux|at|in|within|dans|bij|op|aan)) (?:(?:l'|the|la|le|de|het) ?)?$");

    /**
     * Whether a short line that is no sentence ends with the place ending at {@code e}, after a comma and a body's
     * name that is no place (« Faculté des Sciences et Ingénierie, Sorbonne Université, Paris »).
     */
    static boolean bodyThenTownEndsLine(PostingText t, int ls, int le, int pw, int e) {
        String f = t.fold;
        if (le - ls > 120 || !Keywords.onlyChars(f, PlaceMentions.withCountry(t, e), le, " *_")) {
            return false;
        }
        int partStart = Math.max(f.lastIndexOf(',', pw - 1), ls - 1) + 1;
        String part = t.text.substring(partStart, pw).strip();
        int lastSpace = part.lastIndexOf(' ');
        String lastWord = part.substring(lastSpace + 1);
        return part.length() >= 4 && !lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0)) && !Places.known(part)
                && !Places.known(lastWord) && java.util.Arrays.stream(part.split(" ")).noneMatch(w -> w.endsWith("."));
    }

    private BodyPlaces() {
    }
}
