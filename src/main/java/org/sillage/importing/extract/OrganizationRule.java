package org.sillage.importing.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/**
 * The hiring organisation, in this order: front matter ({@code organization}, {@code company},
 * {@code author}...); a label (« Émis par : », « Employeur : », "Company:"); « X recrute » near the top;
 * the second line of a job-board header; a name with its acronym used throughout ("Service numérique
 * canadien (SNC)"), or the quoted name that follows it; « Ville de X » named again and again; front matter
 * {@code startup}.
 */
final class OrganizationRule implements Rule {
    private static final String[] META = {"organization", "organisation", "company", "employer", "hiring_organization",
        "hiringorganization", "entreprise", "structure", "author", "organisme", "werkgever"};
    static final String[] LABELS = {"emis par", "employeur :", "employeur:", "organisation :", "organisation:",
        "organization:", "organisme :", "structure :", "entreprise :", "company:", "company :", "employer:", "werkgever:",
        "werkgever :", "organisme recruteur", "etablissement :", "hiring organization"};
    static final String[] VERBS = {" recrute ", " recrutent ", " is hiring ", " recruits ", " zoekt "};
    static final String[] CITY_ANCHORS = {"ville ", "mairie ", "commune ", "metropole ", "departement ", "region ",
        "communaute ", "conseil departemental", "conseil regional", "gemeente ", "stad ", "city "};
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z&]{1,7})\\)");
    private static final Pattern CITY_BODY = Pattern.compile(
            "(?:Ville|Mairie|Commune|Métropole|Département|Région|Communauté|Conseil (?:départemental|régional)|Gemeente|Stad|City) "
            + "(?:de |du |d'|des |of |van )?\\p{Lu}[\\p{L}-]{1,30}");
    private static final String[] ORG_HEADS = {"service", "direction", "ministere", "agence", "association", "groupement",
        "fondation", "institut", "centre", "universite", "office", "conseil", "commission", "laboratoire", "societe",
        "federation", "union", "caisse", "chambre", "syndicat", "etablissement", "communaute", "mairie", "ville",
        "departement", "region", "secretariat", "bureau", "organisation", "organization", "agency", "department",
        "ministry", "council", "institute", "university", "foundation", "federation", "dienst", "stichting", "vereniging",
        "gemeente", "universiteit", "ministerie", "laboratory", "school", "ecole", "museum", "musee", "comite", "committee",
        "autorite", "authority", "observatoire", "reseau", "network", "collectif", "cooperative"};
    private static final String[] FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "of", "the",
        "and", "for", "en", "pour", "d", "l", "van", "het", "voor", "sur", "in"};

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.ORGANIZATION)) {
            return;
        }
        PostingText.Meta m = t.meta(META);
        if (m != null && write(t, m.start(), m.end(), "organization.front-matter")) {
            return;
        }
        if (label(t) || recruitsTop(t) || withinTop(t) || jobBoardHeader(t) || recruitsBody(t) || acronym(t) || cityBody(t) || spelledOut(t)) {
            return;
        }
        m = t.meta("startup", "publisher", "source");
        if (m != null) {
            write(t, m.start(), m.end(), "organization.front-matter-startup");
        }
    }

    private boolean label(PostingText t) {
        int i = t.hits.first(t.bodyStart, LABELS);
        if (i < 0) {
            return false;
        }
        int colon = t.text.indexOf(':', i);
        int le = t.lineEnd(i);
        if (colon < 0 || colon > i + 30) {
            return false;
        }
        int end = le;
        // the value may go on over a broken line ("Direction Générale ..., du Logement\net de la Nature (DGALN)_")
        return write(t, colon + 1, end, "organization.label");
    }

    private boolean recruitsTop(PostingText t) {
        List<int[]> lines = TitleRule.topLines(t, 3);
        for (int[] l : lines) {
            if (orgFromRecruit(t, l[0], l[1])) {
                return true;
            }
        }
        PostingText.Meta title = t.meta("title");
        return title != null && orgFromRecruit(t, title.start(), title.end());
    }

    private static final Pattern WITHIN = Pattern.compile("(?:au sein de |au sein d'|au sein du |within |chez |at |bij )((?:l'|la )?[\\p{L}\\d][\\p{L}\\d.@-]{1,40}(?: \\p{Lu}[\\p{L}-]{1,30}){0,3})");

    /** « Nous recrutons des designers au sein de beta.gouv.fr » in the first lines: a name or a domain. */
    private boolean withinTop(PostingText t) {
        for (int[] l : TitleRule.topLines(t, 2)) {
            Matcher m = WITHIN.matcher(t.text).region(l[0], l[1]);
            if (m.find() && Keywords.containsAny(t.fold.substring(l[0], l[1]), new String[] {"recrut", "recherch", "hiring", "zoek"})) {
                String v = m.group(1);
                if (v.contains(".") || Character.isUpperCase(v.charAt(0))) {
                    return write(t, m.start(1), m.end(1), "organization.within");
                }
            }
        }
        return false;
    }

    private boolean recruitsBody(PostingText t) {
        // « ESSOR recrute un·e alternant·e » further down
        int limit = Math.min(t.fold.length(), t.bodyStart + 4000);
        for (String verb : VERBS) {
            int i = t.hits.first(t.bodyStart, verb);
            if (i > 0 && i < limit) {
                int s = Math.max(t.lineStart(i), t.sentenceStart(i));
                if (orgFromRecruit(t, s, t.sentenceEnd(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean orgFromRecruit(PostingText t, int s, int e) {
        Recruit.Match r = Recruit.find(t.text, t.fold, s, e);
        if (r != null && r.orgStart() >= 0) {
            int s0 = r.orgStart();
            if (t.fold.startsWith("l'", s0) && r.orgEnd() > s0 + 3) {
                s0 += 2; // "L'incubateur de la DINUM"
            }
            for (String generic : new String[] {"association ", "ong ", "entreprise ", "structure ", "organisation "}) {
                if (t.fold.startsWith(generic, s0) && r.orgEnd() > s0 + generic.length() + 1
                        && Character.isUpperCase(t.text.charAt(s0 + generic.length()))) {
                    s0 += generic.length(); // "L'association Solidarité Nord-Sud" -> its name
                }
            }
            return write(t, s0, r.orgEnd(), "organization.recruits");
        }
        // "LE PARTENARIAT / Organisation ... / recrute" as separate lines
        String lf = t.fold.substring(s, e).strip();
        if (lf.equals("recrute") || lf.equals("recrute :")) {
            List<int[]> lines = TitleRule.topLines(t, 1);
            return !lines.isEmpty() && lines.get(0)[0] < s && write(t, lines.get(0)[0], lines.get(0)[1], "organization.recruits-block");
        }
        return false;
    }

    /** "Title / Company / SSE organization / Long-term contract / Posted on ..." */
    private boolean jobBoardHeader(PostingText t) {
        List<int[]> lines = TitleRule.topLines(t, 10);
        if (lines.size() < 4) {
            return false;
        }
        boolean header = false;
        for (int k = 2; k < lines.size(); k++) {
            String lf = t.fold.substring(lines.get(k)[0], lines.get(k)[1]);
            if (lf.startsWith("posted on") || lf.startsWith("publie") || lf.endsWith("contract") || lf.startsWith("localisation")
                    || lf.startsWith("location") || lf.startsWith("salaire") || lf.startsWith("salary") || lf.startsWith("experience")
                    || lf.startsWith("education") || lf.equals("cdi") || lf.equals("cdd") || lf.equals("stage") || lf.equals("alternance")
                    || lf.equals("freelance") || lf.startsWith("teletravail") || lf.startsWith("remote")) {
                header = true;
            }
        }
        int[] second = lines.get(1);
        return header && second[1] - second[0] < 80 && write(t, second[0], second[1], "organization.job-board-header");
    }

    private boolean acronym(PostingText t) {
        Map<String, Integer> counts = new HashMap<>();
        String bestName = null;
        int bestCount = 1;
        int bs = 0;
        int be = 0;
        int guard = 0;
        int p = t.text.indexOf('(');
        while (p >= 0 && guard++ < 300) {
            Matcher m = ACRONYM.matcher(t.text).region(p, Math.min(t.text.length(), p + 12));
            p = t.text.indexOf('(', p + 1);
            if (!m.lookingAt()) {
                continue;
            }
            String acr = m.group(1);
            int start = expansionStart(t, m.start(), acr);
            if (start < 0) {
                continue;
            }
            String head = t.fold.substring(start, m.start()).strip();
            String first = head.split("[ ']", 2)[0];
            String last = head.substring(head.lastIndexOf(' ') + 1);
            if (!isOrgHead(first) && !isOrgHead(last)) {
                continue;
            }
            int count = counts.computeIfAbsent(acr, a -> count(t.text, a));
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
        return bestName != null && write(t, bs, be, "organization.acronym");
    }

    /**
     * An acronym used three times or more ("SNC", "CDS") and, somewhere, the organisation's name whose
     * initials spell it ("Service numérique canadien"), even without the acronym in parentheses.
     */
    private boolean spelledOut(PostingText t) {
        String s = t.text;
        Map<String, Integer> counts = new HashMap<>();
        int n = s.length();
        int guard = 0;
        for (int i = t.bodyStart; i < n && guard < 5000; i++) {
            if (!Character.isUpperCase(s.charAt(i)) || i > 0 && Character.isLetter(s.charAt(i - 1))) {
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
            i = e;
        }
        // the three acronyms used most, each at least three times
        List<Map.Entry<String, Integer>> frequent = new java.util.ArrayList<>(counts.entrySet());
        frequent.removeIf(c -> c.getValue() < 3);
        frequent.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        String best = null;
        int[] span = null;
        for (Map.Entry<String, Integer> c : frequent.subList(0, Math.min(3, frequent.size()))) {
            span = findSpelledOut(t, c.getKey());
            if (span != null) {
                best = c.getKey();
                break;
            }
        }
        if (best == null) {
            return false;
        }
        if (!write(t, span[0], span[1], "organization.acronym-spelled-out")) {
            return false;
        }
        // named both ways in the text: "Service numérique canadien (SNC)"
        t.out().organization(Clean.value(t.slice(span[0], span[1])) + " (" + best + ")");
        return true;
    }

    /** Span of words whose initials spell {@code acr}, starting with an organisation word, or null. */
    private static int[] findSpelledOut(PostingText t, String acr) {
        String f = t.fold;
        String s = t.text;
        char first = Character.toLowerCase(acr.charAt(0));
        int n = f.length();
        for (int i = t.bodyStart; i < n; i++) {
            if (f.charAt(i) != first || !Character.isUpperCase(s.charAt(i)) || i > 0 && Character.isLetter(f.charAt(i - 1))) {
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
                String w = f.substring(ws, k);
                if (!isFunction(w)) {
                    if (w.charAt(0) != Character.toLowerCase(acr.charAt(letter))) {
                        break;
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
                String firstWord = head.split("[ ']", 2)[0];
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

    private static boolean isFunction(String w) {
        for (String fw : FUNCTION_WORDS) {
            if (w.equals(fw)) {
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

    private boolean cityBody(PostingText t) {
        Map<String, int[]> counts = new HashMap<>();
        String best = null;
        for (String anchor : CITY_ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                Matcher m = CITY_BODY.matcher(t.text).region(i, Math.min(t.text.length(), i + 70));
                if (!m.lookingAt()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(m.group(), k -> new int[] {0, m.start(), m.end()});
                c[0]++;
                if (best == null || c[0] > counts.get(best)[0]) {
                    best = m.group();
                }
            }
        }
        if (best == null || counts.get(best)[0] < 3) {
            return false;
        }
        int[] c = counts.get(best);
        return write(t, c[1], c[2], "organization.named-often");
    }

    private boolean write(PostingText t, int s, int e, String rule) {
        if (e <= s) {
            return false;
        }
        String v = Clean.value(t.slice(s, e));
        if (v == null || v.length() < 2 || v.length() > 150) {
            return false;
        }
        t.out().organization(v);
        t.set(Field.ORGANIZATION);
        t.evidence(Field.ORGANIZATION, s, e, rule);
        return true;
    }
}
