package org.sillage.importing.extract;

/**
 * The title's candidates read in the body's sentences and labels rather than its first lines: a title label further
 * down (« Intitulé du poste : X »), a recruiting sentence (« L'association X recrute un(e) Y », "We are now looking for
 * a Y"), the job the reader is addressed as ("As a Scrum Master, you'll …"). {@link TitleRule} weighs them with the
 * others.
 */
final class TitleBodySentences {
    private TitleBodySentences() {
    }

    /** Offers a span of the text as a candidate under a rule's name; says whether it was taken. */
    @FunctionalInterface
    interface Offer {
        boolean offer(int start, int end, String rule);
    }

    /**
     * A title label further down the body, on its own line: « Intitulé du poste : X », "Job title: X",
     * « Fonction : X », "Functie: X", the value on the label's line or, when the label stands alone, on the next.
     */
    static void bodyLabels(PostingText t, Offer offer) {
        int limit = Math.min(t.fold.length(), t.bodyStart + 6000);
        java.util.regex.Matcher m = BODY_LABEL.matcher(t.fold);
        int guard = 0;
        for (int ls = t.bodyStart, lineEnd = t.lineEnd(ls); ls < limit && guard < 20; ls = lineEnd + 1, lineEnd = t.lineEnd(ls)) {
            int a = ls;
            while (a < limit && " \t*#_>•-0123456789.)".indexOf(t.fold.charAt(a)) >= 0) {
                a++; // (« 1. Titre : », a numbered label too)
            }
            if (a >= limit || "ijtnpefosmv".indexOf(t.fold.charAt(a)) < 0 || !Keywords.wordAtIn(t.fold, a, lineEnd, BODY_LABEL_OPENINGS)
                    || !m.region(ls, lineEnd).lookingAt()) {
                continue; // (a label starts with one of these words: the pattern is tried only there)
            }
            guard++;
            String label = t.fold.substring(ls, m.end());
            // a label that says "title" is the strongest sign there is: a subject's title may hold a colon
            String rule = Keywords.containsAny(label, TITLE_WORDS) ? "title.title-label" : "title.body-label";
            int vs = m.end();
            int le = t.lineEnd(vs);
            while (vs < le && " *_:".indexOf(t.fold.charAt(vs)) >= 0) {
                vs++;
            }
            if (vs >= le) { // the label alone on its line: the value is the next non-empty line
                vs = le + 1;
                while (vs < limit && Character.isWhitespace(t.fold.charAt(vs))) {
                    vs++;
                }
                if (vs >= limit) {
                    continue;
                }
                le = t.lineEnd(vs);
            }
            int ve = le;
            while (ve > vs && " *_".indexOf(t.fold.charAt(ve - 1)) >= 0) {
                ve--;
            }
            if (rule.equals("title.title-label")) {
                // « Titre : Charge hypoxique … chez les patients apnéiques. Analyse de données physiologiques. »: the
                // title's first sentence (a wrapped line joined brought the rest)
                java.util.regex.Matcher stop = SENTENCE_STOP.matcher(t.text).region(vs, ve);
                if (stop.find() && !t.abbreviationBefore(stop.start())) {
                    ve = stop.start();
                }
            }
            if (ve - vs >= 3 && ve - vs <= 160) {
                offer.offer(vs, ve, rule);
            }
        }
    }

    private static final java.util.regex.Pattern SENTENCE_STOP = java.util.regex.Pattern.compile("(?<=\\p{Ll}{2})\\. (?=\\p{Lu})");
    private static final String[] TITLE_WORDS = {"titre", "title", "titel", "intitule", "sujet"};
    /** The words {@link #BODY_LABEL}'s labels open on: each is followed by a space, a colon or the line's end. */
    private static final java.util.Set<String> BODY_LABEL_OPENINGS = java.util.Set.of("intitule", "titre", "nom", "poste",
            "emploi", "job", "title", "position", "functietitel", "functienaam", "naam", "functie", "fonction", "sujet",
            "titel", "post", "metier", "vacature");
    private static final java.util.regex.Pattern BODY_LABEL = java.util.regex.Pattern.compile(
            "[ \\t*#_>•-]*(?:\\d{1,2}[.)] +)?(?:intitule (?:du|de) (?:poste|l'offre|la mission|l'emploi)|intitule|titre (?:du poste|de l'offre)"
            + "|nom du poste|poste propose|emploi propose|job title|title of (?:the )?position|position title|functietitel"
            + "|functienaam|naam van de functie|functie|fonction|titre (?:du|de) (?:stage|sujet|la these|these)|titre"
            + "|sujet (?:du|de) (?:stage|these|la these)|title|titel"
            // « Poste : Agent d'entretien … » (only before a colon: « Poste » alone may head a description)
            + "|poste(?= ?:)|post(?= ?:)|emploi(?= ?:)|metier(?= ?:)|vacature(?= ?:))[ *_]*(?=:|[ *_]*$|\\s{2,}\\S|\\t)");

    /** « L'association X recrute un(e) Y » or "We are looking for a Y" in the body's first sentences. */
    static void recruitsInBody(PostingText t, Offer offer) {
        int limit = Math.min(t.fold.length(), t.bodyStart + 3000);
        int found = 0;
        for (String verb : RECRUIT_WORDS) {
            for (int i : t.hits.of(verb)) {
                if (i < t.bodyStart || i > limit || found >= 4) {
                    continue;
                }
                int s = Math.max(t.lineStart(i), t.sentenceStart(i));
                int e = t.sentenceEnd(i);
                Recruit.Match m = Recruit.find(t.text, t.fold, s, e);
                if (m != null && m.jobEnd() - m.jobStart() >= 3 && m.jobEnd() - m.jobStart() <= 90
                        && !SOMEONE.matcher(t.fold).region(m.jobStart(), m.jobEnd()).lookingAt() && offer.offer(m.jobStart(), m.jobEnd(), "title.recruits-body")) {
                    found++;
                }
            }
        }
    }

    /** What opens « As a Scrum Master, you'll join … »: the job the reader is addressed as. */
    static final String[] AS_THE_JOB = {"as a ", "as an ", "en tant que "};
    /** Who the sentence goes on to address after the job and its comma. */
    private static final String[] ADDRESSED = {"you ", "you'", "you’", "vous ", "tu "};

    /**
     * "As a Scrum Master, you'll join a cross-disciplinary team", « En tant que chargé·e de mission, vous … »: a
     * sentence of the body's first part that addresses the reader as the job; taken only when its words name one.
     */
    static void asTheJob(PostingText t, Offer offer) {
        int limit = Math.min(t.fold.length(), t.bodyStart + 4000);
        for (String opening : AS_THE_JOB) {
            for (int i : t.hits.of(opening)) {
                if (i < t.bodyStart) {
                    continue;
                }
                if (i >= limit) {
                    break;
                }
                boolean sentenceStart = i == t.bodyStart || i == t.sentenceStart(i) || i == t.lineStart(i);
                int js = i + opening.length();
                int comma = t.fold.indexOf(',', js);
                int lineEnd = t.fold.indexOf('\n', js);
                if (!sentenceStart || comma < 0 || comma - js < 3 || comma - js > 60 || lineEnd >= 0 && lineEnd < comma) {
                    continue;
                }
                int after = comma + 1;
                while (after < t.fold.length() && t.fold.charAt(after) == ' ') {
                    after++;
                }
                if (Keywords.startsWithAny(t.fold, after, ADDRESSED)
                        && JobNames.namesAJob(" " + t.fold.substring(js, comma) + " ")) {
                    offer.offer(js, comma, "title.as-the-job");
                    return;
                }
            }
        }
    }

    static final String[] RECRUIT_WORDS = {" recrute ", " recrutent ", " recrutons ", " is hiring ",
        " is looking for ", " are looking for ", " is seeking ", " are seeking ", " now looking for ", " currently looking for ",
        " currently seeking ", " now seeking ", " now hiring ", " currently hiring ", " zoekt ", " zoeken ", " recherche un",
        " recherchons un", " recherche une", " recherchons une", " werft "};
    /** "someone", « quelqu'un », "iemand", "people", « des profils »: whom, not which job. */
    static final java.util.regex.Pattern SOMEONE = java.util.regex.Pattern.compile(
            "(?:someone|somebody|people|person|candidates|quelqu'un|quelqu’un|personnes?|profils?|candidat|iemand|mensen|kandidaten)(?![a-z])");
}
