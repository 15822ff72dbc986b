package org.sillage.importing.extract;

import java.util.regex.Pattern;

/**
 * How a span of the text becomes a candidate organisation: written in full (its acronym, the place and the page's
 * label after it left out), weighed by where it was found, and whether a line reads as a name at all.
 */
final class OrganizationSpans {
    private OrganizationSpans() {
    }

    /** How much a candidate is worth by where it was found, before its words are weighed. */
    private static double prior(String rule) {
        if (rule.startsWith("organization.scored")) {
            return 6;
        }
        return switch (rule) {
            case "organization.front-matter" -> 13;
            case "organization.label" -> 12;
            case "organization.recruits", "organization.recruits-block" -> 10;
            case "organization.within", "organization.job-board-header", "organization.name-place-line",
                 "organization.affiliation" -> 9;
            case "organization.acronym", "organization.acronym-spelled-out", "organization.named-often" -> 8;
            case "organization.workplace-names-a-lab", "organization.title-acronym-spelled-out", "organization.letterhead" -> 7;
            case "organization.front-matter-startup" -> 6;
            case "organization.site-name", "organization.signature" -> 5;
            default -> 4;
        };
    }

    /**
     * A line that reads as a name: no label colon, ten words at most, most of its words (function words aside)
     * capitalised, and not one label word ("Location"). "Application to inverse problems in epidemiology" is a
     * subtitle; "Supervisors: A, B" a label.
     */
    static boolean nameLike(String line) {
        String l = line.strip();
        if (l.indexOf(':') >= 0 || l.isEmpty()) {
            return false;
        }
        String[] words = Split.at(l, Split.SPACE);
        String lower = " " + l.toLowerCase(java.util.Locale.ROOT) + " ";
        if (Keywords.containsAny(lower, REGISTRATION)) {
            return false; // "Registered charity no. 123456", « SIRET 123 456 789 00012 »: a number, not a name
        }
        if (Keywords.containsAny(lower, PRONOUNS)) {
            return false; // "At Example Robotics GmbH we build robots": a sentence
        }
        String folded = TextNormalizer.normalize(l).fold;
        DateGrammar.DateMatch date = DateGrammar.parseAt(folded, 0, DateGrammar.Order.DAY_FIRST);
        if (date != null && date.end() >= folded.length() - 1) {
            return false; // "January 05, 2008" under a job board's heading: the day it was posted
        }
        if (words.length > 10 || words.length == 1 && NOT_A_NAME_START.contains(folded)
                || words.length == 1 && java.util.Set.of("location", "localisation", "lieu", "salary", "salaire", "description")
                        .contains(folded)) {
            return false;
        }
        int content = 0;
        int capital = 0;
        for (String w : words) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetterOrDigit(w.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capital++;
            }
        }
        return content > 0 && capital * 2 >= content;
    }

    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}'.-]{1,30}(?: (?:\\p{Lu}[\\p{L}'.-]{1,30}|de|du|la|le|sur|en|am|aan|of))?(?: \\(\\d{2,3}\\))?"
            + "(?:, ?(?:\\p{Lu}{2}|\\p{Lu}[\\p{L}-]{2,30}(?: \\p{Lu}[\\p{L}-]{2,30})?))?");
    private static final String[] NOT_PLACE = {"direction", "service", "departement", "department", "pole", "team", "equipe",
        "division", "unit", "dienst", "afdeling", "programme", "program", "projet", "project", "inc", "ltd", "asbl", "vzw", "centre", "center", "maison", "association",
        "foundation", "fondation", "institut", "agence", "agency", "bureau", "office", "groupe", "group", "reseau", "network",
        "collectif", "federation", "union", "club", "ecole", "school", "universit", "campus", "cabinet", "antenne", "siege"};

    /**
     * "The Greenway Foundation — Denver, CO", « Emmaüs Connect | Lille »: a header line naming the
     * organisation and its place. Returns the end of the name, or {@code e} when the line is one name.
     */
    static int placeAfterName(PostingText t, int s, int e) {
        for (String dash : new String[] {" — ", " – ", " | ", " - "}) {
            int k = -1;
            for (int j = Keywords.indexIn(t.text, dash, s, e); j >= 0; j = Keywords.indexIn(t.text, dash, j + 1, e)) {
                k = j;
            }
            if (k <= s + 1) {
                continue;
            }
            int ps = k + dash.length();
            String place = t.text.substring(ps, e).strip();
            String pf = t.fold.substring(ps, e).strip();
            if (place.length() < 2 || place.length() > 40 || Keywords.containsAny(pf, NOT_PLACE)
                    || !PLACE.matcher(place).matches()
                    || dash.equals(" - ") && place.indexOf(',') < 0 && place.indexOf(' ') > 0
                    // "Open Source Initiative — Operations Manager": a job, not a place
                    || JobNames.namesAJob(pf) && !Places.known(place.split(",")[0].strip())) {
                continue;
            }
            return k;
        }
        int comma = placesAfterComma(t, s, e);
        if (comma > 0) {
            return comma;
        }
        // "Het RKD – Nederlands Instituut voor Kunstgeschiedenis in Den Haag zoekt …": a known place ends the name
        for (String in : new String[] {" in ", " te ", " a "}) {
            int k = -1;
            for (int j = Keywords.indexIn(t.fold, in, s, e); j >= 0; j = Keywords.indexIn(t.fold, in, j + 1, e)) {
                k = j;
            }
            if (k <= s + 1 || e - (k + in.length()) > 30 || in.equals(" a ") && t.text.charAt(k + 1) != 'à') {
                continue;
            }
            int ps = k + in.length();
            if (!Character.isUpperCase(t.text.charAt(ps))) {
                continue;
            }
            int pe = e;
            while (pe > ps && !Character.isLetter(t.text.charAt(pe - 1))) {
                pe--;
            }
            if (Places.get().find(Places.keyOfFolded(t.fold, ps, pe)) != null) {
                return k;
            }
        }
        return e;
    }

    /**
     * « Riverside Community Alliance, London. », "Acme Labs, Leeds, UK": a name, a comma, then only known places
     * (a state's two letters allowed). Returns where the comma stands, or -1. "University of California, Berkeley"
     * keeps its campus: a university's comma is part of its name.
     */
    private static int placesAfterComma(PostingText t, int s, int e) {
        int k = Keywords.indexIn(t.text, ", ", s, e);
        if (k <= s + 1 || e - k > 45 || t.text.substring(s, k).indexOf(':') >= 0
                || t.fold.substring(s, k).contains("universit")) {
            return -1;
        }
        int pe = e;
        while (pe > k && ".!;:".indexOf(t.text.charAt(pe - 1)) >= 0) {
            pe--;
        }
        String[] parts = t.text.substring(k + 2, pe).split(",");
        for (String part : parts) {
            String p = part.strip();
            if (!(p.length() == 2 && Character.isUpperCase(p.charAt(0)) && Character.isUpperCase(p.charAt(1)))
                    && !(p.length() > 1 && Character.isUpperCase(p.charAt(0)) && Places.known(p))) {
                return -1;
            }
        }
        return k;
    }

    /** Words of a registration line: "Registered charity no. 123456", "Company number 0123", « SIRET : … », « KBO … ». */
    private static final String[] REGISTRATION = {"registered charity", "charity no", "charity number", "company no",
        "company number", "registered no", "registration no", " siret", " siren", " rna ", " kbo ", " btw ", " kvk ",
        " rcs ", " ape ", " naf "};

    /** Words of a sentence, never of a name: "we build", « nous accompagnons », "wij zoeken". */
    private static final String[] PRONOUNS = {" we ", " our ", " you ", " your ", " nous ", " vous ", " wij ", " jij ", " je "};

    static final java.util.Set<String> NOT_A_NAME_START = java.util.Set.of("stage", "contrat", "offre", "poste",
        "proposition", "sujet", "these", "vacature", "vacatures", "job", "jobs", "internship", "position", "emploi",
        "recrutement", "n", "no", "iban", "tel");
    static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("de", "du", "des", "la", "le", "les",
        "of", "the", "and", "et", "for", "pour", "van", "voor", "en", "a", "au", "aux", "d", "l");


    private static final Pattern ELISION = Pattern.compile("['’].*");


    static boolean write(PostingText t, OrganizationPool pool, int s, int e, String rule) {
        return write(t, pool, s, e, rule, prior(rule));
    }

    /** Adds the span as a candidate when it reads as a name, written in full; says whether it did. */
    static boolean write(PostingText t, OrganizationPool pool, int s, int e, String rule, double prior) {
        if (e <= s) {
            return false;
        }
        String place = null;
        int ps = -1;
        int pe = e;
        if (!rule.equals("organization.front-matter") && e - s < 120) {
            int k = placeAfterName(t, s, e);
            if (k < e) {
                ps = t.text.charAt(k) == ',' ? k + 1 : k + 3;
                while (ps < e && t.text.charAt(ps) == ' ') {
                    ps++;
                }
                while (pe > ps && "!?.,;:".indexOf(t.text.charAt(pe - 1)) >= 0) {
                    pe--; // « … in Lisbon! »: the mark ends the line, not the place
                }
                place = Clean.value(t.slice(ps, pe));
                e = k;
            }
        }
        e = beforeLabelTail(t, s, e);
        if (!rule.equals("organization.front-matter")) {
            s = OrganizationNames.nameStartBeforeAcronym(t, s, e);
            e = OrganizationNames.withAcronym(t, s, e);
        }
        String v = Clean.value(t.slice(s, e));
        if (v == null || v.length() < 2 || v.length() > 150 || !OrganizationNames.plausible(v) || !Character.isLetterOrDigit(v.codePointAt(0))
                && "(«\"“'".indexOf(v.charAt(0)) < 0 || !twoLetters(v)
                || SENTENCE_BREAK.matcher(v).find()) {
            return false;
        }
        if (!rule.equals("organization.front-matter")) {
            v = pool.completed(v, x -> OrganizationNames.complete(t, x));
        }
        OrganizationPool.Candidate c = pool.add(v, s, e, rule, prior);
        if (place != null) {
            c.place = place;
            c.placeStart = ps;
            c.placeEnd = pe;
        }
        return true;
    }

    /** What a letterhead adds after the name and a dash: the page's label, no part of the name. */
    private static final String[] LABEL_TAILS = {"offre d'emploi", "offres d'emploi", "offre de stage", "offres de stage",
        "recrutement", "fiche de poste", "job offer", "job offers", "vacature", "vacatures", "we're hiring",
        "we are hiring", "nous recrutons", "on recrute", "appel a candidatures", "appel a candidature", "careers",
        "carrieres", "jobs", "emploi", "emplois"};

    /** « Association Horizons - Offre d'emploi »: the end of the name, before the dash and the label. */
    private static int beforeLabelTail(PostingText t, int s, int e) {
        // (looked for back to the name's start only: a text's whole head read again for each name cost 2 % of a posting)
        int dash = Math.max(lastDashAfter(t.fold, " - ", s, e), lastDashAfter(t.fold, " – ", s, e));
        if (dash <= s || dash + 3 >= e) {
            return e;
        }
        String tail = t.fold.substring(dash + 3, e).strip();
        while (!tail.isEmpty() && ".:!".indexOf(tail.charAt(tail.length() - 1)) >= 0) {
            tail = tail.substring(0, tail.length() - 1).strip();
        }
        return java.util.Arrays.asList(LABEL_TAILS).contains(tail) ? dash : e;
    }

    /** The last {@code dash} in {@code f} that starts after {@code s} and at {@code e} at the latest, else -1. */
    private static int lastDashAfter(String f, String dash, int s, int e) {
        for (int k = Math.min(e, f.length() - dash.length()); k > s; k--) {
            if (f.charAt(k) == ' ' && f.startsWith(dash, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean twoLetters(String v) {
        int n = 0;
        for (int i = 0; i < v.length() && n < 2; i++) {
            if (Character.isLetter(v.charAt(i))) {
                n++;
            }
        }
        return n >= 2;
    }

    /**
     * A line that is a name and nothing else: eight words at most, every word capitalised but function words,
     * one comma at most ("Basic life insurance, AD&D, STD" is a list).
     */
    static boolean nameLine(String line) {
        String l = line.strip();
        if (l.isEmpty() || !Character.isUpperCase(l.charAt(0)) || l.indexOf(',') != l.lastIndexOf(',') || l.indexOf(':') >= 0) {
            return false;
        }
        // The words read in place (the line is stripped: every run of spaces stands between two words), and the
        // reading stops at the ninth: a paragraph is not split whole to learn it is no name.
        int words = 0;
        int n = l.length();
        int i = 0;
        while (i < n) {
            while (i < n && Split.SPACE.test(l.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Split.SPACE.test(l.charAt(i))) {
                i++;
            }
            if (++words > 8) {
                return false;
            }
            char first = l.charAt(start);
            if (Character.isLetter(first) && !Character.isUpperCase(first)
                    && !FUNCTION_WORDS.contains(elided(l.substring(start, i).toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return words >= 2; // one word alone on a line is a heading (« Projet », "Contact") more often than a name
    }

    /** The word before its apostrophe (« d » for « d'Histoire »), as {@code ELISION} leaves it. */
    private static String elided(String w) {
        int q = 0;
        while (q < w.length() && w.charAt(q) != '\'' && w.charAt(q) != '’') {
            q++;
        }
        if (q == w.length()) {
            return w;
        }
        for (int i = q; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\n' || c == '\r') {
                return ELISION.matcher(w).replaceAll(""); // (a line break inside: the pattern's own reading)
            }
        }
        return w.substring(0, q);
    }

    /** « Région. Vous … »: two sentences, not a name. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}[.!?] +\\p{Lu}");

    static final Pattern ACRONYM_LIKE = Pattern.compile("[\\p{Lu}\\d&-]{2,10}");
}
