package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.ContractType;

/**
 * Where a posting names its contract by a label or by its title, for {@link ContractTypeRule}: a word of the title
 * that names a kind (« Stage en écologie », « Volontaire »), a label in the body and its value (« Type de contrat :
 * Stage »), a label alone on its line above its value ("Duration" then "Ongoing"), or both in one row of a table set
 * as text ("Duration  1 Year").
 */
final class ContractLabels {
    private ContractLabels() {
    }

    record Kind(ContractType type, int start, int end) {
    }

    /** Words of a title that name its kind of contract on their own. */
    private static final java.util.Map<String, ContractType> TITLE_KINDS = java.util.Map.ofEntries(
            java.util.Map.entry("stage", ContractType.STAGE), java.util.Map.entry("stagiaire", ContractType.STAGE),
            java.util.Map.entry("intern", ContractType.STAGE), java.util.Map.entry("internship", ContractType.STAGE),
            java.util.Map.entry("stagiair", ContractType.STAGE), java.util.Map.entry("alternance", ContractType.ALTERNANCE),
            java.util.Map.entry("alternant", ContractType.ALTERNANCE), java.util.Map.entry("alternante", ContractType.ALTERNANCE),
            java.util.Map.entry("apprenti", ContractType.ALTERNANCE), java.util.Map.entry("apprentie", ContractType.ALTERNANCE),
            java.util.Map.entry("apprentice", ContractType.ALTERNANCE), java.util.Map.entry("benevole", ContractType.VOLUNTEER),
            java.util.Map.entry("volunteer", ContractType.VOLUNTEER), java.util.Map.entry("vrijwilliger", ContractType.VOLUNTEER),
            java.util.Map.entry("volontaire", ContractType.VOLUNTEER),
            java.util.Map.entry("professeur", ContractType.OTHER), java.util.Map.entry("professor", ContractType.OTHER),
            java.util.Map.entry("jobiste", ContractType.OTHER));

    /** Volunteers named in the plural: a title of their own only when they open a short title. */
    private static final java.util.Set<String> PLURAL_VOLUNTEERS = java.util.Set.of("volunteers", "vrijwilligers", "benevoles",
            "volontaires");

    /** The first word of the chosen title that names a kind of contract on its own, or null. */
    static Kind titleKind(PostingText t) {
        if (t.titleEnd <= t.titleStart) {
            return null;
        }
        String f = t.fold;
        int i = t.titleStart;
        while (i < t.titleEnd) {
            while (i < t.titleEnd && !Character.isLetter(f.charAt(i))) {
                i++;
            }
            int e = i;
            while (e < t.titleEnd && Character.isLetter(f.charAt(e))) {
                e++;
            }
            String word = f.substring(i, e);
            ContractType k = TITLE_KINDS.get(word);
            boolean opensShortTitle = e + 12 >= t.titleEnd && f.substring(t.titleStart, i).chars().noneMatch(Character::isLetter);
            if (k == null && opensShortTitle && PLURAL_VOLUNTEERS.contains(word)) {
                k = ContractType.VOLUNTEER; // a page titled « Vrijwilligers », "Volunteers wanted" (not « Chargé·e des bénévoles »)
            }
            if (k != null && word.equals("volontaire")) {
                // « Volontaire en service civique », « Volontaire de solidarité internationale »: that kind, else a volunteer
                String rest = f.substring(e, t.titleEnd);
                k = rest.contains("service civique") ? ContractType.SERVICE_CIVIQUE
                        : rest.contains("solidarite internationale") || rest.matches(".*\\bvsi\\b.*") ? ContractType.VSI : k;
            }
            if (k != null) {
                return new Kind(k, i, e);
            }
            if (f.startsWith("maitre de conferences", i) || f.startsWith("service civique", i)) {
                return new Kind(f.charAt(i) == 'm' ? ContractType.OTHER : ContractType.SERVICE_CIVIQUE, i, i + 15);
            }
            i = e;
        }
        return null;
    }

    /** The words {@link #CONTRACT_LABEL}'s labels open on. */
    private static final java.util.Set<String> LABEL_OPENINGS = java.util.Set.of("type", "nature", "statut", "contrat",
            "contract", "employment", "contractvorm", "dienstverband", "soort", "position", "job", "appointment");
    private static final java.util.regex.Pattern CONTRACT_LABEL = java.util.regex.Pattern.compile(
            "[ \\t*#_>•-]*(?:type de contrat|nature du contrat|type of contract|contract type|type de poste|statut|contrat"
            + "|contract|employment type|type of employment|contractvorm|dienstverband|soort contract"
            // "Position type: Volunteer", "Job type: Part-time, Temporary", "Appointment type: Fixed term"
            + "|position type|job type|appointment type)[ *_]*:[ *_]*([^\\n]{2,60})");

    /**
     * A contract label in the body (« Type de contrat : Stage », "Contract type: Temporary"): its value, read like a
     * front-matter value, where a bare « Stage », "Temporary", « bénévole » is enough.
     */
    static Kind bodyLabel(PostingText t) {
        Matcher m = CONTRACT_LABEL.matcher(t.fold);
        int limit = Math.min(t.fold.length(), t.bodyStart + 20_000);
        int guard = 0;
        int colon = -1; // the first colon at or after the line's first letter (lines come in order: found once for many)
        for (int ls = t.bodyStart, le = t.lineEnd(ls); ls < limit && guard < 10; ls = le + 1, le = t.lineEnd(ls)) {
            int a = ls;
            while (a < limit && " \t*#_>•-".indexOf(t.fold.charAt(a)) >= 0) {
                a++;
            }
            if (a < limit && colon < a) {
                colon = t.fold.indexOf(':', a);
                colon = colon < 0 ? Integer.MAX_VALUE : colon;
            }
            if (a >= limit || "tnscedgpja".indexOf(t.fold.charAt(a)) < 0 || colon >= le
                    || !Keywords.wordAtIn(t.fold, a, le, LABEL_OPENINGS) || !m.region(ls, le).lookingAt()) {
                continue; // (a contract label opens on one of these words and ends on a colon: the pattern is tried only there)
            }
            guard++;
            // « Type de contrat : Prestation de service »: a service contract is freelance work (in a sentence,
            // « la prestation de services publics » is what a body does, so only as a label's value)
            ContractType k = m.group(1).strip().startsWith("prestation") ? ContractType.FREELANCE
                    : ContractTypeRule.kindOf(" " + m.group(1).replace('/', ' ') + " ");
            if (k != null) {
                return new Kind(k, m.start(1), m.end(1));
            }
        }
        return null;
    }

    /** Labels written alone on their line, their value on the next: "Duration\n\nOngoing". */
    private static final java.util.Set<String> LABELS_ABOVE = java.util.Set.of("duration", "tenure", "employment type",
            "contract type", "type of contract", "type of employment", "appointment type", "type of appointment",
            "position type", "employment status", "duree", "duree du contrat", "type de contrat", "nature du contrat",
            "contractvorm", "dienstverband", "soort contract", "type contract", "contractduur", "contract", "contrat");
    /** A stated length as a whole value ("One Year", « 12 mois », "6 months"): a fixed term. */
    private static final Pattern LENGTH_VALUE = Pattern.compile(
            "(?:one|two|three|four|six|twelve|eighteen|un|une|deux|trois|een|twee|drie|\\d{1,2}) (?:years?|months?|mois|ans?|jaar|maanden)");
    /** What such a value says when it is the whole value: "Ongoing" is the Australian word for a permanent post. */
    private static final java.util.Map<String, ContractType> WHOLE_VALUES = java.util.Map.of("ongoing", ContractType.CDI,
            "permanent", ContractType.CDI, "temporary", ContractType.CDD, "fixed term", ContractType.CDD,
            "vast", ContractType.CDI, "tijdelijk", ContractType.CDD, "ongoing full time", ContractType.CDI,
            "ongoing part time", ContractType.CDI);

    /** A label alone on its line, its value alone on the next line that is not blank. */
    static Kind labelAbove(PostingText t) {
        String f = t.fold;
        int ls = t.bodyStart;
        int guard = 0;
        while (ls < f.length() && guard++ < 400) {
            int le = f.indexOf('\n', ls);
            le = le < 0 ? f.length() : le;
            // a table's row set as text: the label, two spaces or a tab, its value ("Duration  1 Year")
            int gap = le - ls <= 70 ? columnGap(f, ls, le) : -1;
            if (le - ls <= 30 || gap > 0) {
                String label = f.substring(ls, gap > 0 ? gap : le).strip();
                if (label.endsWith(":")) {
                    label = label.substring(0, label.length() - 1).strip();
                }
                if (LABELS_ABOVE.contains(label)) {
                    int vs = gap > 0 ? gap : le;
                    while (vs < f.length() && Character.isWhitespace(f.charAt(vs))) {
                        vs++;
                    }
                    int ve = f.indexOf('\n', vs);
                    ve = ve < 0 ? f.length() : ve;
                    if (vs < ve && ve - vs <= 40) {
                        String v = f.substring(vs, ve).strip().replace(',', ' ').replace('-', ' ').replaceAll(" +", " ");
                        ContractType k = WHOLE_VALUES.get(v);
                        if (k == null) {
                            k = ContractTypeRule.kindOf(" " + v + " ");
                        }
                        if (k == null && LENGTH_VALUE.matcher(v).matches()) {
                            k = ContractType.CDD; // "Contract / One Year", « Durée / 12 mois »
                        }
                        if (k != null) {
                            return new Kind(k, vs, ve);
                        }
                    }
                }
            }
            ls = le + 1;
        }
        return null;
    }

    /** The first letters of the labels above ({@link #LABELS_ABOVE}). */
    private static final String LABEL_INITIALS = "dtecapns";

    /** Where a table row's first cell ends on the line {@code [ls, le)} (two spaces or a tab after a word), or -1. */
    private static int columnGap(String f, int ls, int le) {
        int a = ls;
        while (a < le && Character.isWhitespace(f.charAt(a))) {
            a++;
        }
        if (a >= le || LABEL_INITIALS.indexOf(f.charAt(a)) < 0) {
            return -1; // (no label above starts otherwise: most lines are passed over at their first letter)
        }
        for (int k = a + 1; k + 1 < le && k - a <= 30; k++) {
            if (f.charAt(k) == '\t' || f.charAt(k) == ' ' && f.charAt(k + 1) == ' ') {
                return k;
            }
        }
        return -1;
    }
}
