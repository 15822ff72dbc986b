package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/**
 * The start: a labelled start ("Date de début : Mars 2014", "Prise d'effet : à partir de mars 2021",
 * "Start date", "Startdatum") first, then a start phrase holding a date ("à partir du 1er novembre 2018",
 * "starting no later than September 2018", "beginning early 2016"), then "dès que possible". The phrase
 * goes verbatim to {@code startText}; a date with its day goes to {@code startDate}.
 */
final class StartRule implements Rule {
    /** Words of a remark that the start may move, not of the start itself. */
    private static final String[] LEEWAY = {"possible de decaler", "decalable", "pourra etre decale", "peut etre decale",
        "could be postponed", "can be postponed", "may be postponed", "kan worden uitgesteld"};
    static final String[] LABELS = {"date de debut", "debut souhaite", "debut de mission", "debut du contrat",
        "debut de contrat", "date de prise de poste", "prise de poste", "prise de fonction", "prise d'effet",
        "date d'entree", "entree en fonction", "start date", "starting date", "date de demarrage", "demarrage",
        "startdatum", "aanvangsdatum", "datum indiensttreding", "indiensttreding", "date of entry", "debut :",
        "start:", "start :", "disponibilite :", "beschikbaarheid", "debut de la mission", "debut du stage",
        "date d'embauche", "date d'engagement", "recrutement envisage", "date de recrutement"};
    static final String[] PHRASES = {"a partir du ", "a partir de ", "a partir d'", "des le ", "starting ",
        "beginning ", "vanaf ", "available from ", "commencing ", "start in ", "start on ", "start early in ", "start late in ",
        "start by ", "a pourvoir en ",
        // "will commence the role from 1 May 2019", "to take up the post in September"
        "commence the role from ", "commence the role on ", "commence the role in ", "commence on ", "commence in ",
        "commence from ", "take up the post on ", "take up the post in ", "take up the role on ", "take up the role in ",
        "a pourvoir le ", "a pourvoir au ", "a pourvoir des ", "a pourvoir pour le ", "a pourvoir fin ",
        "a pourvoir debut ", "a pourvoir mi-", "a pourvoir : ", "a pourvoir: ",
        // « chercheur contractuel à l'EFEO à compter du 1er septembre 2000 »
        "a compter du ", "a compter de ", "a compter d'"};
    private static final String[] START_WORDS = {"date", "debut", "start", "demarr", "pourvoir", "rejoindre", "available",
        "disponible", "beginning", "commenc", "remplacant", "cherchons", "recrut", "recherch", "poste", "position",
        "mission", "stage", "contrat", "contract", "in dienst", "beginnen", "duree", "duration", "duur", "per:", "per :", "zoek", "starten"};
    private static final Pattern FILLER = Pattern.compile(
            "(?:[ :*_-]|(?:effective|effectif|souhaitee?|prevue?|envisagee?|est|is|will be|de la mission|de mission|du poste|le|the)(?![a-z]))*");
    static final String[] ASAP_ANCHORS = {"des que possible", "au plus vite", "as soon as possible", "asap",
        "zo snel mogelijk", "immediatement", "immediately", "z.s.m.", "per direct", "per omgaande", "op korte termijn"};
    /** Any of {@link #ASAP_ANCHORS}, tried where one of them was found. */
    private static final Pattern ASAP = Pattern.compile(String.join("|",
            java.util.Arrays.stream(ASAP_ANCHORS).map(Pattern::quote).toArray(String[]::new)));
    /** An adverb of time ("immediately") is about the start only near a word of starting or availability. */
    private static final String[] NEAR_ADVERB = {"available", "disponible", "start", "begin", "commenc", "demarr", "debut",
        "pourvoir", "join", "rejoindre", "beschikbaar", "position is", "poste est"};

    @Override
    public String name() {
        return "start";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.START_TEXT) || t.isSet(Field.START_DATE)) {
            return;
        }
        if (!frontMatter(t) && !labelled(t)) {
            if (!phrase(t) && !range(t)) {
                asap(t);
            }
        }
    }

    /** A front-matter key whose role is the start ("start_date: Janvier 2021", "debut: 3 janvier"), verbatim. */
    private boolean frontMatter(PostingText t) {
        for (var e : t.frontMatter.entrySet()) {
            if (MetaDateRoles.metaRole(e.getKey()) != DateRoles.Role.START) {
                continue;
            }
            PostingText.Meta m = e.getValue();
            // a CMS datetime ("2024-04-22T22:00:00.000Z") is a stored instant whose day depends on the zone: not read
            if (StartPhrases.hasDateWords(t.fold, m.start(), m.end()) && !m.value().matches("(?s).*\\d{4}-\\d{2}-\\d{2}[t ]\\d{2}:.*")
                    && !m.value().matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*")) {
                write(t, Clean.value(t.slice(m.start(), m.end())), m.start(), m.end(), "start.front-matter:" + e.getKey());
                return true;
            }
        }
        return false;
    }

    private boolean labelled(PostingText t) {
        String f = t.fold;
        int best = -1;
        String bestLabel = null;
        for (String label : LABELS) {
            for (int i : t.hits.of(label)) {
                if (i > 0 && Character.isLetter(f.charAt(i - 1)) || conditionAtStart(f, i)) {
                    continue;
                }
                if (label.equals("beschikbaarheid") && !Keywords.onlyChars(f, t.lineStart(i), i, "-*#_ 0.")
                        && !f.startsWith(":", i + label.length()) && !f.startsWith(" :", i + label.length())) {
                    continue; // « de schaalbaarheid, veiligheid en beschikbaarheid van Pleio »: a system's availability
                }
                if (best < 0 || i < best) {
                    best = i;
                    bestLabel = label;
                }
                break;
            }
        }
        if (best < 0) {
            return false;
        }
        int after = best + bestLabel.length();
        int lineStart = t.lineStart(best);
        boolean atLineStart = Keywords.onlyChars(f, lineStart, best, "-*#_ 0.");
        Matcher fm = FILLER.matcher(f).region(after, Math.min(f.length(), after + 40));
        int valueStart = fm.lookingAt() ? fm.end() : after;
        int valueEnd = StartPhrases.segmentEnd(t, valueStart);
        if (valueEnd <= valueStart && t.headingBefore(best + 1) != null && t.headingBefore(best + 1).start() == lineStart) {
            // "#### Date de début" then the value on the next line
            int next = t.lineEnd(best) + 1;
            while (next < f.length() && f.charAt(next) == '\n') {
                next++;
            }
            valueStart = next;
            valueEnd = StartPhrases.segmentEnd(t, next);
        }
        if (valueEnd <= valueStart) {
            return false;
        }
        String value = Clean.value(t.slice(valueStart, valueEnd));
        boolean dated = StartPhrases.hasDateWords(f, valueStart, valueEnd);
        if (!atLineStart && !dated) {
            // "La date de début de mission est à discuter." -> the whole sentence
            int s = t.sentenceStart(best);
            int e = t.sentenceEnd(best);
            if (Keywords.regionContainsAny(f, s, e, LEEWAY) && (phrase(t) || range(t))) {
                return true; // « Il sera possible de décaler le début du stage »: leeway on a start the text dates elsewhere
            }
            int clause = StartPhrases.nextClause(t, best, e);
            if (clause >= 0) {
                e = clause - 1; // "The starting date is flexible, and the PhD program takes 4 years": the clause about it
            }
            write(t, Clean.sentence(t.slice(s, Math.min(t.text.length(), e + 1))), s, e + 1, "start.sentence");
            return true;
        }
        if (value == null) {
            return false;
        }
        if (atLineStart && !f.substring(best, valueStart).contains(":") && valueStart > after && t.lineStart(valueStart) == lineStart) {
            // "- Démarrage dès que possible": the label is part of the phrase; « Début : Début 2026 », "Start: March
            // 2026": a label with its colon is not
            String whole = Clean.value(t.slice(best, valueEnd));
            if (whole != null) {
                write(t, whole, best, valueEnd, "start.label");
                return true;
            }
        }
        write(t, value, valueStart, valueEnd, "start.label");
        return true;
    }

    /** « Het RKD vraagt een VOG bij indiensttreding », « à fournir lors de la prise de poste »: something due at the start. */
    private static boolean conditionAtStart(String f, int i) {
        String before = f.substring(Math.max(0, i - 12), i);
        return before.endsWith("bij ") || before.endsWith("lors de la ") || before.endsWith("lors de ") || before.endsWith("avant la ")
                || before.endsWith("upon ") || before.endsWith("prior to ");
    }

    private boolean phrase(PostingText t) {
        String f = t.fold;
        int best = -1;
        int bestLength = 0;
        DateGrammar.DateMatch bestDate = null;
        for (String p : PHRASES) {
            for (int i : t.hits.of(p)) {
                if (best >= 0 && i > best) {
                    break;
                }
                if (i > 0 && Character.isLetter(f.charAt(i - 1))) {
                    continue;
                }
                DateGrammar.DateMatch d = dateSoonAfter(t, i + p.length());
                if (d == null) {
                    continue;
                }
                int s = t.sentenceStart(i);
                if (!Keywords.regionContainsAny(f, s, t.sentenceEnd(i), START_WORDS)
                        || Keywords.regionContainsAny(f, s, i, DEADLINE_WORDS) || inContextSection(t, i)
                        || Keywords.regionContainsAny(f, s, i, INTERVIEW_WORDS)) {
                    continue;
                }
                best = i;
                bestLength = p.length();
                bestDate = d;
                break;
            }
        }
        if (best < 0) {
            return false;
        }
        if (f.charAt(best + bestLength - 1) == ':' || f.startsWith(": ", best + bestLength - 2)) {
            // « Poste à pourvoir : septembre 2023 »: the phrase is a label, its value what follows the colon
            String value = Clean.value(t.slice(best + bestLength, bestDate.end()));
            if (value != null) {
                write(t, value, best + bestLength, bestDate.end(), "start.label");
                return true;
            }
        }
        int ls = t.lineStart(best);
        int le = t.lineEnd(best);
        if (best >= t.bodyStart && le - ls <= 80 && t.sentenceEnd(best) >= Math.min(le, t.text.lastIndexOf('.', le - 1))) {
            // a short line about the start: the line is the phrase ("For 1 year starting no later than
            // September 2018.", "Dates : à partir de janvier 2020 (adaptable)" after its label)
            int s = ls;
            int colon = Keywords.indexIn(t.text, " : ", ls, best);
            if (colon < 0) {
                colon = Keywords.indexIn(t.text, ": ", ls, best);
            }
            if (colon >= 0) {
                s = t.text.indexOf(':', colon) + 1;
            }
            boolean participle = t.fold.startsWith("starting ", best) || t.fold.startsWith("beginning ", best)
                    || t.fold.startsWith("commencing ", best);
            String line = Clean.sentence(t.slice(s, le));
            if (line != null && (colon >= 0 || participle)) {
                write(t, line, s, le, "start.line");
                return true;
            }
        }
        write(t, Clean.value(t.slice(best, bestDate.end())), best, bestDate.end(), "start.phrase");
        return true;
    }

    private static final String[] CONTEXT_HEADINGS = {"context", "about", "qui sommes", "presentation", "a propos",
        "who we are", "historique", "l'association", "notre structure", "over ons", "project"};

    /** True under a heading that presents the organisation or project rather than the job. */
    private static boolean inContextSection(PostingText t, int i) {
        PostingText.Heading h = t.headingBefore(i);
        return h != null && Keywords.containsAny(h.fold(), CONTEXT_HEADINGS);
    }

    private static final String[] DEADLINE_WORDS = {"candidat", "postul", "apply", "application", "deadline", "limite"};

    private static DateGrammar.DateMatch dateSoonAfter(PostingText t, int from) {
        String f = t.fold;
        int limit = Math.min(f.length(), from + 30);
        for (int i = from; i < limit; i++) {
            char c = f.charAt(i);
            if (c == '\n' || c == '.' || c == ',') {
                return null;
            }
            if (Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))) {
                DateGrammar.DateMatch d = DateGrammar.parseAt(f, i, t::numericOrder);
                if (d != null) {
                    return d;
                }
                if (Character.isDigit(c) && f.startsWith("20", i) && i + 4 <= f.length()) {
                    // a bare year: "beginning early 2016"
                    int e = i + 4;
                    if ((e == f.length() || !Character.isDigit(f.charAt(e))) && f.substring(i, e).chars().allMatch(Character::isDigit)) {
                        return new DateGrammar.DateMatch(i, e, null, 1, null);
                    }
                }
            }
        }
        return null;
    }

    private void asap(PostingText t) {
        for (String anchor : ASAP_ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                Matcher m = ASAP.matcher(t.fold).region(i, Math.min(t.fold.length(), i + 25));
                if (!m.lookingAt()) {
                    continue;
                }
                int s = t.sentenceStart(m.start());
                int e = t.sentenceEnd(m.start());
                String f = t.fold;
                boolean adverb = anchor.startsWith("immediat");
                if (adverb && !Keywords.regionContainsAny(f, Math.max(s, i - 25), Math.min(e, m.end() + 25), NEAR_ADVERB)) {
                    continue; // "able to immediately contribute"
                }
                if (Keywords.regionContainsAny(f, s, e, START_WORDS) || adverb || anchor.startsWith("per ")) {
                    int vs = m.start();
                    int ve = m.end();
                    for (String w : new String[] {" available", " disponible", " beschikbaar"}) {
                        if (f.startsWith(w, ve)) {
                            ve += w.length(); // "immediately available"
                        }
                    }
                    if (adverb && e - s <= 60 && Keywords.regionContainsAny(f, s, vs, new String[] {"available", "disponible"})) {
                        vs = s; // "The position is available immediately"
                    }
                    write(t, Clean.value(t.slice(vs, ve)), vs, ve, "start.asap");
                    return;
                }
            }
        }
    }

    /** What makes a start with its day still vague: a bound, a choice, a range, a wish, a condition. */
    private static final String[] VAGUE = {"a partir", "from", "des ", "plus tot", "au plus", "sooner", "earlier",
        "later", "subject", "selon", " ou ", " or ", " of ", "environ", "vers ", "around", "approx", "souhait", "flexible",
        "negoci", "possible", "(", "between", "entre", "jusqu", "until", "semaine", "week", "mois", "month",
        "tot ", "vanaf", "uiterlijk", "ideal", "if ", "si ", "latest", "preferab", "wish"};

    /** "Interviews will take place on the week beginning the 4th January": the interviews' date, not the job's start. */
    static final String[] INTERVIEW_WORDS = {"interview", "entretien", "gesprek", "jury", "audition"};

    /** The opening day of the range a contract runs over: its start. */
    private boolean range(PostingText t) {
        int[] r = StartRanges.find(t);
        if (r == null) {
            return false;
        }
        write(t, Clean.value(t.slice(r[0], r[1])), r[0], r[1], "start.range");
        return true;
    }

    private void write(PostingText t, String value, int s, int e, String rule) {
        if (value == null) {
            return;
        }
        int lead = StartPhrases.leadNoun(t, s);
        if (lead < s) {
            String longer = Clean.value(t.slice(lead, e));
            if (longer != null) {
                value = longer;
                s = lead;
            }
        }
        var out = t.out();
        String f = t.fold;
        DateGrammar.DateMatch date = null;
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(f.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))) {
                DateGrammar.DateMatch d = DateGrammar.parseAt(f, i, t::numericOrder);
                if (d != null && d.end() <= e + 1) {
                    date = d;
                    break;
                }
            }
        }
        t.set(Field.START_TEXT);
        String rest = date == null ? "" : f.substring(Math.min(date.end(), e), e);
        if (date == null || date.toDate() == null || Keywords.containsAny(f.substring(s, date.start()) + " " + rest, VAGUE)
                || rest.startsWith(" au ") || rest.startsWith(" to ") || rest.startsWith(" - ") || rest.startsWith(" \u2013 ")
                || rest.startsWith(" tot ")) {
            // the phrase is kept when the start is vague: no day, or a day with a bound, a choice, a wish
            out.startText(value);
            t.evidence(Field.START_TEXT, s, e, rule);
        }
        if (date == null) {
            Matcher season = StartPhrases.SEASON.matcher(f).region(s, Math.min(f.length(), e + 1));
            if (season.find()) {
                // "starting Spring 2024": a season's first month, enough to give a deadline without its year its own
                t.startMonth = java.time.YearMonth.of(Integer.parseInt(season.group(2)), StartPhrases.seasonMonth(season.group(1)));
            }
            return;
        }
        String before = f.substring(Math.max(s, date.start() - 12), date.start());
        if ((rest.startsWith(" et ") || rest.startsWith(" and ") || rest.startsWith(" en "))
                && (before.contains("entre") || before.contains("between") || before.contains("tussen"))) {
            return; // « entre le 1er juin et le 22 août »: a window, not the day of the start
        }
        java.time.LocalDate day = date.toDate();
        if (day == null && date.hasDay() && date.year() == null && t.postedDate != null) {
            // « start_date: 3 janvier » in a posting of 30 November 2021: the next 3 January after the posting
            day = DateRoles.value(t, date);
        }
        if (day == null && date.hasDay() && date.year() == null) {
            // « à partir du 1er avril » on top, « à partir du 1er avril 2021 » below: the text gives the year itself
            Integer year = Timeline.yearWrittenFor(t, date.month(), date.day());
            if (year != null) {
                try {
                    day = java.time.LocalDate.of(year, date.month(), date.day());
                } catch (java.time.DateTimeException ex) {
                    day = null;
                }
            }
        }
        if (day != null) {
            out.startDate(day);
            t.startDate = day;
            t.set(Field.START_DATE);
            t.evidence(Field.START_DATE, date.start(), date.end(), "start.date");
        } else if (date.year() != null) {
            t.startMonth = Timeline.yearMonth(date);
        }
    }
}
