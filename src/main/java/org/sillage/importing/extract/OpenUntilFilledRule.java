package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/**
 * "Open until filled": « jusqu'à ce que le poste soit pourvu », "rolling basis", « pas de date de
 * clôture », "no closing date", "tot de vacature is ingevuld". May stand beside a dated deadline.
 */
final class OpenUntilFilledRule implements Rule {
    /** Phrases saying the job stays open until it is filled. */
    private static final String UNTIL_FILLED_WORDS =
            "jusqu'a ce que (?:le|la) (?:poste|position|mission|offre) (?:soit|ait ete|sera) (?:pourvue?|occupee?|combl[ee]e?|attribuee?)"
            + "|jusqu'(?:a|au) (?:pourvoi|recrutement)|jusqu'a (?:ce que nous trouvions|avoir trouve)"
            + "|until (?:the )?(?:position|role|post|job|vacancy) (?:is|has been) filled|until filled|until (?:a|the) (?:suitable )?candidate is (?:found|selected|hired)"
            + "|tot (?:de )?(?:vacature|functie) (?:is )?(?:ingevuld|vervuld)(?: is)?|open until filled"
            // « Deze vacature blijft open tot ze is ingevuld », « staat open tot de functie ingevuld is »
            + "|(?:blijft|staat) open (?:tot|totdat) (?:ze|hij|zij|deze|de (?:vacature|functie|plaats)) (?:is )?(?:ingevuld|vervuld)"
            // "we will keep this job ad open until we find the right person", "will close this advert when we find the
            // right person", « jusqu'à trouver la bonne personne », « tot we de juiste persoon gevonden hebben »
            + "|until (?:we|i) (?:find|have found) (?:the|a) (?:right|suitable) (?:person|candidate|applicant)"
            + "|(?:when|once) we (?:find|have found) (?:the|a) (?:right|suitable) (?:person|candidate|applicant)"
            + "|jusqu'a (?:trouver|ce que nous trouvions) (?:la bonne personne|le bon profil|la personne)"
            + "|tot (?:we|wij) de juiste (?:persoon|kandidaat) (?:hebben )?gevonden";
    /** Phrases saying applications are read as they come, not that the job stays open until it is filled. */
    private static final String ROLLING_WORDS = "(?:on|in) (?:a rolling|an ongoing) basis|rolling (?:applications|admissions)"
            + "|au fil de l'eau|candidatures? (?:sont )?(?:examinees|traitees|etudiees) au fur et a mesure"
            + "|sollicitaties worden doorlopend|doorlopend (?:solliciteren|reageren)";
    private static final Pattern UNTIL_FILLED = Pattern.compile(UNTIL_FILLED_WORDS);
    private static final Pattern ROLLING = Pattern.compile(ROLLING_WORDS);
    private static final Pattern PHRASE = Pattern.compile(UNTIL_FILLED_WORDS + "|" + ROLLING_WORDS
            + "|rolling deadline"
            + "|(?:pas|aucune?) (?:de )?date (?:de cloture|limite|butoir)|n'y a pas de (?:date de cloture|date limite)"
            + "|no (?:official )?(?:closing date|deadline|application deadline)|geen sluitingsdatum");

    @Override
    public String name() {
        return "open-until-filled";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.DEADLINE_OPEN_UNTIL_FILLED)) {
            return;
        }
        String f = t.fold;
        for (String anchor : ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                if (anchor.equals("candidature") && !Keywords.regionContainsAny(f, i, Math.min(f.length(), i + 60),
                        new String[] {"fur et a mesure"})) {
                    continue;
                }
                if (anchor.equals("ongoing basis") && !Keywords.regionContainsAny(f, Math.max(0, i - 80), i,
                        new String[] {"application", "applicant", "candidate", "interview", "deadline", "review", "consider",
                            "screen", "assess", "evaluat"})) {
                    continue; // "support the team on an ongoing basis"
                }
                Matcher m = PHRASE.matcher(f).region(Math.max(0, i - 30), Math.min(f.length(), i + 90));
                if (m.find() && !rollingBesideADeadline(t, m)) {
                    t.out().deadlineOpenUntilFilled(true);
                    t.set(Field.DEADLINE_OPEN_UNTIL_FILLED);
                    t.evidence(Field.DEADLINE_OPEN_UNTIL_FILLED, m.start(), m.end(), "open-until-filled.phrase");
                    return;
                }
            }
        }
    }

    /**
     * « Date limite : 20 décembre 2023. Les candidatures seront examinées au fil de l'eau. », "Send … by February 14th.
     * Applications will be reviewed on a rolling basis.": with a dated deadline, reading applications as they come does
     * not keep the job open past it, unless the sentence says so ("… on a rolling basis until the position is filled").
     */
    /** Words one of which every phrase of {@link #UNTIL_FILLED} holds: looked for first, as a search is cheaper than the pattern. */
    private static final String[] FILLED_WORDS = {"pourvu", "occupe", "combl", "attribue", "pourvoi", "recrutement", "trouv",
        "filled", "found", "selected", "hired", "find", "ingevuld", "vervuld", "gevonden"};

    /** The folded text between {@code from} and {@code to} says the job stays open until it is filled. */
    static boolean saysUntilFilled(String fold, int from, int to) {
        return from < to && Keywords.regionContainsAny(fold, from, to, FILLED_WORDS)
                && UNTIL_FILLED.matcher(fold).region(from, to).find();
    }

    private static boolean rollingBesideADeadline(PostingText t, Matcher m) {
        if (!t.isSet(Field.DEADLINE) || !ROLLING.matcher(m.group()).matches()) {
            return false;
        }
        int s = t.sentenceStart(m.start());
        int e = t.sentenceEnd(m.end());
        return !UNTIL_FILLED.matcher(t.fold).region(s, Math.max(s, e)).find();
    }

    /** Words one of which every phrase holds: the pattern only runs around them. */
    static final String[] ANCHORS = {"jusqu'a ce que", "jusqu'a pourvoi", "jusqu'au pourvoi", "jusqu'a avoir",
        "jusqu'a recrutement", "until", "rolling", "pas de date", "aucune date", "n'y a pas de date", "no closing",
        "no official", "no deadline", "no application deadline", "au fil de l'eau", "candidature", "tot de vacature",
        "tot vacature", "tot de functie", "doorlopend", "sluitingsdatum", "open until", "when we find", "once we find",
        "once we have found", "jusqu'a trouver", "tot we de", "tot wij de", "blijft open", "staat open",
        "ongoing basis"};
}
