package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of employment written near a duration's word: « contrat de 6 mois », "funded for 3 years", « 12 mois
 * renouvelables », "contract van 2 jaar" ({@link ContractTypeRule} reads it as a fixed term).
 */
final class ContractDurations {
    private ContractDurations() {
    }

    static final Pattern YEARS = Pattern.compile(
            // the first letters of the alternatives below: a search skips every other position at once
            "(?=[fpotcsenyradlvg0-9])"
            + "(?:(?:for|pour) (?:a period of )?(?:1|one|2|two|3|three|un|une|deux|trois) (?:years?|ans?|annees?)(?![a-z])"
            + "|(?:one|two|three|1|2|3)[- ]years? (?:[a-z]{2,15} ){0,3}(?:position|contract|appointment|fellow|postdoc)"
            + "|contrat de \\d{1,2} mois|(?:cdd|contrat) d'une duree de \\d{1,2} mois"
            // « Le poste d'ingénieur(e) d'une durée de 6 mois »
            + "|(?:poste|emploi) (?:[a-z()'-]{2,20} ){0,2}d'une duree de \\d{1,2} (?:mois|ans?)(?![a-z])"
            + "|\\d{1,2} mois renouvelables?|(?:\\d{1,2}|six|twelve|eighteen)[- ]months? (?:contract|position|appointment)"
            + "|(?:contract|position|appointment) (?:for|of) (?:\\d{1,2}|six|twelve) months"
            + "|(?:contract|position|appointment|contrat) (?:for|of|de|pour) (?:1|one|2|two|3|three|un|deux|trois) (?:years?|ans?)"
            + "|not to exceed (?:\\d{1,2}|one|two|three|four|five) (?:years?|months?)"
            // "Initially funded for 12 months", "funded for 3 years", "Term: One year initially"
            + "|funded for (?:\\d{1,2}|one|two|three|six|twelve|eighteen) (?:years?|months)"
            + "|(?:one|two|three|\\d{1,2}) (?:years?|months) initially"
            + "|(?:1|one|2|two|3|three)[- ]years?,? renewable|(?:yearly|annually|annual) renewable|renewable (?:yearly|annually|each year)"
            + "|(?:contract|contrat|overeenkomst|aanstelling|contract van|overeenkomst voor|aanstelling voor|contract voor) (?:van |voor )?(?:1|een|2|twee|3|drie) jaar"
            + "|(?:contract|overeenkomst|aanstelling) (?:van|voor) \\d{1,2} maanden"
            // "Duration: 18 months", « Durée du contrat : 12 mois », « Contractduur: vanaf 7 maanden », "Contract: 2 years"
            + "|(?:duration|contract duration|contract length|contract term|length of (?:the )?contract|contract|duree"
            + "|duree du contrat|duree du poste|duree de la mission|contractduur|looptijd|duur)(?: \\(?[a-z]{1,10}\\)?)? ?:"
            + " ?(?:vanaf |minimaal |minimum |min\\. |at least |au moins |environ |about |approximately )?"
            + "(?:\\d{1,2}|one|two|three|six|twelve|eighteen|un|une|deux|trois|douze|dix-huit|een|twee|drie|zes|twaalf)[ -]"
            + "(?:months?|mois|maanden|maand|years?|ans?|annees?|jaar)(?![a-z])"
            // « Poste à temps plein pour une durée de 6 mois », « voor de duur van een jaar », « gedurende 2 jaar »
            + "|pour une duree (?:determinee )?de \\d{1,2} (?:mois|ans?)(?![a-z])"
            + "|(?:voor|gedurende) de duur van (?:\\d{1,2}|een|twee|drie|zes|twaalf) (?:jaar|maanden)(?![a-z]))");
    /**
     * A length under a label or after « pour une durée de » ("Duration: 1 year", « voor de duur van een jaar »): it
     * fits a volunteer's or a trainee's commitment as well as a fixed term, so it weighs less than a named kind.
     */
    static boolean labelled(String duration) {
        return duration.indexOf(':') > 0 || duration.startsWith("pour une duree") || duration.startsWith("voor de duur")
                || duration.startsWith("gedurende de duur");
    }

    /** The first duration in {@code [from, to)} of {@code f}, its matcher on it; null when there is none. */
    static Matcher find(String f, int from, int to) {
        Matcher m = YEARS.matcher(f);
        return find(m, f, from, to) ? m : null;
    }

    /** The words {@link #YEARS}' alternatives open on, cut short (a digit opens some too). */
    private static final String[] YEARS_OPENINGS = {"for", "pour", "one", "two", "three", "six", "twelve", "eighteen",
        "contra", "cdd", "poste", "emploi", "position", "appointment", "not ", "funded", "yearly", "annual", "renewable",
        "overeenkomst", "aanstelling", "duration", "duree", "duur", "looptijd", "length", "voor", "gedurende"};

    /** {@link #YEARS_OPENINGS} by their first char. */
    private static final String[][] YEARS_BY_FIRST = new String[128][];

    static {
        for (String w : YEARS_OPENINGS) {
            String[] list = YEARS_BY_FIRST[w.charAt(0)];
            list = list == null ? new String[1] : java.util.Arrays.copyOf(list, list.length + 1);
            list[list.length - 1] = w;
            YEARS_BY_FIRST[w.charAt(0)] = list;
        }
    }

    /**
     * {@code m.region(from, to).find()}, the pattern tried only where one of its alternatives can open (a digit or
     * one of {@link #YEARS_OPENINGS}): a search tried its sixteen alternatives at nearly every position. The pattern
     * looks neither behind nor at the region's start, so a try at {@code p} finds what the search finds there.
     */
    private static boolean find(Matcher m, String f, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = f.charAt(p);
            boolean opens = c >= '0' && c <= '9' || c < 128 && YEARS_BY_FIRST[c] != null && Keywords.startsWithAny(f, p, YEARS_BY_FIRST[c]);
            if (opens && m.region(p, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

}
