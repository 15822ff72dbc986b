package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's name as the text writes it in full: whether a value is a name at all, its longer and legal
 * forms, its article, and an acronym spelled out or written beside it.
 */
final class OrganizationNames {

    /**
     * Words that say what kind of body, never which: alone (« Département », "Public") they name no employer; capitalised
     * before a word in small letters they open a name (« Centre social Nord Lille-Est »).
     */
    static final java.util.Set<String> KIND_WORDS = java.util.Set.of(
        "departement", "department", "service", "services", "direction", "studio", "public",
        "laboratoire", "laboratory", "lab", "association", "universite", "university", "institut", "institute",
        "centre", "center", "ecole", "school", "agence", "agency", "bureau", "office", "groupe", "group", "team",
        "equipe", "fondation", "foundation", "societe", "company", "entreprise", "structure", "organisation",
        "organization", "mairie", "commune", "ville", "region", "projet", "project", "reseau", "network",
        "federation", "union", "collectif", "cooperative", "ministere", "ministry", "prive", "private", "employeur",
        "employer", "maison", "foyer", "espace", "pole", "conseil", "comite", "mission", "syndicat", "chambre",
        "caisse", "groupement", "communaute", "etablissement", "atelier", "chantier", "regie", "secours",
        "restaurant", "accueil", "mutualite");

    /**
     * "FEMTO's" (« based in FEMTO's Department of … »): an acronym's possessive is the body; a name in mixed case
     * keeps its "'s" ("Sainsbury's", "McDonald's").
     */
    static String withoutPossessive(String name) {
        if (name != null && name.length() > 4 && (name.endsWith("'s") || name.endsWith("’s"))) {
            String stem = name.substring(0, name.length() - 2);
            if (stem.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return stem;
            }
        }
        return name;
    }


    private OrganizationNames() {
    }

    private static final Pattern ARTICLE = Pattern.compile("^(l'|la |le |the )");
    private static final java.util.Set<String> GENERIC_BODIES = java.util.Set.of("association", "entreprise", "structure",
        "organisation", "organization", "laboratoire", "equipe", "ong", "societe", "company", "team", "lab", "asbl",
        "collectivite", "commune", "fondation", "foundation", "institut", "universite", "university", "service",
        "organisme", "etablissement", "federation", "cooperative", "startup", "start-up", "agence", "agency");
    private static final Pattern LEGAL_END = Pattern.compile(" (asbl|ASBL|vzw|VZW)$");
    private static final Pattern NUMBER = Pattern.compile("[\\d .-]{6,}.*");
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");

    /** A name, not a label cut short ("Stage de", "La Direction de la") nor a number ("0747.551.284 - RPM Namur"). */
    static boolean plausible(String v) {
        String f = TextNormalizer.normalize(v).fold;
        String[] words = Split.at(f, Split.NOT_LETTER_OR_DIGIT);
        if (words.length == 0 || Character.isDigit(v.charAt(0)) && NUMBER.matcher(v).matches()) {
            return false;
        }
        String first = words[0].isEmpty() && words.length > 1 ? words[1] : words[0];
        if (GENERIC_BODIES.contains(ARTICLE.matcher(f.strip()).replaceFirst(""))) {
            return false; // « L'association recrute »: a kind of body, not its name
        }
        return !OrganizationSpans.NOT_A_NAME_START.contains(first) && !OrganizationSpans.FUNCTION_WORDS.contains(words[words.length - 1]);
    }

    private static final Pattern LEGAL_AFTER = Pattern.compile(
            "\\s+(asbl|ASBL|a\\.s\\.b\\.l\\.|vzw|VZW|v\\.z\\.w\\.|B\\.V\\.|BV|N\\.V\\.|NV|Inc\\.?|Ltd\\.?|GmbH|e\\.V\\.|SARL|SAS|SCOP|SCIC)(?![\\p{L}\\d])");
    private static final Pattern LEGAL_BEFORE = Pattern.compile("(?i)(stichting|vereniging)\\s+$");

    /**
     * The name as the text writes it in full: an acronym with the words it stands for when the text spells
     * it out ("Humanitarian OpenStreetMap Team (HOT)"), a legal form written with the name ("Oxybulle asbl",
     * "Flink Software B.V.", « stichting Algorithm Audit »), and an English "The" written capitalised inside
     * sentences ("at The Carpentries").
     */
    private static final java.util.Set<String> BODY_ENDS = java.util.Set.of("laboratory", "laboratoire", "lab", "institute",
        "institut", "university", "universite", "foundation", "fondation", "association", "center", "centre", "group",
        "network", "trust", "society", "council", "agency", "company", "collective", "collectif");

    /**
     * « Simula » in the front matter, "Simula Research Laboratory" again and again in the text: the name runs on
     * over capitalised words that end on a kind of body, when the text writes it so twice or more.
     */
    static String longerName(String text, String v) {
        if (v.length() < 3 || v.length() > 60) {
            return v;
        }
        int guard = 0;
        for (int i = text.indexOf(v); i >= 0 && guard++ < 30; i = text.indexOf(v, i + 1)) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int p = i + v.length();
            int end = -1;
            for (int w = 0; w < 3 && p + 1 < text.length() && text.charAt(p) == ' ' && Character.isUpperCase(text.charAt(p + 1)); w++) {
                int we = p + 1;
                while (we < text.length() && Character.isLetter(text.charAt(we))) {
                    we++;
                }
                if (we < text.length() && text.charAt(we) == '+') {
                    we++; // "Civil Service LGBT+ Network"
                }
                if (BODY_ENDS.contains(TextNormalizer.normalize(text.substring(p + 1, we)).fold)) {
                    end = we;
                    break;
                }
                p = we;
            }
            if (end > 0 && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                String longer = text.substring(i, end);
                if (count(text, longer) + (text.startsWith(longer) ? 1 : 0) >= 2 || countAnywhere(text, longer) >= 2) {
                    return longer;
                }
            }
        }
        return v;
    }

    private static int countAnywhere(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0 && n < 5; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }

    static String complete(PostingText t, String v) {
        return withArticle(t.text, completeForm(t, v));
    }

    private static String completeForm(PostingText t, String v) {
        String text = t.text;
        if (SHORT_NAME.matcher(v).matches()) {
            String full = spelledOut(text, v);
            if (full != null) {
                return full + " (" + v + ")";
            }
        }
        int guard = 0;
        String result = v;
        Matcher after = null;
        Matcher before = null;
        for (int i = text.indexOf(v); i >= 0 && guard++ < 50; i = text.indexOf(v, i + 1)) {
            int end = i + v.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            // (the patterns are tried only where a legal form can stand: after a space, or before one)
            if (legalAfter(text, end)) {
                after = after == null ? LEGAL_AFTER.matcher(text) : after;
                if (after.region(end, Math.min(text.length(), end + 12)).lookingAt()) {
                    return v + " " + after.group(1);
                }
            }
            if (legalBefore(text, i)) {
                before = before == null ? LEGAL_BEFORE.matcher(text) : before;
                if (before.region(Math.max(0, i - 12), i).find()) {
                    return before.group(1) + " " + v;
                }
            }
        }
        if (!v.startsWith("The ") && count(text, "The " + v) >= 2) {
            return "The " + v;
        }
        return longerName(text, result);
    }

    /** Whether spaces, then a char a legal form of {@code LEGAL_AFTER} opens on, follow {@code end}. */
    private static boolean legalAfter(String text, int end) {
        int k = end;
        while (k < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k > end && k < text.length() && "aAvVBNILGeS".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether « stichting » or « vereniging », in any case, then spaces or line breaks only, stand before {@code i}. */
    private static boolean legalBefore(String text, int i) {
        int p = i - 1;
        while (p >= 0 && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == '\u0085')) {
            p--;
        }
        return p < i - 1 && (p >= 8 && text.regionMatches(true, p - 8, "stichting", 0, 9)
                || p >= 9 && text.regionMatches(true, p - 9, "vereniging", 0, 10));
    }

    /**
     * « des Territoires de la Mémoire » is de + Les, « Les Vergers du Plateau sont … » a plural subject: a plural name
     * the text contracts so, or makes the subject of a plural verb, keeps its article.
     */
    private static String withArticle(String text, String v) {
        if (v.isEmpty() || !Character.isUpperCase(v.charAt(0))) {
            return v;
        }
        String base = LEGAL_END.matcher(v).replaceFirst("");
        if (base.indexOf(' ') > 0 && text.contains("Les " + v)
                && (text.contains(" des " + base) || text.contains(" aux " + base) || text.contains("Les " + base + " sont ")
                        || text.contains("Les " + base + " ont "))) {
            return "Les " + v;
        }
        return v;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0 && n < 10; i = text.indexOf(s, i + 1)) {
            if (i > 1 && text.charAt(i - 1) == ' ' && ".!?:\n".indexOf(text.charAt(i - 2)) < 0) {
                n++; // inside a sentence, not at its start
            }
        }
        return n;
    }

    /** "Humanitarian OpenStreetMap Team" before "(HOT)": capitalised words whose initials spell the acronym. */
    private static String spelledOut(String text, String acr) {
        int p = text.indexOf("(" + acr + ")");
        int guard = 0;
        while (p > 0 && guard++ < 20) {
            int e = p;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            String before = text.substring(Math.max(0, e - 120), e);
            int nl = before.lastIndexOf('\n');
            if (nl >= 0) {
                before = before.substring(nl + 1); // a name does not run over a line break
            }
            String[] words = before.split(" ");
            StringBuilder initials = new StringBuilder();
            int k = words.length - 1;
            int used = 0;
            for (; k >= 0 && used < 10; k--) {
                String w = words[k];
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    break;
                }
                if (Character.isUpperCase(w.charAt(0))) {
                    initials.insert(0, w.charAt(0));
                } else if (!OrganizationSpans.FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replace("'", ""))) {
                    break;
                }
                used++;
                if (initials.toString().equals(acr)) {
                    String full = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)).strip();
                    return full.contains("\n") ? null : full;
                }
            }
            String loose = looselySpelledOut(words, acr);
            if (loose != null) {
                return loose;
            }
            p = text.indexOf("(" + acr + ")", p + 1);
        }
        return null;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("la", "le", "les", "l", "the", "de", "het",
        "een", "une", "un", "a", "an");

    /**
     * « La Plateforme de Protection des Lanceurs d'alerte en Afrique (PPLAAF) »: an acronym whose letters do not
     * all open a word. The name is the words between the sentence's article (or its start) and the acronym, when
     * it opens with the acronym's first letter, holds at least two capitalised words and no verb-like lower-case
     * run longer than two words.
     */
    static String looselySpelledOut(String[] words, String acr) {
        int k = words.length - 1;
        int caps = 0;
        int lowerRun = 0;
        int start = -1;
        for (int used = 0; k >= 0 && used < 12; k--, used++) {
            String w = words[k];
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.endsWith(",") || w.endsWith(".") || w.endsWith(":")) {
                break;
            }
            String lw = w.toLowerCase(java.util.Locale.ROOT).replace("’", "'");
            if (ARTICLES.contains(lw) || lw.equals("l'")) {
                break;
            }
            boolean elided = w.length() > 2 && (w.charAt(1) == '\'' || w.charAt(1) == '’') && Character.isUpperCase(w.charAt(2));
            if (Character.isUpperCase(w.charAt(0))) {
                caps++;
                lowerRun = 0;
                start = k;
            } else if (elided) {
                lowerRun = 0; // « l'Accès », « d'Entraide »: a capitalised word behind its elided article
            } else if (++lowerRun > 2) {
                break;
            }
        }
        if (start < 0 || caps < 2 || words[start].charAt(0) != acr.charAt(0)) {
            return null;
        }
        String first = words[start];
        int apostrophe = Math.max(first.indexOf('\''), first.indexOf('’'));
        if (apostrophe >= 0) {
            return null; // « L'Agence … » reads as an article and a name: left to the exact reading
        }
        String full = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)).strip();
        return full.length() > 100 ? null : full;
    }

    /**
     * A front-matter name the body writes with its acronym ("Blue Harbour Trust (BHT) is…"): the acronym, when
     * its first letter opens the name; else null.
     */
    static String acronymAfterInBody(PostingText t, String v) {
        if (v == null || v.indexOf(' ') < 0 || v.endsWith(")")) {
            return null;
        }
        int guard = 0;
        for (int i = t.text.indexOf(v, t.bodyStart); i >= 0 && guard++ < 20; i = t.text.indexOf(v, i + 1)) {
            Matcher m = ACRONYM_AFTER.matcher(t.text).region(i + v.length(), Math.min(t.text.length(), i + v.length() + 12));
            if (m.lookingAt() && m.group(1).charAt(0) == Character.toUpperCase(v.charAt(0))) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * « … pour l'Accès aux Soins (CNAS) recrute »: a candidate that is only the tail of the name its acronym
     * spells out starts where that name starts.
     */
    static int nameStartBeforeAcronym(PostingText t, int s, int e) {
        Matcher m = ACRONYM_AFTER.matcher(t.text).region(e, Math.min(t.text.length(), e + 12));
        if (!m.lookingAt() || t.text.charAt(s) == m.group(1).charAt(0)) {
            return s;
        }
        String full = spelledOut(t.text, m.group(1));
        int fs = e - (full == null ? 0 : full.length());
        return full != null && fs >= 0 && fs < s && t.text.startsWith(full, fs) ? fs : s;
    }

    /** An acronym in parentheses after a name: "(ANCT)", "(LIPhy)" (two capitals at least). */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(" ?\\(([A-Z][A-Za-z0-9&]{1,7})\\)");
    private static final Pattern UNIT_NUMBER_AFTER = Pattern.compile(" ?\\((?:UMR|UPR|UMS|FRE|USR)(?: CNRS)?[ -]?\\d{3,4}\\)");

    /** "Humanitarian OpenStreetMap Team (HOT)": the acronym written right after the name, whose initials it takes. */
    static int withAcronym(PostingText t, int s, int e) {
        Matcher unit = UNIT_NUMBER_AFTER.matcher(t.text).region(e, Math.min(t.text.length(), e + 22));
        if (unit.lookingAt() && e - s >= 3) {
            return unit.end(); // « laboratoire Géographie-Cités (UMR 8504) »: a French research unit's number is its name's
        }
        Matcher m = ACRONYM_AFTER.matcher(t.text).region(e, Math.min(t.text.length(), e + 12));
        if (!m.lookingAt() || e - s < 4 || m.group(1).chars().filter(Character::isUpperCase).count() < 2) {
            return e;
        }
        String acr = m.group(1);
        int k = s;
        while (k < e && !Character.isUpperCase(t.text.charAt(k))) {
            k++;
        }
        // « Écologie des Forêts Alpines (EFA) »: the initial compared without its accent
        return k < e && t.fold.charAt(k) == NormalizedText.fold(acr.charAt(0)) && t.text.substring(s, e).indexOf(' ') > 0
                ? m.end() : e;
    }
}
