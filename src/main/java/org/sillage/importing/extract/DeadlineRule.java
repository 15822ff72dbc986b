package org.sillage.importing.extract;

import java.time.LocalDate;
import org.sillage.domain.Field;

/**
 * The application deadline, with its time and time zone when stated.
 *
 * <p>A date counts only when it follows a deadline phrase closely: strong phrases ("date limite",
 * "deadline", "closing date", "uiterlijk") on their own, weak ones ("jusqu'au", "avant le", "until",
 * "by") only in a sentence or section about applying and not about starting. The date must name its
 * day; a missing year is taken from the posting's own dates or the deadline is not reported.
 */
final class DeadlineRule implements Rule {

    static final String[] STRONG = {"date limite", "date-limite", "deadline", "closing date", "date de cloture",
        "cloture des candidatures", "date butoir", "uiterlijk", "sluitingsdatum", "applications close", "apply by",
        "apply before", "delai de candidature", "delai de depot", "uiterste datum", "applications are due",
        "applications must be received by", "closes on", "date de fin de candidature", "reponse souhaitee avant",
        "candidatures avant", "candidatures jusqu'au", "candidater jusqu'au", "postuler jusqu'au", "postuler avant",
        "candidater avant", "solliciteren tot", "reageren tot", "reageren voor", "solliciteren voor", "apply until",
        "due date", "expiry date", "date d'expiration", "valid through", "valable jusqu'au", "applications due",
        "application deadline", "apply no later than", "reageren kan tot", "solliciteren kan tot", "reageren kan tot en met",
        // « Deze vacature staat online tot en met 01-08-2024 »: the offer is withdrawn, applications close
        "staat online tot", "online tot en met", "en ligne jusqu'au", "open for applications until",
        // "Position open until March 15, 2024", « Offre ouverte jusqu'au 15 mars », « Deze vacature staat open tot »
        "position open until", "position is open until", "position will be open until", "position remains open until",
        "vacancy open until", "vacancy is open until", "role is open until", "call is open until", "call open until",
        "poste ouvert jusqu'au", "poste est ouvert jusqu'au", "offre ouverte jusqu'au", "offre est ouverte jusqu'au",
        "recrutement ouvert jusqu'au", "staat open tot", "vacature is open tot",
        // "Applications accepted through March 15", "The posting will remain open until March 15, 2025"
        "accepted through", "accepted thru", "open through", "remain open until", "remains open until",
        "posting open until", "posting is open until",
        // « Date de fin de publication : 15/03/2025 »: the offer is withdrawn that day, as « staat online tot »
        "date de fin de publication", "fin de publication", "fin d'affichage", "affichage jusqu'au",
        "fin des candidatures", "fin de candidature", "reponse attendue avant",
        // Belgian Dutch: « Kandidaturen worden ingewacht tot », « Kandidaatstelling vóór »
        "ingewacht tot", "ingewacht voor", "kandidaatstelling voor", "kandidaatstelling tot", "kandidaturen voor",
        "kandidaturen tot", "kandidatuur voor", "kandidatuur tot",
        // « Uiterste reactiedatum: 15-03-2025 », « Reactietermijn », « Kandidaturen worden verwacht tegen 15 maart »
        "reactiedatum", "reactietermijn", "sollicitatietermijn", "verwacht tegen", "ingewacht tegen",
        // "Applications received after 5 p.m. on 30/06/2025 will not be considered": the last moment, said backwards
        "received after", "recues apres", "parvenues apres", "arrivees apres", "ontvangen na"};
    static final String[] WEAK = {"jusqu'au", "jusqu'a", "avant le", "avant", "au plus tard", "no later than",
        "before", "until", "by", "d'ici le", "tot en met", "tot", "voor", "uiterlijk op", "ten laatste op", "ten laatste",
        // Belgian Dutch: « solliciteer tegen 15 maart »; « t.e.m. », « t/m »: tot en met, written short
        "tegen", "t.e.m.", "t/m"};
    /** Words placing a posting in Canada, where Eastern time is read as Toronto's. */
    static final String[] CANADA = {"canad", "ottawa", "toronto", "ontario", "quebec", "montreal"};
    private static final String[] NOT_A_DEADLINE = {"a pourvoir", "debut", "start", "demarr", "prise de poste",
        "prise de fonction", "entree en fonction", "entretien", "interview", "jury", "reponse", "resultat",
        "selection", "mission du", "contrat", "duree", "begin", "gesprek"};
    /** Deadlines of something else the job handles (a grant file, a call for projects, a tender). */
    static final String[] OTHER_OBJECT = {"subvention", "appel a projet", "appels a projet", "appel d'offre",
        "appels d'offre", "grant", "funding", "tender", "financement", "dossier de demande", "subsidie", "aanbesteding"};
    private static final String[] APPLYING = {"candidat", "postul", "apply", "applica", "sollicit"};
    /** Words saying when the reading of applications starts, not when they close: « seront examinées à partir du ». */
    static final String[] REVIEW = {"review", "first deadline", "priority deadline", "examen des", "consider",
        "examine", "etudiee", "screen", "beoordee"};
    static final String[] LATEST = {"au plus tard", "at the latest", "dernier delai", "uiterlijk", "ten laatste"};

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public void apply(PostingText t) {
        if (!t.isSet(Field.DEADLINE)) {
            Candidate c = frontMatter(t);
            if (c == null || c.periodEnd()) {
                // a nested period's end (« dates.to.day ») is when a site stops showing the offer: a deadline
                // the text states in so many words comes first, and the end is one only for an offer shown a few
                // weeks (shown a day, or for months, it is the site's setting, not when applications close)
                Candidate stated = find(t, STRONG, true);
                c = stated != null ? stated : c != null && DisplayWindow.shownAFewWeeks(t, c.value()) ? c : null;
            }
            if (c == null && t.jsonLdDeadline != null) {
                jsonLd(t, t.jsonLdDeadline);
                return;
            }
            if (c == null) {
                c = find(t, WEAK, false);
            }
            if (c == null) {
                c = dateBeforeLatest(t);
            }
            if (c == null) {
                c = byRole(t);
            }
            if (c != null) {
                write(t, c);
            }
        }
    }

    /** A deadline read, and whether it is only the end of a period the front matter nests (« dates.to.day »). */
    private record Candidate(DateGrammar.DateMatch date, LocalDate value, String rule, int from, boolean periodEnd) {
        Candidate(DateGrammar.DateMatch date, LocalDate value, String rule, int from) {
            this(date, value, rule, from, false);
        }
    }

    /** The page's JSON-LD closing date, when its text states none with a deadline phrase. */
    private static void jsonLd(PostingText t, PostingText.JsonLdDeadline d) {
        t.out().deadline(d.date());
        t.set(Field.DEADLINE);
        t.evidence(Field.DEADLINE, d.start(), d.end(), "json-ld");
        if (d.time() != null) {
            t.out().deadlineTime(d.time());
            t.set(Field.DEADLINE_TIME);
            t.evidence(Field.DEADLINE_TIME, d.start(), d.end(), "json-ld");
        }
    }

    private Candidate find(PostingText t, String[] triggers, boolean strong) {
        String f = t.fold;
        Candidate best = null;
        int bestPos = Integer.MAX_VALUE;
        for (String trigger : triggers) {
            for (int i : t.hits.of(trigger)) {
                if (i >= bestPos) {
                    break;
                }
                if (!Keywords.wordAt(f, i, trigger) && !trigger.endsWith("'")) {
                    if (!(i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))) {
                        continue;
                    }
                }
                if (!strong && !inApplicationContext(t, i)) {
                    continue;
                }
                if (strong && aboutAnotherObject(t, i)) {
                    continue;
                }
                DateGrammar.DateMatch d = dateAfter(t, i + trigger.length(), strong ? 60 : 30);
                if (d == null || !d.hasDay()) {
                    continue;
                }
                if (Keywords.regionContainsAny(f, Math.max(0, i - 10), d.start(), REVIEW)) {
                    continue; // "the first deadline for review will be July 11th": when reading starts, not a deadline
                }
                LocalDate value = DateRoles.value(t, d);
                if (value == null) {
                    continue;
                }
                best = new Candidate(d, value, strong ? "deadline.phrase" : "deadline.application-sentence",
                        i + trigger.length());
                bestPos = i;
                break;
            }
        }
        return best;
    }

    /** A front-matter date under a deadline key ("closes: 2024-09-24", "valid_through"). */
    private static Candidate frontMatter(PostingText t) {
        for (var e : t.frontMatter.entrySet()) {
            if (MetaDateRoles.metaRole(e.getKey()) != DateRoles.Role.DEADLINE) {
                continue;
            }
            PostingText.Meta m = e.getValue();
            DateGrammar.DateMatch d = DateGrammar.findIn(t.fold, m.start(), m.end(), t::numericOrder);
            if (d == null || !d.hasDay() || Keywords.regionContainsAny(t.fold, m.start(), d.start(), REVIEW)) {
                continue; // deadline = "We will begin reviewing applications around August 2": when reading starts
            }
            LocalDate v = DateRoles.value(t, d);
            if (v != null && t.postedDate != null && v.isAfter(t.postedDate.plusYears(2))) {
                continue; // « expirydate: 2030-01-01 » on a page of 2019: a site's placeholder, not a closing date
            }
            if (v != null) {
                return new Candidate(d, v, "deadline.front-matter:" + e.getKey(), d.start(), MetaDateRoles.nestedPeriodEnd(e.getKey()));
            }
        }
        return null;
    }

    /**
     * Every date of the body given a role (see {@link DateRoles}): the first whose role is deadline, with
     * the cue that made it one in the evidence.
     */
    private static Candidate byRole(PostingText t) {
        for (DateRoles.Found f : DateRoles.all(t)) {
            if (f.role() == DateRoles.Role.DEADLINE) {
                return new Candidate(f.date(), f.value(), "deadline.role: " + f.why(),
                        Math.max(t.lineStart(f.date().start()), f.date().start() - 40));
            }
        }
        return null;
    }

    /** The first date within {@code window} chars, stopping at a sentence end or a line break that follows text. */
    private static DateGrammar.DateMatch dateAfter(PostingText t, int from, int window) {
        String f = t.fold;
        int limit = Math.min(f.length(), from + window);
        boolean sawText = false;
        for (int i = from; i < limit; i++) {
            char c = f.charAt(i);
            if (c == '\n') {
                if (sawText) {
                    return null;
                }
                continue;
            }
            if ((c == '.' || c == ';' || c == '!' || c == '?') && i + 1 < f.length() && Character.isWhitespace(f.charAt(i + 1))
                    && !(c == '.' && t.abbreviationBefore(i))) {
                return null; // "p.m." does not end the sentence: "until 5 p.m. on Monday, 10 February"
            }
            if (Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))) {
                DateGrammar.DateMatch d = DateGrammar.parseAt(f, i, t::numericOrder);
                if (d != null) {
                    return d;
                }
                sawText = true;
            }
        }
        return null;
    }

    /** A strong phrase in a sentence about a grant or tender file and not about applying to the job. */
    private static boolean aboutAnotherObject(PostingText t, int i) {
        String f = t.fold;
        int s = Math.max(t.sentenceStart(i), i - 200);
        int e = Math.min(t.sentenceEnd(i), i + 120);
        return Keywords.regionContainsAny(f, s, i, OTHER_OBJECT) && !Keywords.regionContainsAny(f, s, e, APPLYING);
    }

    /**
     * A date written just before "au plus tard" / "at the latest" in a sentence about applying: « votre
     * candidature pour le 20 février 2025 au plus tard ».
     */
    private static Candidate dateBeforeLatest(PostingText t) {
        String f = t.fold;
        for (String w : LATEST) {
            for (int i : t.hits.of(w)) {
                if (!inApplicationContext(t, i)) {
                    continue;
                }
                int from = Math.max(t.sentenceStart(i), i - 40);
                for (int k = from; k < i; k++) {
                    if (!Character.isLetterOrDigit(f.charAt(k)) || k > 0 && Character.isLetterOrDigit(f.charAt(k - 1))) {
                        continue;
                    }
                    DateGrammar.DateMatch d = DateGrammar.parseAt(f, k, t::numericOrder);
                    if (d == null || !d.hasDay() || d.end() > i || !DeadlineTimes.onlyLinkWords(f, d.end(), i)) {
                        continue;
                    }
                    Integer year = d.year() != null ? d.year() : Timeline.inferYear(t, d.month(), d.day());
                    if (year == null) {
                        break;
                    }
                    try {
                        return new Candidate(d, LocalDate.of(year, d.month(), d.day()), "deadline.date-then-latest", d.end());
                    } catch (RuntimeException e) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    private static boolean inApplicationContext(PostingText t, int i) {
        String f = t.fold;
        int s = t.sentenceStart(i);
        int e = t.sentenceEnd(i);
        if (Keywords.regionContainsAny(f, s, i, NOT_A_DEADLINE)) {
            return false;
        }
        if (Keywords.regionContainsAny(f, s, e, Keywords.APPLICATION_WORDS)) {
            return true;
        }
        if (OpenUntilFilledRule.saysUntilFilled(f, i, e)) {
            return true; // "Open until March 15, 2025 or until filled": the job's opening, with no word of applying
        }
        return t.inApplicationSection(i) && !Keywords.regionContainsAny(f, s, e, NOT_A_DEADLINE)
                || continuesApplyingLine(t, i);
    }

    /**
     * A line that opens with the phrase and follows, without a blank line, a line about sending the application:
     * « CV et lettre de motivation à envoyer à rh@… » then « Avant le 15 mars 2024 ».
     */
    private static boolean continuesApplyingLine(PostingText t, int i) {
        String f = t.fold;
        int ls = t.lineStart(i);
        if (ls < 2 || f.charAt(ls - 1) != '\n' || f.charAt(ls - 2) == '\n') {
            return false;
        }
        for (int k = ls; k < i; k++) {
            if (Character.isLetterOrDigit(f.charAt(k))) {
                return false; // the phrase does not open its line
            }
        }
        int ps = t.lineStart(ls - 1);
        return Keywords.regionContainsAny(f, ps, ls - 1, Keywords.APPLICATION_WORDS)
                && !Keywords.regionContainsAny(f, ps, ls - 1, NOT_A_DEADLINE);
    }

    private void write(PostingText t, Candidate c) {
        var out = t.out();
        DateGrammar.DateMatch d = c.date();
        out.deadline(c.value());
        t.set(Field.DEADLINE);
        t.evidence(Field.DEADLINE, d.start(), d.end(), c.rule());
        DateGrammar.TimeMatch time = DateGrammar.timeAfter(t.fold, d.end());
        if (time == null) {
            time = DeadlineTimes.timeBetween(t, c.from(), d.start());
        }
        if (time == null && c.rule().startsWith("deadline.front-matter")) {
            time = DeadlineTimes.timeInBody(t, c.value());
        }
        if (time != null && c.rule().startsWith("deadline.front-matter") && time.start() < t.bodyStart
                && DeadlineTimes.sameTimeOnAnotherKey(t, c.rule().substring("deadline.front-matter:".length()), time.time())) {
            time = null; // « posted: 2018-04-12 12:00:00 », « closes: 2018-06-15 12:00:00 »: the site's default time
        }
        if (time != null && time.time().equals(java.time.LocalTime.MIDNIGHT)
                && t.fold.substring(d.end(), Math.min(t.fold.length(), time.end() + 3)).matches("[ t]?00:00(:00)?.*")) {
            time = null; // "2021-03-25 00:00:00 Z": a timestamp's midnight, not a time anyone wrote
        }
        if (time != null) {
            out.deadlineTime(time.time());
            t.evidence(Field.DEADLINE_TIME, time.start(), time.end(), "deadline.time");
            DateGrammar.ZoneMatch zone = DateGrammar.zoneAfter(t.text, t.fold, time.end());
            if (zone != null) {
                String id = zone.zoneId();
                if (id.equals("America/New_York") && (t.text.startsWith("HNE", zone.start())
                        || t.text.startsWith("HAE", zone.start()) || canadian(t))) {
                    id = "America/Toronto"; // « 23h59 (HNE) », "11:59 pm (EST)" at the Canadian Digital Service
                }
                out.deadlineZone(id);
                t.evidence(Field.DEADLINE_ZONE, zone.start(), zone.end(), "deadline.zone");
            }
        }
    }

    /** Whether the posting names Canada or one of its cities (an Eastern time zone is then Toronto's). */
    private static boolean canadian(PostingText t) {
        for (String c : CANADA) {
            if (t.hits.of(c).length > 0) {
                return true;
            }
        }
        return false;
    }
}
