package org.sillage.importing.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the shape of a name and the words around it say, for {@link OrganizationCandidates}: a person's name (after
 * « Mme », "Dr", or made of an e-mail's local part), a name in capitals, a name named after a web domain, the key
 * two spellings of one name share.
 */
final class NameShapes {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern KEY_ARTICLE = Pattern.compile("^(the|l'|la |le ) ?");
    /** A person's title, folded: « Mme », "Dr.", "Prof". */
    private static final String PERSON_TITLES = "mme|mlle|m\\.|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|prof\\.?|madame|monsieur";
    private static final Pattern PERSON_BEFORE = Pattern.compile(
            "\\b(" + PERSON_TITLES + "|dear|contact ?:?|aupres de|with|avec)\\s*$");
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:" + PERSON_TITLES + ")\\s*$");

    /** Whether a person's title (« Mme », "Dr.") stands right before {@code at} in the folded text {@code fold}. */
    static boolean titledPerson(String fold, int at) {
        return TITLE_BEFORE.matcher(fold.substring(Math.max(0, at - 12), at)).find();
    }

    private NameShapes() {
    }

    /**
     * Whether the name in {@code fold[s, e)}, its words run together, starts with one of {@code stems} longer than its
     * first word ({@code firstLength} chars): "Open Knowledge Belgium" at jobs@openknowledge.be keeps its "Open".
     */
    static boolean startsWithStem(String fold, int s, int e, int firstLength, Set<String> stems) {
        if (stems.isEmpty()) {
            return false;
        }
        String whole = Keywords.asciiAlnum(fold.substring(s, e));
        StringBuilder initials = new StringBuilder(); // "Open Data Institute" at odi.be
        for (String w : SPACES.split(fold.substring(s, e).strip())) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && w.length() > 2) {
                initials.append(w.charAt(0));
            }
        }
        for (String stem : stems) {
            if (stem.length() > firstLength + 2 && whole.startsWith(stem)
                    || stem.length() >= 3 && initials.length() >= stem.length() && initials.toString().startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** "Matrix.org Foundation" for matrix.org: a name whose first word is the domain itself. */
    static boolean namedAfterDomain(String key, String stem) {
        String k = key.startsWith("the ") ? key.substring(4) : key;
        if (stem.length() < 3 || !k.startsWith(stem + ".")) {
            return false;
        }
        int e = stem.length() + 1;
        while (e < k.length() && k.charAt(e) >= 'a' && k.charAt(e) <= 'z') {
            e++;
        }
        // ".org", ".io" glued to the name, then another word ("EPFL. The" is a sentence's end)
        return e - stem.length() - 1 >= 2 && e - stem.length() - 1 <= 6 && e < k.length() && k.charAt(e) == ' ';
    }

    /** The name a domain was registered under: "etalab" for jobs.etalab.gouv.fr, "oxybulle" for www.oxybulle.org. */
    static String registered(String host) {
        String[] labels = host.split("\\.");
        int k = labels.length - 2;
        if (k > 0 && Set.of("gouv", "co", "com", "org", "ac", "gov", "edu", "net", "asso").contains(labels[k])) {
            k--;
        }
        return k >= 0 ? labels[k] : host;
    }

    static boolean startsWithBody(String fold, int s) {
        return Keywords.containsAny(fold.substring(s, Math.min(fold.length(), s + 14)), new String[] {"universit",
            "laborato", "institu", "association", "stichting", "fondation", "foundation", "ecole", "centre", "service"});
    }

    static String key(String fold) {
        String k = fold.replace('’', '\'');
        if (k.indexOf("  ") >= 0 || k.indexOf('\n') >= 0 || k.indexOf('\t') >= 0) {
            k = SPACES.matcher(k).replaceAll(" ");
        }
        if (k.startsWith("the") || k.startsWith("l'") || k.startsWith("la ") || k.startsWith("le ")) {
            k = KEY_ARTICLE.matcher(k).replaceFirst("");
        }
        return k.strip()
                .toLowerCase(Locale.ROOT);
    }

    static String firstWord(String fold, int s, int e) {
        int k = s;
        while (k < e && (Character.isLetterOrDigit(fold.charAt(k)) || fold.charAt(k) == '-')) {
            k++;
        }
        return fold.substring(s, k);
    }

    static int trimEnd(String text, int s, int e) {
        while (e > s && ".’'-@&".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /**
     * Capitalised words of a name, function words aside: "Arpentor Studio" has two, and is a name even where
     * it only ever opens a sentence, where a single capitalised word ("Nous", "Vous") may be a common word.
     */
    static int capitalisedWords(String name) {
        int n = 0;
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 1) {
                n++;
            }
        }
        return n;
    }

    static boolean isUpper(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    static boolean sentenceStart(String text, int s) {
        int k = s - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '*' || text.charAt(k) == '_' || text.charAt(k) == '#'
                || text.charAt(k) == '>' || text.charAt(k) == '-' || CharKinds.isBullet(text.charAt(k)))) {
            k--;
        }
        if (k >= 0 && (text.charAt(k) == '\'' || text.charAt(k) == '’')) {
            k -= 2; // L'Association
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
        }
        return k < 0 || ".!?:\n([|\"«“".indexOf(text.charAt(k)) >= 0;
    }

    /** "Mme Durand", "Dr. Jane Smith", a name whose words make up an e-mail's local part. */
    static boolean isPerson(PostingText t, int s, int e, Set<String> locals) {
        String before = t.fold.substring(Math.max(0, s - 12), s);
        if (PERSON_BEFORE.matcher(before).find()) {
            return true;
        }
        String[] words = t.fold.substring(s, e).replace('-', ' ').split(" ");
        if (words.length >= 1 && words.length <= 3) {
            int inLocal = 0;
            for (String w : words) {
                if (locals.contains(w)) {
                    inLocal++;
                }
            }
            return inLocal > 0 && inLocal >= words.length - 1 && !isUpper(t.text.substring(s, e));
        }
        return false;
    }
}
