package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.sillage.importing.extract.OrganizationSpans.write;

/**
 * The body that hosts the job, named where a paper names its authors' affiliations (« 1CEA, Institut de physique
 * théorique ») or after a workplace label (« Lieu de travail : laboratoire Géographie-Cités »).
 */
final class OrganizationHosts {
    private OrganizationHosts() {
    }

    /** A name's footnote mark glued to it: "Bancal1,", "Brown1 and", « Rouzé2 ». */
    private static final Pattern NEXT_AFFILIATION = Pattern.compile(" +[1-9](?=\\p{Lu})");
    private static final Pattern AUTHOR_MARK = Pattern.compile("\\p{Ll}([1-9])(?=[,∗*]|\\s|$)");

    /**
     * A header set like a paper's: « Jean-Daniel Bancal1, Peter Brown2, and Mirjam Weilenmann3 » over « 1CEA,
     * Institut de physique théorique »: the first affiliation, its footnote mark left out, names the host.
     */
    static void affiliation(PostingText t, OrganizationPool pool) {
        String s = t.text;
        int seen = 0;
        for (int ls = t.bodyStart; ls < s.length() && seen < 15; ) {
            int le = t.lineEnd(ls);
            if (le - ls < 3) {
                ls = le + 1;
                continue;
            }
            seen++;
            // the cheap tests first: the pattern was searched on every line (2 % of the reading time)
            if (le - ls > 160 || !Character.isUpperCase(s.charAt(ls)) || !markedWord(s, ls, le)) {
                ls = le + 1;
                continue;
            }
            Matcher a = AUTHOR_MARK.matcher(s).region(ls, le);
            if (a.find()) {
                char mark = a.group(1).charAt(0);
                int next = le + 1;
                for (int k = 0; k < 4 && next < s.length(); ) {
                    int ne = t.lineEnd(next);
                    if (ne - next >= 3) {
                        k++;
                        if (s.charAt(next) == mark && Character.isUpperCase(s.charAt(next + 1)) && ne - next <= 120) {
                            // « 1CNRS, Gipsa-lab 2École Centrale de Lyon »: the next affiliation's mark ends the first
                            Matcher other = NEXT_AFFILIATION.matcher(s).region(next + 1, ne);
                            write(t, pool, next + 1, other.find() ? other.start() : ne, "organization.affiliation");
                            return;
                        }
                    }
                    next = ne + 1;
                }
            }
            ls = le + 1;
        }
    }

    /** A lower-case letter then a digit from 1 to 9 (« Bancal1 »): where {@link #AUTHOR_MARK} can match, and only there. */
    private static boolean markedWord(String s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9' && Character.getType(s.codePointBefore(i)) == Character.LOWERCASE_LETTER) {
                return true;
            }
        }
        return false;
    }

    /** Workplace labels that name a body by themselves: their value needs no laboratory's word. */
    private static final java.util.Set<String> BODY_LABELS = java.util.Set.of("laboratoire", "laboratory", "host laboratory",
        "laboratoire d'accueil", "host lab");
    static final String[] WORKPLACE = {"lieu de la these", "lieu de these", "lieu de travail", "lieu du stage",
        "lieu de stage", "lieu", "laboratoire d'accueil", "laboratoire", "laboratory", "equipe d'accueil", "unite d'accueil", "host institution",
        "host laboratory", "host lab", "location", "place of work", "workplace"};
    private static final String[] LAB_WORDS = {"laborato", "lab ", "-lab", " lab", "institut", "universit", "umr ", "inria",
        "cnrs", "inrae", "ecole ", "school of", "centre de recherche", "research center", "research centre"};
    private static final String[] SENTENCE_VERBS = {" is ", " are ", " est ", " sont ", " will ", " sera ", " se trouve",
        " located", " situe", " vous ", " you "};
    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d\\)\\s*|\\s*[*†‡]");

    /** A paragraph's run-in heading before a label on its line: « Infos. Location: IRISA, Rennes ». */
    private static final Pattern RUN_IN_HEAD = Pattern.compile("\\s*\\p{L}{2,20}\\. ");
    private static final Pattern ACRONYM_THEN_COMMA = Pattern.compile("(\\p{Lu}[\\p{Lu}\\d&-]{2,9}), (\\p{Lu}[\\p{L}'’ -]{1,40})");

    /**
     * "Location: IRISA, Rennes, France": a workplace label's value that opens with an acronym, then a place of the
     * gazetteer after its comma, names the host body by its acronym.
     */
    private static boolean acronymThenPlace(PostingText t, int vs, int le) {
        Matcher m = ACRONYM_THEN_COMMA.matcher(t.text).region(vs, le);
        if (!m.lookingAt()) {
            return false;
        }
        String acr = m.group(1);
        if (acr.chars().filter(Character::isLetter).count() < 3 || LocationRule.COUNTRIES.contains(acr.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        Places places = Places.get();
        int ps = m.start(2);
        int e = ps;
        // the place: its longest run of words, up to four, that the gazetteer knows
        for (int words = 0; words < 4 && e < m.end(2); words++) {
            int k = e;
            while (k < m.end(2) && t.text.charAt(k) != ' ' && t.text.charAt(k) != ',') {
                k++;
            }
            if (places.find(Places.keyOfFolded(t.fold, ps, k)) != null) {
                return true;
            }
            e = k + 1;
        }
        return false;
    }

    /**
     * « Lieu de travail : laboratoire Géographie-Cités (Aubervilliers) », "Host laboratory: X": a workplace
     * label whose value names a laboratory, an institute or a university names the employer; the place in
     * parentheses or after a comma is left to the location.
     */
    static boolean workplaceBody(PostingText t, OrganizationPool pool) {
        int limit = Math.min(t.fold.length(), t.bodyStart + 3000);
        for (String label : WORKPLACE) {
            for (int i : t.hits.of(label)) {
                if (i < t.bodyStart || i > limit) {
                    continue;
                }
                int ls = t.lineStart(i);
                int from = i + label.length();
                if (!Keywords.onlyChars(t.fold, ls, i, "-*#_ 0.•") && !RUN_IN_HEAD.matcher(t.fold.substring(ls, i)).matches()
                        || from < t.fold.length() && Character.isLetter(t.fold.charAt(from))) {
                    continue;
                }
                int le = t.lineEnd(i);
                int vs = from;
                while (vs < le && " :*_".indexOf(t.fold.charAt(vs)) >= 0) {
                    vs++;
                }
                if (BODY_LABELS.contains(label) && t.fold.substring(from, vs).indexOf(':') < 0) {
                    continue; // « Laboratoire de Physique » begins a name; « Laboratoire : X » is a label
                }
                if (vs >= le) { // the label alone on its line: the value is the next line
                    vs = le + 1;
                    while (vs < t.fold.length() && Character.isWhitespace(t.fold.charAt(vs))) {
                        vs++;
                    }
                    if (vs >= t.fold.length()) {
                        continue;
                    }
                    le = t.lineEnd(vs);
                }
                int colon = t.fold.indexOf(':', vs);
                if (colon > vs && colon + 2 < le && colon - vs < 30 && Character.isLowerCase(t.text.charAt(vs))) {
                    vs = colon + 1; // « Lieu de réalisation de la thèse : X »: the label runs on to its colon
                    while (vs < le && t.fold.charAt(vs) == ' ') {
                        vs++;
                    }
                }
                String vf = " " + t.fold.substring(vs, le) + " ";
                if (!Keywords.containsAny(vf, LAB_WORDS) && !BODY_LABELS.contains(label) && !acronymThenPlace(t, vs, le)
                        || Keywords.containsAny(vf, SENTENCE_VERBS)) {
                    continue;
                }
                int ve = le;
                for (String cut : new String[] {" (", ", ", " - ", " – ", ". ", ";"}) {
                    int k = Keywords.indexIn(t.fold, cut, vs, ve);
                    if (k > vs && !t.fold.startsWith(" (1)", k) && !t.fold.startsWith(" (2)", k)) {
                        ve = k;
                    }
                }
                ve = OrganizationNames.withAcronym(t, vs, ve); // « Hypoxie Physiopathologie (HP2), Grenoble »: the body's acronym is its name's
                String v = FOOTNOTE.matcher(t.slice(vs, ve)).replaceAll("").strip();
                if (v.endsWith(".")) {
                    v = v.substring(0, v.length() - 1);
                }
                if (v.length() >= 3 && v.length() <= 120 && OrganizationNames.plausible(v) && write(t, pool, vs, ve, "organization.workplace-names-a-lab")) {
                    pool.revalue(v);
                    return true;
                }
            }
        }
        return false;
    }
}
