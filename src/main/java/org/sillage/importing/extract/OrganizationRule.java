package org.sillage.importing.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

import static org.sillage.importing.extract.OrganizationSpans.ACRONYM_LIKE;
import static org.sillage.importing.extract.OrganizationSpans.write;

/**
 * The hiring organisation, in this order: front matter ({@code organization}, {@code company},
 * {@code author}...); a label (« Émis par : », « Employeur : », "Company:"); « X recrute » near the top;
 * the lines a job board prints under the title ({@link OrganizationHeaders}); a name with its acronym used throughout ("Service numérique
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
        "host institution", "institution :", "institution:",
        // Dutch labels: « Organisatie: Stichting X », « Opdrachtgever: … »; English "Organisation name:"
        "organisatie:", "organisatie :", "opdrachtgever:", "opdrachtgever :", "organisation name:", "organization name:",
        "employer name:", "company name:", "nom de la structure", "nom de l'organisme", "nom de l'employeur",
        "nom de l'entreprise"};
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
            best = OrganizationChoice.spelledOutInPool(pool, best);
            OrganizationChoice.withUnit(t, best);
            OrganizationChoice.commit(t, best);
        }
    }

    /**
     * A score the later, costlier places (acronyms spelled out, every name of the text) are not let to beat: a
     * front matter, a label or a recruiting sentence on top whose words name a body or agree with another place.
     */
    private static final double DECISIVE = 12;

    /** Every candidate the posting offers; {@link OrganizationPool} weighs them. */
    private void gather(PostingText t, OrganizationPool pool) {
        PostingText.Meta m = t.meta(META);
        if (m != null && !OrganizationFrame.personMeta(t, m) && write(t, pool, m.start(), m.end(), "organization.front-matter")) {
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
        OrganizationHosts.affiliation(t, pool);
        recruitsTop(t, pool);
        withinTop(t, pool);
        withinDescription(t, pool);
        OrganizationHeaders.jobBoardHeader(t, pool);
        OrganizationHeaders.titleThenAt(t, pool);
        OrganizationHeaders.namePlaceLine(t, pool);
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
        OrganizationHosts.workplaceBody(t, pool);
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
            if (c != chosen && !single && c.score() >= 3 && !JobNames.namesAJob(" " + TextNormalizer.normalize(name).fold + " ")) {
                write(t, pool, c.start(), c.end(), "organization.weak: " + c.why(), 1 + Math.min(4, c.score()) / 2.0);
            }
        }
    }


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
        if (title != null && orgFromRecruit(t, pool, title.start(), title.end())) {
            return true;
        }
        // a page's summary in its front matter: "short_description: OpenNorth is seeking a …"
        PostingText.Meta summary = t.meta("short_description", "summary", "excerpt", "intro", "teaser");
        return summary != null && orgFromRecruit(t, pool, summary.start(), summary.end());
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
            // (the words first: a top line may be a whole paragraph, and the pattern is the slower test)
            if (Keywords.containsAny(t.fold.substring(l[0], l[1]), new String[] {"recrut", "recherch", "hiring", "zoek"}) && m.find()) {
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
            while (oe > s0 && (t.text.charAt(oe - 1) == ',' || t.text.charAt(oe - 1) == ' ')) {
                oe--; // « … (34480), recherche »
            }
            int comma = t.text.lastIndexOf(", ", oe);
            if (comma > s0 && comma + 2 < oe && t.text.lastIndexOf('(', oe) < comma && t.text.lastIndexOf(' ', comma) < s0) {
                // « Aujourd'hui, la Gaîté Lyrique recherche »: one word then a comma is an opening adverb, and the
                // name follows it (« Ville de Lille, Direction des sports recrute » keeps its whole name)
                s0 = comma + 2;
            }
            if (oe > s0 && t.text.charAt(oe - 1) == ')' && t.text.lastIndexOf('(', oe) < s0) {
                int open = t.text.lastIndexOf('(', s0);
                // « … de Mascarin (CBN-CPIE Mascarin) recrute »: the walk back stopped inside the brackets; what
                // they hold is the body's short name
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

}
