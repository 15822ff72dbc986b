package org.sillage.importing.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation names found through their acronym: "Service numérique canadien (SNC)" where the acronym is
 * used throughout, or the name spelled out elsewhere without the parentheses. The name must start or end
 * with an organisation word (Service, Direction, Agence, University...).
 */
final class AcronymNames {
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z&]{1,7})\\)");
    private static final String[] ORG_HEADS = {"service", "direction", "ministere", "agence", "association", "groupement",
        "fondation", "institut", "centre", "universite", "office", "conseil", "commission", "laboratoire", "societe",
        "federation", "union", "caisse", "chambre", "syndicat", "etablissement", "communaute", "mairie", "ville",
        "departement", "region", "secretariat", "bureau", "organisation", "organization", "agency", "department",
        "ministry", "council", "institute", "university", "foundation", "federation", "dienst", "stichting", "vereniging",
        "gemeente", "universiteit", "ministerie", "laboratory", "school", "ecole", "museum", "musee", "comite", "committee",
        "autorite", "authority", "observatoire", "reseau", "network", "collectif", "cooperative"};
    private static final String[] FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "of", "the",
        "and", "for", "en", "pour", "d", "l", "van", "het", "voor", "sur", "in"};

    private static final Pattern WORD_END = Pattern.compile("[ ']");

    private AcronymNames() {
    }

    /** Span of the name before "(ACR)" (or of the « Name » right after it), for the acronym used most; or null. */
    static int[] expansion(PostingText t) {
        Map<String, Integer> counts = new HashMap<>();
        String bestName = null;
        int bestCount = 0;
        int bs = 0;
        int be = 0;
        int guard = 0;
        int p = t.text.indexOf('(');
        Matcher m = ACRONYM.matcher(t.text);
        while (p >= 0 && guard++ < 300) {
            int open = p;
            p = t.text.indexOf('(', p + 1);
            char next = open + 1 < t.text.length() ? t.text.charAt(open + 1) : ' ';
            if (next < 'A' || next > 'Z' || !m.region(open, Math.min(t.text.length(), open + 12)).lookingAt()) {
                continue; // (an acronym opens on a capital A-Z)
            }
            String acr = m.group(1);
            int start = expansionStart(t, m.start(), acr);
            if (start < 0) {
                continue;
            }
            String head = t.fold.substring(start, m.start()).strip();
            String first = WORD_END.split(head, 2)[0];
            String last = head.substring(head.lastIndexOf(' ') + 1);
            if (!isOrgHead(first) && !isOrgHead(last)) {
                continue;
            }
            int count = counts.computeIfAbsent(acr, a -> count(t.text, a));
            if (count == 1 && m.start() > t.bodyStart + 600) {
                continue; // named once, far down: not the employer
            }
            if (count > bestCount) {
                bestCount = count;
                int ns = start;
                int ne = m.end();
                // « Name » right after the acronym names the organisation itself
                int q = t.text.indexOf('«', m.end());
                if (q >= 0 && q - m.end() <= 2) {
                    int qe = t.text.indexOf('»', q);
                    if (qe > q && qe - q < 80) {
                        ns = q + 1;
                        ne = qe;
                    }
                }
                bestName = acr;
                bs = ns;
                be = ne;
            }
        }
        return bestName == null ? null : new int[] {bs, be};
    }

    /**
     * An acronym used three times or more ("SNC", "CDS") and, somewhere, the organisation's name whose
     * initials spell it ("Service numérique canadien"), even without the acronym in parentheses.
     */
    /** An organisation name spelled out, with its acronym. */
    record SpelledOut(int start, int end, String acronym) {
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]+");

    static SpelledOut spelledOut(PostingText t) {
        String s = t.text;
        Map<String, Integer> counts = new HashMap<>();
        int n = s.length();
        int guard = 0;
        // one pass finds the capitals; the acronyms are counted, and their spelled-out names looked for, from them
        int[] capitals = capitals(s, t.bodyStart);
        int from = t.bodyStart;
        for (int i : capitals) {
            if (guard >= 5000) {
                break;
            }
            if (i < from || i > 0 && Character.isLetter(s.charAt(i - 1))) {
                continue;
            }
            int e = i;
            while (e < n && Character.isUpperCase(s.charAt(e)) && e - i < 7) {
                e++;
            }
            if (e - i >= 2 && e - i <= 6 && (e == n || !Character.isLetter(s.charAt(e)))) {
                counts.merge(s.substring(i, e), 1, Integer::sum);
                guard++;
            }
            from = e + 1;
        }
        // the three acronyms used most, each at least three times
        List<Map.Entry<String, Integer>> frequent = new java.util.ArrayList<>(counts.entrySet());
        frequent.removeIf(c -> c.getValue() < 3 || ROMAN.matcher(c.getKey()).matches()); // "YP-II", "(II)": a number
        frequent.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        String best = null;
        int[] span = null;
        for (Map.Entry<String, Integer> c : frequent.subList(0, Math.min(3, frequent.size()))) {
            span = findSpelledOut(t, c.getKey(), capitals);
            if (span != null) {
                best = c.getKey();
                break;
            }
        }
        return best == null ? null : new SpelledOut(span[0], span[1], best);
    }

    /** The offsets of the upper-case chars of {@code s} from {@code from} on, ascending. */
    private static int[] capitals(String s, int from) {
        int[] at = new int[1024];
        int k = 0;
        for (int i = Math.max(0, from); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) { // (most chars are ASCII: told without a table)
                if (k == at.length) {
                    at = java.util.Arrays.copyOf(at, k * 2);
                }
                at[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(at, k);
    }

    /**
     * Span of words whose initials spell {@code acr}, starting with an organisation word, or null; the words start
     * at one of {@code capitals} (every upper-case char of the body).
     */
    private static int[] findSpelledOut(PostingText t, String acr, int[] capitals) {
        String f = t.fold;
        char first = Character.toLowerCase(acr.charAt(0));
        int n = f.length();
        for (int i : capitals) {
            if (f.charAt(i) != first || i > 0 && Character.isLetter(f.charAt(i - 1))) {
                continue;
            }
            int k = i;
            int letter = 0;
            int end = -1;
            int words = 0;
            while (k < n && letter < acr.length() && words < 10) {
                int ws = k;
                while (k < n && Character.isLetter(f.charAt(k))) {
                    k++;
                }
                if (k == ws) {
                    break;
                }
                words++;
                if (!isFunction(f, ws, k)) {
                    if (f.charAt(ws) != Character.toLowerCase(acr.charAt(letter)) || k - ws < 3) {
                        break; // (a name's words are longer than "is": "the Institute is" spells no "II")
                    }
                    letter++;
                    end = k;
                }
                if (k < n && f.charAt(k) == '\'') {
                    k++;
                } else if (k < n && f.charAt(k) == ' ') {
                    k++;
                } else {
                    break;
                }
            }
            if (letter == acr.length()) {
                String head = f.substring(i, end);
                String firstWord = WORD_END.split(head, 2)[0];
                String lastWord = head.substring(head.lastIndexOf(' ') + 1);
                if (isOrgHead(firstWord) || isOrgHead(lastWord)) {
                    return new int[] {i, end};
                }
            }
        }
        return null;
    }

    private static boolean isOrgHead(String w) {
        for (String h : ORG_HEADS) {
            if (w.equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** Where the words whose initials spell {@code acr} start, just before {@code paren}; -1 if they do not. */
    private static int expansionStart(PostingText t, int paren, String acr) {
        String f = t.fold;
        int k = paren;
        int letter = acr.length() - 1;
        int start = -1;
        int words = 0;
        while (letter >= 0 && k > 0 && words < 14) {
            while (k > 0 && (f.charAt(k - 1) == ' ' || f.charAt(k - 1) == ',')) {
                k--;
            }
            int we = k;
            while (k > 0 && Character.isLetter(f.charAt(k - 1))) {
                k--;
            }
            if (k == we) {
                return -1;
            }
            words++;
            String w = f.substring(k, we);
            if (isFunction(w)) {
                if (k > 0 && f.charAt(k - 1) == '\'') {
                    k--;
                }
                continue;
            }
            if (w.charAt(0) != Character.toLowerCase(acr.charAt(letter))) {
                return -1;
            }
            letter--;
            start = k;
            if (k > 0 && f.charAt(k - 1) == '\'') {
                k--;
                // "l'Aménagement": the elided article belongs to the name
                while (k > 0 && Character.isLetter(f.charAt(k - 1)) && we - k < 40) {
                    k--;
                }
            }
        }
        return letter < 0 ? start : -1;
    }

    /**
     * Whether {@code acronym} is made of the first letters of {@code name}'s words, its small words aside
     * (« ARI » of « Association Régionale pour l'Insertion », « CCAS » of « Centre Communal d'Action Sociale »).
     */
    static boolean initialsOf(String acronym, String name) {
        String a = TextNormalizer.normalize(acronym).fold.strip();
        String f = TextNormalizer.normalize(name).fold;
        StringBuilder initials = new StringBuilder();
        for (String w : f.split("[\\s'’-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !isFunction(w)) {
                initials.append(w.charAt(0));
                if (initials.length() > a.length()) {
                    return false;
                }
            }
        }
        return a.length() >= 2 && initials.toString().equals(a);
    }

    private static boolean isFunction(String w) {
        for (String fw : FUNCTION_WORDS) {
            if (w.equals(fw)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code f[s, e)} is one of {@link #FUNCTION_WORDS}. */
    private static boolean isFunction(String f, int s, int e) {
        for (String fw : FUNCTION_WORDS) {
            if (fw.length() == e - s && f.startsWith(fw, s)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String word) {
        int n = 0;
        int i = text.indexOf(word);
        while (i >= 0 && n < 1000) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
                n++;
            }
            i = text.indexOf(word, e);
        }
        return n;
    }

    private static final Pattern TITLE_ACRONYM = Pattern.compile("(?<![\\p{L}\\d-])(\\p{Lu}{3,7})(?![\\p{L}\\d-])");

    /**
     * « Directeur / Directrice du CBNM » as the title and "Conservatoire Botanique National de Mascarin" in the
     * text: where the body spells out an acronym of the title, with a word naming a body, in the title's order.
     */
    static java.util.List<int[]> titleAcronymsSpelledOut(PostingText t) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        if (t.titleEnd <= t.titleStart) {
            return spans;
        }
        Matcher m = TITLE_ACRONYM.matcher(t.text).region(t.titleStart, t.titleEnd);
        while (m.find()) {
            String acr = m.group(1);
            if (Keywords.containsAny(" " + acr.toLowerCase(java.util.Locale.ROOT) + " ",
                    new String[] {" cdi ", " cdd ", " phd ", " rh ", " hr ", " it ", " ia ", " ai ", " vsi ", " vie "})) {
                continue;
            }
            String before = t.fold.substring(Math.max(t.titleStart, m.start() - 12), m.start());
            if (!LINKED_BEFORE.matcher(before).matches()) {
                continue; // « Directeur du CBNM », not « Chargé de projet – CPE »
            }
            int[] span = spelledOutSpan(t.text, acr, t.bodyStart);
            if (span != null && isOrgHeadOf(t.fold.substring(span[0], span[1]))) {
                spans.add(span);
            }
        }
        return spans;
    }

    private static final Pattern LINKED_BEFORE = Pattern.compile(
            "(?s).*\\b(du|de la|de l'|des|d'|of the|of|at the|at|au sein du|chez|bij|van) ?$");
    private static final String[] TITLE_ACRONYM_HEADS = {"conservatoire", "jardin", "parc ", "musee", "museum",
        "observatoire", "association", "fondation", "foundation", "institut", "centre", "center", "laborato", "universit",
        "ecole", "school", "agence", "agency", "office", "service", "direction", "federation", "union", "reseau", "network",
        "syndicat", "comite", "committee", "societe", "company", "bibliotheque", "library", "theatre", "maison", "collectif",
        "conseil", "council", "department", "departement", "ministere", "ministry", "team", "group", "stichting"};

    /** A name whose words say it is a body (« Conservatoire … », "… Foundation"), not a programme or a country. */
    private static boolean isOrgHeadOf(String fold) {
        return Keywords.containsAny(fold, TITLE_ACRONYM_HEADS);
    }

    /** The first run of capitalised words (function words between them) in the text whose initials spell {@code acr}. */
    static int[] spelledOutSpan(String text, String acr, int from) {
        char c0 = acr.charAt(0);
        int guard = 0;
        for (int i = text.indexOf(c0, from); i >= 0 && guard++ < 400; i = text.indexOf(c0, i + 1)) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int k = 0;
            int p = i;
            int end = -1;
            while (p < text.length() && k <= acr.length()) {
                int we = p;
                while (we < text.length() && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '-')) {
                    we++;
                }
                if (we == p) {
                    break;
                }
                String w = text.substring(p, we);
                if (Character.isUpperCase(w.charAt(0))) {
                    if (k >= acr.length() || Character.toUpperCase(w.charAt(0)) != acr.charAt(k) || w.equals(acr)) {
                        break;
                    }
                    k++;
                    end = we;
                    if (k == acr.length()) {
                        break;
                    }
                } else if (!OrganizationSpans.FUNCTION_WORDS.contains(w) || k == 0) {
                    break;
                }
                // the next word, past one space or an apostrophe (« d'Histoire »)
                if (we < text.length() && (text.charAt(we) == '\'' || text.charAt(we) == '’')) {
                    p = we + 1;
                } else if (we < text.length() && text.charAt(we) == ' ') {
                    p = we + 1;
                } else {
                    break;
                }
            }
            if (k == acr.length() && end > i) {
                return new int[] {i, end};
            }
        }
        return null;
    }
}
