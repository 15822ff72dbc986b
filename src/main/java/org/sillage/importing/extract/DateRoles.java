package org.sillage.importing.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every date of a posting, each given a role from its context: the cue nearest before it in its sentence
 * (or in the label line above it), its front-matter key, and its place in a range ("du … au …", "X to Y",
 * "between … and …"). A deadline needs a cue that says so: a deadline noun ("date limite", "closing",
 * "uiterlijk"), or a verb of applying with a bound ("candidatures … avant", "must reach us by"). A nearer
 * cue of another role (start, interview, publication, contract) takes the date away. When in doubt the
 * role is {@link Role#OTHER}, and nothing is invented.
 */
final class DateRoles {

    enum Role { DEADLINE, POSTED, START, CONTRACT_END, INTERVIEW, OTHER }

    /** A date found, its value (year inferred when missing), its role and the cue that gave it. */
    record Found(DateGrammar.DateMatch date, LocalDate value, Role role, String why, boolean opensRange) {
    }

    /** Nouns that make a date a deadline on their own. */
    static final String[] DEADLINE_NOUNS = {"date limite", "date-limite", "limite de", "limite pour", "dates limites",
        "butoir", "buttoir", "cloture", "closing", "closes", "close on", "deadline", "echeance", "uiterlijk",
        "sluitingsdatum", "sluit ", "expire", "expiry", "expiration", "due date", "due by", "are due", "is due",
        // "The last Date for submission of application is 17th January, 2008"
        "last date for", "last date of submission", "last date to apply"};
    /** Verbs and nouns of applying: a deadline with a bound word ("avant", "by") between them and the date. */
    static final String[] APPLYING = {"candidat", "postul", "apply", "applica", "sollicit", "reageer", "reageren",
        "envoy", "adress", "parvenir", "depos", "transmet", "submit", "send", "receiv", "reach us", "reach me",
        "indienen", "stuur", "cv ", "curriculum", "lettre de motivation", "dossier",
        // « Aanmelden kan tot 30 mei », « inschrijven vóór 1 juni »: a volunteer's signing up
        "aanmelden", "aanmelding", "inschrijven",
        // "Please e-mail … to express interest by February 28, 2016"
        "express interest", "expression of interest", "expressions of interest"};
    static final String[] BOUNDS = {"avant", "before", " by ", "until", "jusqu", "au plus tard", "no later", " tot ",
        " voor ", "d'ici", "pour le", "uiterlijk", "ten laatste", "at the latest", "prior to", "not later"};
    static final String[] START = {"debut", "commenc", "start", "prise de poste", "prise de fonction", "entree en fonction",
        "a partir", "from ", "vanaf", "begin", "demarr", "a pourvoir", "des le", "embauche", "aanvang", "in dienst",
        "available"};
    static final String[] INTERVIEW = {"entretien", "interview", "jury", "audition", "gesprek", "oral", "selection",
        "shortlist", "notifi", "reponse", "resultat", "convoqu", "test ", "examen", "answer", "decision", "informed",
        "contacted", "contact ", "hearing", "review", "examen des",
        // Dutch compounds, whose « gesprek » opens no word: « Sollicitatiegesprekken vinden plaats tot 20 maart »
        "sollicitatiegesprek", "kennismakingsgesprek", "selectiegesprek"};
    static final String[] POSTED = {"publie", "posted", "mis en ligne", "published", "parution", "mise a jour",
        "updated", "gepubliceerd", "diffus"};
    static final String[] CONTRACT = {"contrat", "contract", "mission ", "duree", "fin de", "end of", "ends", "cdd",
        "looptijd", "stage ", "internship"};
    static final String[] EVENT = {"webinar", "reunion", "seminaire", "conference", "festival", "atelier", "workshop",
        "evenement", "event", "session", "formation", "rencontre", "journee", "meeting", "vergadering", "soiree"};

    /** How far after a cue a date may stand (the sentence window and the label line above, see {@link #role}). */
    private static final int WINDOW = 420;

    private DateRoles() {
    }

    /**
     * The dates of the body with a day that a deadline or applying cue may govern (those within a few
     * hundred characters after one: no other date can be a deadline), in text order, each with its role.
     */
    static List<Found> all(PostingText t) {
        List<Found> out = new ArrayList<>();
        String f = t.fold;
        int n = f.length();
        boolean[] near = new boolean[(n >> 6) + 2]; // 64-char blocks that follow a cue
        boolean any = false;
        for (String[] cues : new String[][] {DEADLINE_NOUNS, APPLYING, DateRanges.POSTING_PERIOD}) {
            for (String w : cues) {
                int count = 0;
                for (int k : t.hits.of(w)) { // found by the one keyword pass (Lexicon), not searched again
                    if (k < t.bodyStart || count++ >= 100) {
                        continue;
                    }
                    for (int b = k >> 6; b <= Math.min((k + WINDOW) >> 6, near.length - 1); b++) {
                        near[b] = true;
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return out;
        }
        Found prev = null;
        int guard = 0;
        for (int i = t.bodyStart; i < n && guard < 300; i++) {
            if (!near[i >> 6]) {
                i = ((i >> 6) + 1 << 6) - 1; // the next block
                continue;
            }
            char c = f.charAt(i);
            if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetterOrDigit(f.charAt(i - 1))) {
                continue;
            }
            if (Character.isLetter(c) ? !monthWord(f, i) : !dateLikeDigits(f, i)) {
                continue;
            }
            DateGrammar.DateMatch d = DateGrammar.parseAt(f, i, t::numericOrder);
            if (d == null) {
                continue;
            }
            guard++;
            i = d.end() - 1;
            LocalDate value = d.hasDay() ? value(t, d) : null;
            if (value == null) {
                prev = null;
                continue;
            }
            Found found;
            if (prev != null && DateRanges.rangeLink(f, prev.date().end(), d.start())) {
                // the end of a range takes the range's role: "candidatures du 1er au 15 mars" ends on the 15th
                Role role = prev.role() == Role.START ? Role.CONTRACT_END : prev.role();
                String why = (prev.why() == null ? "" : prev.why() + ", ") + "end of a range";
                if (role == Role.OTHER && prev.why() == null && DateRanges.applicationPeriod(t, prev.date().start())) {
                    // « Candidatures sur l'application X 04/03/2025-04/04/2025 »: the period for applying ends on it
                    role = Role.DEADLINE;
                    why = "end of the period for applying";
                }
                found = new Found(d, value, role, why, false);
                if (prev.role() == Role.DEADLINE) {
                    out.set(out.size() - 1, new Found(prev.date(), prev.value(), Role.OTHER, "start of a range", false));
                }
            } else {
                if (prev != null && prev.opensRange() && prev.role() == Role.DEADLINE) {
                    // "applications from 1 March" and no end: the opening of a period, not a deadline
                    out.set(out.size() - 1, new Found(prev.date(), prev.value(), Role.OTHER, "start of a period", false));
                }
                String[] cue = new String[2];
                Role role = role(t, d, cue);
                found = new Found(d, value, role, cue[0], cue[1] != null);
            }
            out.add(found);
            prev = found;
        }
        if (prev != null && prev.opensRange() && prev.role() == Role.DEADLINE) {
            out.set(out.size() - 1, new Found(prev.date(), prev.value(), Role.OTHER, "start of a period", false));
        }
        return out;
    }

    /**
     * A cheap look before the grammar: digits followed by a date separator and a digit ("12/03", "2024-03"),
     * or by a month name after an ordinal and spaces ("1er mars", "3rd of May"). Most numbers are neither.
     */
    private static boolean dateLikeDigits(String f, int i) {
        int n = f.length();
        int j = i;
        while (j < n && j - i < 5 && Character.isDigit(f.charAt(j))) {
            j++;
        }
        if (j - i > 4 || j - i == 3) {
            return false;
        }
        if (j + 1 < n && "/-.".indexOf(f.charAt(j)) >= 0 && Character.isDigit(f.charAt(j + 1))) {
            return true;
        }
        if (j - i == 4) {
            return false;
        }
        int k = j;
        while (k < n && k - j < 4 && Character.isLetter(f.charAt(k))) {
            k++; // an ordinal suffix: er, st, th, e
        }
        if (k > j && DateGrammar.month(f.substring(j, k)) != null) {
            return true; // "12mars"
        }
        while (k < n && k - j < 8 && (f.charAt(k) == ' ' || f.charAt(k) == '.' || f.charAt(k) == '-' || f.charAt(k) == '\u00a0')) {
            k++;
        }
        if (f.startsWith("of ", k)) {
            k += 3;
        }
        return k < n && Character.isLetter(f.charAt(k)) && monthWord(f, k);
    }

    private static boolean monthWord(String f, int i) {
        int e = i;
        while (e < f.length() && e - i < 10 && Character.isLetter(f.charAt(e))) {
            e++;
        }
        if (e - i < 3 || e - i > 9 || e < f.length() && Character.isDigit(f.charAt(e))) {
            return false;
        }
        return DateGrammar.month(f.substring(i, e)) != null;
    }

    /** The date's value; a missing year comes from the posting's timeline, checked against a weekday written before it. */
    static LocalDate value(PostingText t, DateGrammar.DateMatch d) {
        Integer year = d.year();
        DayOfWeek weekday = DateRanges.weekdayBefore(t.fold, d.start());
        if (year == null) {
            year = Timeline.inferYear(t, d.month(), d.day());
            if (year == null) {
                return null;
            }
            if (weekday != null) {
                for (int y : new int[] {year, year + 1, year - 1}) {
                    try {
                        if (LocalDate.of(y, d.month(), d.day()).getDayOfWeek() == weekday) {
                            year = y;
                            break;
                        }
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            }
        }
        try {
            return LocalDate.of(year, d.month(), d.day());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The role of one date from the cues before it, the nearest cue deciding; {@code why[0]} names the cue. */
    static Role role(PostingText t, DateGrammar.DateMatch d, String[] why) {
        String f = t.fold;
        int ls = t.lineStart(d.start());
        int from = Math.max(t.sentenceStart(d.start()), d.start() - 160);
        from = Math.max(from, ls - 200);
        int lineHead = ls;
        while (lineHead < d.start() && !Character.isLetter(f.charAt(lineHead))) {
            lineHead++;
        }
        int wordEnd = lineHead;
        while (wordEnd < d.start() && Character.isLetter(f.charAt(wordEnd))) {
            wordEnd++;
        }
        if (DateRanges.weekday(f.substring(lineHead, wordEnd))) {
            lineHead = wordEnd; // "Wednesday, May 5" alone on its line
        }
        if (Keywords.onlyChars(f, lineHead, d.start(), " -*_:,\u2022>#\t0.)(|") && ls > 0) {
            // a date alone on its line: the label is the line above ("Date limite de candidature :\n12 mars")
            int pe = ls - 1;
            while (pe > 0 && f.charAt(pe - 1) == '\n') {
                pe--;
            }
            from = Math.min(from, Math.max(t.lineStart(pe), pe - 160));
        }
        // a range opening ("du", "from") before the date is the range's structure, not a cue of its role
        int to = d.start();
        boolean opener = false;
        boolean rangeEnd = false;
        java.util.regex.Matcher elided = DateRanges.ELIDED_RANGE_START.matcher(f).region(Math.max(0, to - 24), to);
        if (elided.find()) {
            // « du 1er au 20 mars », "from 1 to 20 March", « van 1 tot 20 maart »: the range's first day has no
            // month of its own, so the date found is the range's end, and the range opens where « du » stands
            to = elided.start();
            rangeEnd = true;
        }
        for (String o : DateRanges.RANGE_OPEN) {
            if (f.startsWith(o, Math.max(0, to - o.length())) && (to - o.length() == 0
                    || !Character.isLetter(f.charAt(to - o.length() - 1)))) {
                to -= o.length();
                opener = true;
                break;
            }
        }
        int sentenceEnd = t.sentenceEnd(d.end());
        int after = Math.min(sentenceEnd, d.end() + 40);
        int best = -1;
        Role role = Role.OTHER;
        String cue = null;
        Object[][] cues = {{DEADLINE_NOUNS, Role.DEADLINE}, {START, Role.START}, {INTERVIEW, Role.INTERVIEW},
            {POSTED, Role.POSTED}, {CONTRACT, Role.CONTRACT_END}, {EVENT, Role.OTHER}};
        for (Object[] c : cues) {
            for (String w : (String[]) c[0]) {
                int k = lastIndexIn(f, w, from, to);
                if (k > best) {
                    best = k;
                    role = (Role) c[1];
                    cue = w.strip();
                }
            }
        }
        // applying + bound: "Les candidatures doivent nous parvenir pour le 3 mai", "must reach us by 3 May"
        int apply = -1;
        String applyWord = null;
        for (String w : APPLYING) {
            int k = lastIndexIn(f, w, from, to);
            if (k > apply) {
                apply = k;
                applyWord = w.strip();
            }
        }
        if (apply >= 0 && (apply >= best && best < apply - 30 || best < 0)
                && !Keywords.regionContainsAny(f, from, to, DeadlineRule.OTHER_OBJECT)) {
            int bound = -1;
            String boundWord = null;
            for (String w : BOUNDS) {
                int k = lastIndexIn(f, w, apply, to);
                if (k > bound) {
                    bound = k;
                    boundWord = w.strip();
                }
            }
            boolean latestAfter = Keywords.regionContainsAny(f, d.end(), after, DeadlineRule.LATEST);
            boolean colon = colonJustBefore(f, apply, to);
            // « seront examinées du 1er au 15 avril »: a range of reading, not of applying
            boolean rangeOfApplying = rangeEnd && !Keywords.regionContainsAny(f, apply, to, DeadlineRule.REVIEW);
            if (bound >= 0 || latestAfter || colon || opener || rangeOfApplying) {
                why[0] = applyWord + (boundWord != null ? " + " + boundWord : latestAfter ? " + au plus tard"
                        : colon ? " + :" : rangeEnd ? " + end of a range" : " + range");
                why[1] = bound < 0 && !latestAfter && !colon && !rangeEnd ? "opens" : null;
                return Role.DEADLINE;
            }
        }
        if (role == Role.DEADLINE && Keywords.regionContainsAny(f, from, to, DeadlineRule.OTHER_OBJECT)) {
            role = Role.OTHER;
        }
        why[0] = cue;
        return role;
    }

    /** "Postuler : 31 octobre", "Applications: 3 May": the applying word, then a colon, then the date. */
    private static boolean colonJustBefore(String f, int apply, int to) {
        int k = to - 1;
        while (k > apply && (f.charAt(k) == ' ' || f.charAt(k) == '*' || f.charAt(k) == '_')) {
            k--;
        }
        if (k <= apply || f.charAt(k) != ':') {
            return false;
        }
        // only a few words between the applying word and the colon
        return k - apply < 40 && f.substring(apply, k).indexOf('.') < 0;
    }

    /** Last index of {@code w} at a word start in {@code [from, to)} (it may run into a longer word: "candidat" in "candidature"). */
    private static int lastIndexIn(String f, String w, int from, int to) {
        // searched in the window only: a whole-text lastIndexOf per cue and date would cost the throughput
        int last = to - w.length();
        char first = w.charAt(0);
        for (int k = last; k >= Math.max(0, from); k--) {
            if (f.charAt(k) == first && f.startsWith(w, k)
                    && (k == 0 || !Character.isLetter(f.charAt(k)) || !Character.isLetter(f.charAt(k - 1)))) {
                return k;
            }
        }
        return -1;
    }
}
