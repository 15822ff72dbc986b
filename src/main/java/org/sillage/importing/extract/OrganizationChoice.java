package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sillage.domain.Field;

import static org.sillage.importing.extract.OrganizationSpans.ACRONYM_LIKE;

/**
 * The candidate the pool chose, made the posting's organisation: spelled out when it is an acronym another
 * candidate spells, with the unit the text writes before it, and the job after its name taken as the title.
 */
final class OrganizationChoice {
    private OrganizationChoice() {
    }

    /**
     * « ARI » chosen while another candidate spells it out (the letterhead « ASSOCIATION RÉGIONALE POUR
     * L'INSERTION »): the name spelled out, with its acronym after it, as the text names the body both ways.
     */
    static OrganizationPool.Candidate spelledOutInPool(OrganizationPool pool, OrganizationPool.Candidate best) {
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

    /** The unit's words as folded: the pattern below cannot match where none of them stands. */
    private static final String[] UNIT_WORDS = {"lab", "group", "team", "project", "centre", "center", "equipe"};
    private static final Pattern UNIT_BEFORE = Pattern.compile(
            "(?:^|[\\s(])((?:[Tt]he )?(?:[\\p{Ll}\\d]{0,3}\\p{Lu}[\\p{L}\\d&'’-]*\\s){1,4}(?:[Ll]ab|[Ll]aboratory|[Gg]roup|[Tt]eam|[Pp]roject|[Cc]entre|[Cc]enter)"
            + "|(?:[Ll]ab|[Ll]aboratory|[Gg]roup|[Tt]eam|[Pp]roject|[ÉéEe]quipe|[Ll]aboratoire)(?:\\s\\p{Lu}[\\p{L}\\d&'’-]*){1,3})"
            + "(?: of the | of | at the | at | - | – | du | de la | de l'|, )$");

    /**
     * "the sGlobe lab of the KU Leuven", "DarTwin Project - University of Antwerp": when the text writes a unit
     * (lab, group, team, project) right before the chosen body, the unit and its parent are the employer as named.
     */
    static void withUnit(PostingText t, OrganizationPool.Candidate c) {
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
            if (Keywords.regionContainsAny(t.fold, from, i, UNIT_WORDS) && unitBefore(m, t.text, from, i)) {
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

    /** The chosen candidate, and the workplace its header line wrote after it when none is known yet. */
    static void commit(PostingText t, OrganizationPool.Candidate c) {
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
                if (job != null && job.length() >= 3 && JobNames.namesAJob(TextNormalizer.normalize(job).fold)) {
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
