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
        "werkgever :", "organisme recruteur", "etablissement :", "hiring organization", "structure d'accueil",
        "organisme d'accueil", "etablissement d'accueil", "entreprise d'accueil", "host organisation", "host organization",
        "host institution", "institution :", "institution:"};
    static final String[] VERBS = {" recrute ", " recrutent ", " is hiring ", " recruits ", " zoekt ", " est a la recherche ",
        " sont a la recherche "};
    static final String[] CITY_ANCHORS = {"ville ", "mairie ", "commune ", "metropole ", "departement ", "region ",
        "communaute ", "conseil departemental", "conseil regional", "gemeente ", "stad ", "city "};
    private static final Pattern CITY_BODY = Pattern.compile(
            "(?:Ville|Mairie|Commune|Métropole|Département|Région|Communauté|Conseil (?:départemental|régional)|Gemeente|Stad|City) "
            + "(?:de |du |d'|des |of |van )?\\p{Lu}[\\p{L}-]{1,30}");

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.ORGANIZATION)) {
            return;
        }
        OrganizationPool pool = new OrganizationPool();
        gather(t, pool);
        OrganizationPool.Candidate best = pool.best(t);
        if (best != null) {
            best = spelledOutInPool(pool, best);
            withUnit(t, best);
            commit(t, best);
        }
    }

    /**
     * « ARI » chosen while another candidate spells it out (the letterhead « ASSOCIATION RÉGIONALE POUR
     * L'INSERTION »): the name spelled out, with its acronym after it, as the text names the body both ways.
     */
    private static OrganizationPool.Candidate spelledOutInPool(OrganizationPool pool, OrganizationPool.Candidate best) {
        String acronym = best.value == null ? "" : best.value.strip();
        if (!ACRONYM_LIKE.matcher(acronym).matches() || acronym.chars().filter(Character::isLetter).count() < 2) {
            return best;
        }
        for (OrganizationPool.Candidate c : pool.all()) {
            if (c != best && c.value != null && c.value.length() > acronym.length() + 4 && !c.value.contains("(")
                    && AcronymNames.initialsOf(acronym, c.value)) {
                c.value = c.value.strip() + " (" + acronym + ")";
                return c;
            }
        }
        return best;
    }

    private static final Pattern UNIT_BEFORE = Pattern.compile(
            "(?:^|[\\s(])((?:[Tt]he )?(?:[\\p{Ll}\\d]{0,3}\\p{Lu}[\\p{L}\\d&'’-]*\\s){1,4}(?:[Ll]ab|[Ll]aboratory|[Gg]roup|[Tt]eam|[Pp]roject|[Cc]entre|[Cc]enter)"
            + "|(?:[Ll]ab|[Ll]aboratory|[Gg]roup|[Tt]eam|[Pp]roject|[ÉéEe]quipe|[Ll]aboratoire)(?:\\s\\p{Lu}[\\p{L}\\d&'’-]*){1,3})"
            + "(?: of the | of | at the | at | - | – | du | de la | de l'|, )$");

    /**
     * "the sGlobe lab of the KU Leuven", "DarTwin Project - University of Antwerp": when the text writes a unit
     * (lab, group, team, project) right before the chosen body, the unit and its parent are the employer as named.
     */
    private static void withUnit(PostingText t, OrganizationPool.Candidate c) {
        String v = c.value;
        if (v.length() < 3 || v.length() > 80) {
            return;
        }
        int guard = 0;
        for (int i = t.text.indexOf(v, t.bodyStart); i > 0 && guard++ < 20; i = t.text.indexOf(v, i + 1)) {
            if (!linkBefore(t.text, i)) {
                continue; // (the pattern ends on one of these links: it is tried only after one)
            }
            int from = Math.max(t.lineStart(i), i - 80);
            Matcher m = UNIT_BEFORE.matcher(t.text);
            if (unitBefore(m, t.text, from, i)) {
                String unit = THE.matcher(t.text.substring(m.start(1), i)).replaceFirst("");
                String whole = (unit + v).strip();
                if (whole.indexOf('\n') < 0 && whole.length() <= 120) {
                    c.value = whole;
                    return;
                }
            }
        }
    }

    /**
     * {@code UNIT_BEFORE.matcher(text).region(from, to).find()}, tried only where the pattern can open: at
     * {@code from} (its {@code ^}) and at a space or an opening bracket (elsewhere neither branch of its opening
     * holds, and the {@code ^} branch fails on a space or a bracket, so each try finds what the search finds there).
     */
    private static boolean unitBefore(Matcher m, String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if ((c == from || text.charAt(c) == '(' || " \t\n\u000B\f\r".indexOf(text.charAt(c)) >= 0)
                    && m.region(c, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] UNIT_LINKS = {" of the ", " of ", " at the ", " at ", " - ", " – ", " du ", " de la ",
        " de l'", ", "};
    private static final Pattern THE = Pattern.compile("^[Tt]he ");

    /** Whether one of {@link #UNIT_LINKS} ends at {@code i} (or just before a line break there). */
    private static boolean linkBefore(String text, int i) {
        for (int end = i; end >= i - 2; end--) {
            if (end < 1 || text.charAt(end - 1) != ' ' && text.charAt(end - 1) != '\'') {
                continue; // (every link ends on a space or an apostrophe)
            }
            for (String link : UNIT_LINKS) {
                if (end >= link.length() && text.startsWith(link, end - link.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A score the later, costlier places (acronyms spelled out, every name of the text) are not let to beat: a
     * front matter, a label or a recruiting sentence on top whose words name a body or agree with another place.
     */
    private static final double DECISIVE = 12;

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

    /** A name's footnote mark glued to it: "Bancal1,", "Brown1 and", « Rouzé2 ». */
    private static final Pattern NEXT_AFFILIATION = Pattern.compile(" +[1-9](?=\\p{Lu})");
    private static final Pattern AUTHOR_MARK = Pattern.compile("\\p{Ll}([1-9])(?=[,∗*]|\\s|$)");

    /**
     * A header set like a paper's: « Jean-Daniel Bancal1, Peter Brown2, and Mirjam Weilenmann3 » over « 1CEA,
     * Institut de physique théorique »: the first affiliation, its footnote mark left out, names the host.
     */
    private void affiliation(PostingText t, OrganizationPool pool) {
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
            if (le - ls > 160 || !Character.isUpperCase(s.charAt(ls)) || !hasDigit(s, ls, le)) {
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

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Every candidate the posting offers; {@link OrganizationPool} weighs them. */
    private void gather(PostingText t, OrganizationPool pool) {
        PostingText.Meta m = t.meta(META);
        if (m != null && !personMeta(t, m) && write(t, pool, m.start(), m.end(), "organization.front-matter")) {
            String v = Clean.value(t.slice(m.start(), m.end()));
            String acr = OrganizationNames.acronymAfterInBody(t, v);
            if (acr != null) {
                pool.revalue(v + " (" + acr + ")");
            } else if (v != null) {
                String longer = OrganizationNames.longerName(t.text, v);
                if (!longer.equals(v)) {
                    pool.revalue(longer);
                }
            }
        }
        label(t, pool);
        affiliation(t, pool);
        recruitsTop(t, pool);
        withinTop(t, pool);
        withinDescription(t, pool);
        jobBoardHeader(t, pool);
        namePlaceLine(t, pool);
        OrganizationFrame.inTitle(t, pool);
        OrganizationPool.Candidate sure = pool.best(t);
        if (sure != null && pool.score(t, sure) >= DECISIVE) {
            return; // named by front matter, a label or a recruiting sentence on top, and its words agree: decided
        }
        recruitsBody(t, pool);
        acronym(t, pool);
        cityBody(t, pool);
        if (pool.strongest() < 10) {
            spelledOut(t, pool); // (a costly pass: not weighed against a front matter, a label or a recruiting sentence)
        }
        workplaceBody(t, pool);
        titleAcronym(t, pool);
        m = t.meta("startup", "publisher", "source");
        if (m != null) {
            write(t, pool, m.start(), m.end(), "organization.front-matter-startup");
        }
        OrganizationFrame.pageSiteName(t, pool);
        OrganizationFrame.letterhead(t, pool);
        OrganizationFrame.signature(t, pool);
        if (pool.strongest() >= 8) {
            // a front matter, a label, a recruiting sentence or a header line names the employer: the names of the
            // whole text (the costliest pass) are not weighed against it
            return;
        }
        List<OrganizationCandidates.Candidate> ranked = OrganizationCandidates.ranked(t);
        OrganizationCandidates.Candidate chosen = OrganizationCandidates.best(ranked);
        if (chosen != null) {
            write(t, pool, chosen.start(), chosen.end(), "organization.scored: " + chosen.why());
        }
        int n = 0;
        for (OrganizationCandidates.Candidate c : ranked) {
            if (n++ >= 4) {
                break;
            }
            // below the threshold a name still stands, weakly: a posting nearly always names its employer. One
            // capitalised word with nothing else for it (« Observatoire », "Android") is too likely a common word.
            String name = c.name();
            boolean single = name.indexOf(' ') < 0 && !ACRONYM_LIKE.matcher(name).matches() && !c.why().contains("domain");
            if (c != chosen && !single && c.score() >= 3 && !TitleCandidates.namesAJob(" " + TextNormalizer.normalize(name).fold + " ")) {
                write(t, pool, c.start(), c.end(), "organization.weak: " + c.why(), 1 + Math.min(4, c.score()) / 2.0);
            }
        }
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
    private boolean workplaceBody(PostingText t, OrganizationPool pool) {
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

    /**
     * A front-matter author that is a person ("Stéphanie", "Soizic Pénicaud, équipe EIG"): one to three
     * capitalised words with no acronym and no word naming a body, or a name and its role after a comma.
     */
    private static boolean personMeta(PostingText t, PostingText.Meta m) {
        String key = null;
        for (var e : t.frontMatter.entrySet()) {
            if (e.getValue() == m) {
                key = e.getKey();
            }
        }
        if (!"author".equals(key)) {
            return false;
        }
        String v = m.value().strip();
        if (v.indexOf(',') > 0) {
            return true;
        }
        String[] several = v.split("\\s+(?:and|&|et|en|und)\\s+");
        if (several.length > 1 && java.util.Arrays.stream(several)
                .allMatch(n -> n.indexOf(' ') > 0 && PERSON_NAME.matcher(n).matches())) {
            return true; // "author: Kate Hughes and John Peart": two people, each with a first name and a last name
        }
        if (v.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9')) {
            return true; // "author: vincent": a login, a person's
        }
        String f = " " + TextNormalizer.normalize(v).fold + " ";
        if (Keywords.containsAny(f, OrganizationCandidates.BODIES) || TWO_CAPITALS.matcher(v).matches()) {
            return false;
        }
        if (v.indexOf(' ') < 0) {
            // one word: a first name, unless the posting names it elsewhere ("author: Guidoline", "… | Guidoline")
            String w = TextNormalizer.normalize(v).fold;
            int seen = 0;
            for (int i = t.fold.indexOf(w); i >= 0 && seen < 2; i = t.fold.indexOf(w, i + 1)) {
                if (i < m.start() || i >= m.end()) {
                    seen++;
                }
            }
            return seen == 0;
        }
        return PERSON_NAME.matcher(v).matches();
    }

    private static final Pattern TWO_CAPITALS = Pattern.compile(".*\\p{Lu}{2,}.*");
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,2}");

    private boolean label(PostingText t, OrganizationPool pool) {
        int i = t.hits.first(t.bodyStart, LABELS);
        if (i < 0) {
            return false;
        }
        int colon = t.text.indexOf(':', i);
        int le = t.lineEnd(i);
        if (colon < 0 || colon > i + 30) {
            return false;
        }
        int ls = t.lineStart(i);
        for (int k = ls; k < i; k++) {
            if (Character.isLetterOrDigit(t.text.charAt(k))) {
                // « Animer des formations en établissement : découpe, … »: the word in a sentence, not a label
                return false;
            }
        }
        int start = colon + 1;
        int end = le;
        if (t.text.substring(start, le).isBlank()) {
            // « Structure d'accueil :\nCentre de Recherche Inserm U1219 … »: the value on the next line
            start = le + 1;
            while (start < t.text.length() && (t.text.charAt(start) == '\n' || t.text.charAt(start) == ' ')) {
                start++;
            }
            if (start >= t.text.length() || start - le > 3) {
                return false;
            }
            end = t.lineEnd(start);
        }
        // the value may go on over a broken line ("Direction Générale ..., du Logement\net de la Nature (DGALN)_")
        return write(t, pool, start, end, "organization.label");
    }

    private boolean recruitsTop(PostingText t, OrganizationPool pool) {
        List<int[]> lines = TopLines.of(t, 3);
        for (int[] l : lines) {
            if (orgFromRecruit(t, pool, l[0], l[1])) {
                return true;
            }
        }
        PostingText.Meta title = t.meta("title");
        return title != null && orgFromRecruit(t, pool, title.start(), title.end());
    }

    /** Words of a section's heading ("Company Information", « Coordonnées »), never of a name. */
    private static final String[] SECTION_WORDS = {" information ", " informations ", " details ", " contact ", " overview ",
        " about ", " a propos ", " over ons ", " gegevens ", " profile ", " profil ", " coordonnees ", " background ", " history ",
        " historique ", " presentation ", " achtergrond ", " description "};
    /** Whether a line (folded) is a section's heading ("Company Information", « Coordonnées »), not a name. */
    static boolean sectionHeading(String f) {
        return Keywords.containsAny(" " + f.strip() + " ", SECTION_WORDS);
    }

    /** A page's description that speaks of the job: its « bij X », « chez X » names the body. */
    private static final String[] JOB_TALK = {"recrut", "recherch", "hiring", "zoek", "vrijwillig", "volunteer", "benevol",
        "stage", "job", "vacature", "emploi", "poste", "werk", "intern"};

    /** « Word vrijwilliger bij OOOC De Zandberg in Varsenare »: a page's description naming where the job is. */
    private boolean withinDescription(PostingText t, OrganizationPool pool) {
        PostingText.Meta m = t.meta("description", "summary", "excerpt");
        if (m == null || m.end() <= m.start() || !Keywords.regionContainsAny(t.fold, m.start(), m.end(), JOB_TALK)) {
            return false;
        }
        Matcher w = WITHIN.matcher(t.text).region(m.start(), m.end());
        while (w.find()) {
            String v = w.group(1);
            if (Character.isUpperCase(v.charAt(0)) && write(t, pool, w.start(1), w.end(1), "organization.within")) {
                return true;
            }
        }
        return false;
    }

    /** The preposition a whole word ("Zwerfkat Wommelgem" holds no "at "), then the name. */
    private static final Pattern WITHIN = Pattern.compile("(?<![\\p{L}\\d])(?:au sein de |au sein d'|au sein du |within |chez |at |bij )((?:l'|la )?[\\p{L}\\d][\\p{L}\\d.@-]{1,40}(?: \\p{Lu}[\\p{L}-]{1,30}){0,3})");

    /** « Nous recrutons des designers au sein de beta.gouv.fr » in the first lines: a name or a domain. */
    private boolean withinTop(PostingText t, OrganizationPool pool) {
        for (int[] l : TopLines.of(t, 2)) {
            Matcher m = WITHIN.matcher(t.text).region(l[0], l[1]);
            if (m.find() && Keywords.containsAny(t.fold.substring(l[0], l[1]), new String[] {"recrut", "recherch", "hiring", "zoek"})) {
                String v = m.group(1);
                if (v.contains(".") || Character.isUpperCase(v.charAt(0))) {
                    return write(t, pool, m.start(1), m.end(1), "organization.within");
                }
            }
        }
        return false;
    }

    private boolean recruitsBody(PostingText t, OrganizationPool pool) {
        // « ESSOR recrute un·e alternant·e » further down
        int limit = Math.min(t.fold.length(), t.bodyStart + 4000);
        for (String verb : VERBS) {
            int i = t.hits.first(t.bodyStart, verb);
            if (i > 0 && i < limit) {
                int s = Math.max(t.lineStart(i), t.sentenceStart(i));
                if (orgFromRecruit(t, pool, s, t.sentenceEnd(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean orgFromRecruit(PostingText t, OrganizationPool pool, int s, int e) {
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
            int oe = r.orgEnd();
            if (oe > s0 && t.text.charAt(oe - 1) == ')' && t.text.lastIndexOf('(', oe) < s0) {
                // « … de Mascarin (CBN-CPIE Mascarin) recrute »: the walk back stopped inside the brackets; what
                // they hold is the body's short name
                int open = t.text.lastIndexOf('(', s0);
                if (open >= 0 && open >= t.lineStart(s0) && oe - open <= 40) {
                    return write(t, pool, open + 1, oe - 1, "organization.recruits");
                }
            }
            return write(t, pool, s0, oe, "organization.recruits");
        }
        // "LE PARTENARIAT / Organisation ... / recrute" as separate lines
        String lf = t.fold.substring(s, e).strip();
        if (lf.equals("recrute") || lf.equals("recrute :")) {
            List<int[]> lines = TopLines.of(t, 1);
            return !lines.isEmpty() && lines.get(0)[0] < s && write(t, pool, lines.get(0)[0], lines.get(0)[1], "organization.recruits-block");
        }
        return false;
    }

    /** "Title / Company / SSE organization / Long-term contract / Posted on ..." */
    private boolean jobBoardHeader(PostingText t, OrganizationPool pool) {
        List<int[]> lines = TopLines.of(t, 10);
        if (lines.size() < 4) {
            return false;
        }
        boolean header = false;
        String f = t.fold;
        for (int k = 2; k < lines.size(); k++) {
            int s = lines.get(k)[0];
            int e = lines.get(k)[1]; // (the line read where it stands: it may be a whole paragraph)
            if (opens(f, s, e, "posted on") || opens(f, s, e, "publie") || e - s >= 8 && f.startsWith("contract", e - 8)
                    || opens(f, s, e, "localisation") || opens(f, s, e, "location") || opens(f, s, e, "salaire")
                    || opens(f, s, e, "salary") || opens(f, s, e, "experience") || opens(f, s, e, "education")
                    || is(f, s, e, "cdi") || is(f, s, e, "cdd") || is(f, s, e, "stage") || is(f, s, e, "alternance")
                    || is(f, s, e, "freelance") || opens(f, s, e, "teletravail") || opens(f, s, e, "remote")) {
                header = true;
            }
        }
        int[] second = lines.get(1);
        String first = t.text.substring(lines.get(0)[0], lines.get(0)[1]).strip();
        if (first.endsWith(":")) {
            return false; // "Open Position:\nPart-Time Back End Developer": the label's value is the job
        }
        if (t.titleStart >= second[0] && t.titleStart < second[1]) {
            return false; // "Careers at Green Futures / Programme Coordinator – …": the second line is the job
        }
        for (String boss : REPORTS_TO) {
            if (opens(f, second[0], second[1], boss)) {
                return false; // "Report to | Head of Operations": whom the job answers to, not who offers it
            }
        }
        return header && second[1] - second[0] < 80 && nameLike(t.text.substring(second[0], second[1]))
                && !sectionHeading(f.substring(second[0], second[1])) // "Overview", then the labels of the offer
                && write(t, pool, second[0], second[1], "organization.job-board-header");
    }

    /** The label of the person a job answers to. */
    private static final String[] REPORTS_TO = {"report", "reporting to", "responsible to", "accountable to",
        "line manager", "supervisor", "rattache", "sous la responsabilite", "n+1"};

    private static boolean opens(String f, int s, int e, String prefix) {
        return e - s >= prefix.length() && f.startsWith(prefix, s);
    }

    private static boolean is(String f, int s, int e, String word) {
        return e - s == word.length() && f.startsWith(word, s);
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

    /** "Title / Green Futures Network | Brooklyn, NY": a second line that is a name and its place. */
    private boolean namePlaceLine(PostingText t, OrganizationPool pool) {
        List<int[]> lines = TopLines.of(t, 2);
        if (lines.size() < 2) {
            return false;
        }
        int[] l = lines.get(1);
        if (l[1] - l[0] > 80 || ".:!?".indexOf(t.text.charAt(l[1] - 1)) >= 0) {
            return false; // (« Join our team in Lisbon! »: a sentence, not a name and its place)
        }
        if (t.titleStart >= l[0] && t.titleStart < l[1]) {
            return false; // "Job opportunity / Programme Coordinator – Climate Justice": the job's own line
        }
        int k = placeAfterName(t, l[0], l[1]);
        return k < l[1] && Character.isUpperCase(t.text.charAt(l[0])) && write(t, pool, l[0], l[1], "organization.name-place-line");
    }

    /**
     * « Directeur / Directrice du CBNM » as the title and "Conservatoire Botanique National de Mascarin" in the
     * text: an acronym of the title spelled out by capitalised words in the body names the employer.
     */
    private boolean titleAcronym(PostingText t, OrganizationPool pool) {
        for (int[] span : AcronymNames.titleAcronymsSpelledOut(t)) {
            if (write(t, pool, span[0], span[1], "organization.title-acronym-spelled-out")) {
                return true;
            }
        }
        return false;
    }

    private boolean acronym(PostingText t, OrganizationPool pool) {
        int[] span = AcronymNames.expansion(t);
        return span != null && write(t, pool, span[0], span[1], "organization.acronym");
    }

    private boolean spelledOut(PostingText t, OrganizationPool pool) {
        AcronymNames.SpelledOut found = AcronymNames.spelledOut(t);
        if (found == null || !write(t, pool, found.start(), found.end(), "organization.acronym-spelled-out")) {
            return false;
        }
        // named both ways in the text: "Service numérique canadien (SNC)"
        pool.revalue(Clean.value(t.slice(found.start(), found.end())) + " (" + found.acronym() + ")");
        return true;
    }

    private boolean cityBody(PostingText t, OrganizationPool pool) {
        Map<String, int[]> counts = new HashMap<>();
        String best = null;
        Matcher m = CITY_BODY.matcher(t.text);
        for (String anchor : CITY_ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                m.region(i, Math.min(t.text.length(), i + 70));
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
        return write(t, pool, c[1], c[2], "organization.named-often");
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
    private static int placeAfterName(PostingText t, int s, int e) {
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
                    || TitleCandidates.namesAJob(pf) && !Places.known(place.split(",")[0].strip())) {
                continue;
            }
            return k;
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
                ps = k + 3;
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
        int dash = Math.max(t.fold.lastIndexOf(" - ", e), t.fold.lastIndexOf(" – ", e));
        if (dash <= s || dash + 3 >= e) {
            return e;
        }
        String tail = t.fold.substring(dash + 3, e).strip();
        while (!tail.isEmpty() && ".:!".indexOf(tail.charAt(tail.length() - 1)) >= 0) {
            tail = tail.substring(0, tail.length() - 1).strip();
        }
        return java.util.Arrays.asList(LABEL_TAILS).contains(tail) ? dash : e;
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
        String[] words = Split.at(l, Split.SPACE);
        if (words.length > 8 || words.length < 2) {
            return false; // one word alone on a line is a heading (« Projet », "Contact") more often than a name
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !FUNCTION_WORDS.contains(elided(w.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return true;
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

    private static final Pattern ACRONYM_LIKE = Pattern.compile("[\\p{Lu}\\d&-]{2,10}");

    /** The chosen candidate, and the workplace its header line wrote after it when none is known yet. */
    private static void commit(PostingText t, OrganizationPool.Candidate c) {
        c.value = OrganizationNames.withoutPossessive(c.value);
        t.out().organization(c.value);
        t.set(Field.ORGANIZATION);
        t.evidence(Field.ORGANIZATION, c.start, c.end, c.rule);
        t.organizationStart = c.start;
        t.organizationEnd = c.end;
        if (c.place != null && !t.isSet(Field.LOCATION)) {
            t.out().location(c.place);
            t.location = c.place;
            t.set(Field.LOCATION);
            t.evidence(Field.LOCATION, c.placeStart, c.placeEnd, "location.header-after-organization");
        }
        titleAfterOrganization(t, c.value);
    }

    private static final String[] NAME_THEN_JOB = {" — ", " – ", " - ", " | ", ": "};

    /** "Open Source Initiative — Operations Manager" as the title, the organisation found: the job after its name. */
    private static void titleAfterOrganization(PostingText t, String organization) {
        if (t.titleStart < 0 || t.titleEnd <= t.titleStart || organization == null) {
            return;
        }
        String name = organization.replaceFirst("\\s*\\([^()]*\\)$", "").strip();
        String title = t.text.substring(t.titleStart, t.titleEnd);
        if (name.length() < 3 || !title.regionMatches(true, 0, name, 0, name.length())) {
            return;
        }
        for (String sep : NAME_THEN_JOB) {
            if (title.startsWith(sep, name.length())) {
                int s = t.titleStart + name.length() + sep.length();
                String job = Clean.value(t.slice(s, t.titleEnd));
                if (job != null && job.length() >= 3 && TitleCandidates.namesAJob(TextNormalizer.normalize(job).fold)) {
                    t.out().title(job);
                    t.out().withoutEvidence(Field.TITLE);
                    t.evidence(Field.TITLE, s, t.titleEnd, "title.after-organization");
                    t.titleStart = s;
                }
                return;
            }
        }
    }
}
