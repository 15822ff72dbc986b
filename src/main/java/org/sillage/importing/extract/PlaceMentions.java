package org.sillage.importing.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The workplace among the places of the gazetteer ({@link Places}) that a posting names, when no label, postcode or
 * sentence of {@link LocationRule}'s older steps names it (ADR 0033). Each mention is weighed by its context; the best
 * place weighing {@value #MIN_PLACE_SCORE} or more wins.
 */
final class PlaceMentions {
    private PlaceMentions() {
    }

    /** A lone « à X » weighs 3: a place needs a second sign (ADR 0033). */
    private static final int MIN_PLACE_SCORE = 4;
    /** Words that make the place after them a street's name (« rue de Paris »), not where the job is. */
    private static final java.util.Set<String> STREET = java.util.Set.of("rue", "avenue", "av", "boulevard", "bd", "place",
        "quai", "chemin", "allee", "impasse", "route", "cours", "square", "street", "road", "straat", "laan", "weg", "plein");
    /** What makes a place the workplace: words of its line. */
    /** Words naming the area a job covers, before « de » and its town: « secteur du Pont-du-Gard », « région de Lens ». */
    private static final java.util.Set<String> AREA_WORDS = java.util.Set.of("secteur", "region", "agglomeration", "environs",
        "bassin", "omgeving", "regio");
    static final String[] PLACE_LINE_WORDS = {"lieu", "localisation", "location", "adresse", "address", "based",
        "base a", "basee a", "situe", "werkplek", "locatie", "standplaats", "ville", "city", "site", "poste", "office", "bureau",
        // « Le stage se déroulera au sein du laboratoire LS2N à Nantes », "will take place at LIP6, Paris"
        "se deroul", "take place", "takes place", "carried out at", "carried out in"};

    /**
     * A place of the gazetteer ({@link Places}) named where a workplace is named: after « à », "in", "te", "at"; before
     * its country or its département (« Lille, France », « Gif-sur-Yvette (91) »); after a postcode; alone on its line,
     * in the first lines, or on a line that speaks of a place. Each mention is weighed by these, plus a point for each
     * other mention; a name that the text also writes in lower case (a word, not a place) needs a preposition or a
     * country. The best weighing 4 or more is the workplace.
     *
     * @return where the workplace is written, with its country or département when they follow ({start, end}), or null
     */
    static int[] best(PostingText t) {
        String s = t.text;
        String f = t.fold;
        Places places = Places.get();
        int end = Math.min(s.length(), Math.max(0, t.bodyStart) + 30_000);
        int topEnd = topLinesEnd(t);
        // per place: its best weight, where that mention starts and ends, how often it is named
        Map<String, int[]> seen = new HashMap<>();
        // whether each place's name is also written as a word, found once per name
        Map<String, Boolean> words = new HashMap<>();
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (!Character.isUpperCase(c) || i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1))
                    || "@./_'’-".indexOf(s.charAt(i - 1)) >= 0)) {
                continue;
            }
            int[] ends = wordEnds(s, i, places.longestWords());
            int me = -1;
            String key = null;
            for (int k = ends.length - 1; k >= 0 && me < 0; k--) {
                key = Places.keyOfFolded(f, i, ends[k]);
                if (places.find(key) != null) {
                    me = ends[k];
                }
            }
            if (me < 0) {
                if (ends.length > 0) {
                    i = ends[0];
                }
                continue;
            }
            if (DateGrammar.month(key) != null) {
                i = me;
                continue; // "in March", « en Mai »: a month, whatever town bears its name
            }
            int weight = placeWeight(t, i, me, topEnd, key, words);
            int[] p = seen.computeIfAbsent(key, x -> new int[] {-1, 0, 0, 0});
            if (weight >= 0) {
                p[3]++;
            }
            if (weight > p[0]) {
                p[0] = weight;
                p[1] = i;
                p[2] = me;
            }
            i = me;
        }
        int[] chosen = null;
        for (int[] p : seen.values()) {
            if (p[0] < 0) {
                continue;
            }
            int score = p[0] + Math.min(2, p[3] - 1);
            if (score >= MIN_PLACE_SCORE && (chosen == null || score > chosen[0] + Math.min(2, chosen[3] - 1)
                    || score == chosen[0] + Math.min(2, chosen[3] - 1) && p[1] < chosen[1])) {
                chosen = p;
            }
        }
        return chosen == null ? null : new int[] {chosen[1], withCountry(t, chosen[2])};
    }

    /** Where the first line of the body ends (its title), or the body's start. */
    private static int topLinesEnd(PostingText t) {
        int e = t.bodyStart;
        for (int[] l : TopLines.of(t, 1)) {
            e = Math.max(e, l[1]);
        }
        return e;
    }

    /** The ends of the words of a capitalised name at {@code i}: « Villeneuve-d'Ascq », « Aix en Provence », "Den Haag". */
    private static int[] wordEnds(String s, int i, int most) {
        int[] ends = new int[most];
        int n = 0;
        int k = i;
        while (n < most && k < s.length()) {
            int w = k;
            while (k < s.length() && (Character.isLetter(s.charAt(k))
                    || (s.charAt(k) == '\'' || s.charAt(k) == '’') && k + 1 < s.length() && Character.isLetter(s.charAt(k + 1)) && k > w)) {
                k++;
            }
            if (k == w) {
                break;
            }
            ends[n++] = k;
            if (k + 1 < s.length() && (s.charAt(k) == '-' || s.charAt(k) == ' ') && Character.isLetter(s.charAt(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        return java.util.Arrays.copyOf(ends, n);
    }

    /**
     * How much a mention of a place at [s, e) says that the job is there; -1 when it is a street, a person, a body, an
     * address or a word rather than a place.
     */
    private static int placeWeight(PostingText t, int s, int e, int topEnd, String key, Map<String, Boolean> words) {
        String text = t.text;
        String f = t.fold;
        if (e < text.length() && (text.charAt(e) == '@' || text.charAt(e) == '.' && e + 1 < text.length()
                && Character.isLetter(text.charAt(e + 1)))) {
            return -1; // an e-mail or a host name
        }
        int ls = t.lineStart(s);
        int le = t.lineEnd(s);
        // the word before, and the one before it
        int p = s - 1;
        while (p >= ls && text.charAt(p) == ' ') {
            p--;
        }
        int pw = p;
        while (pw >= ls && Character.isLetter(text.charAt(pw))) {
            pw--;
        }
        String before = f.substring(pw + 1, p + 1);
        int q = pw;
        while (q >= ls && (text.charAt(q) == ' ' || text.charAt(q) == '\'')) {
            q--;
        }
        int qw = q;
        while (qw >= ls && Character.isLetter(text.charAt(qw))) {
            qw--;
        }
        String before2 = f.substring(qw + 1, q + 1);
        if (STREET.contains(before) || STREET.contains(before2) && (before.equals("de") || before.equals("du") || before.equals("d")
                || before.equals("des") || before.equals("of") || before.equals("van"))) {
            return -1;
        }
        // the word after: a capitalised word right after is a person's name or a longer body's name, unless it is a
        // state's code ("Brisbane QLD", "Austin TX")
        int a = e;
        boolean region = !text.substring(s, e).equals(text.substring(s, e).toUpperCase(java.util.Locale.ROOT))
                && PlaceSurroundings.regionCodeAt(text, a);
        if (!region && a + 1 < text.length() && text.charAt(a) == ' ' && Character.isUpperCase(text.charAt(a + 1))
                && !Character.isUpperCase(text.charAt(s + 1 < e ? s + 1 : s)) && !PlaceSurroundings.facilityAt(f, a + 1)) {
            return -1;
        }
        int w = 0;
        boolean strong = false;
        if (region) {
            w += 3;
            strong = true;
        }
        if (before.equals("a") && text.charAt(p) == 'à' || before.equals("in") || before.equals("te") || before.equals("at")
                || before.equals("sur") && !before2.equals("sur") && !SITE_BEFORE.contains(before2)
                || before.equals("op") || before.equals("near")) {
            w += 3;
            strong = true;
        }
        String after = f.substring(e, Math.min(f.length(), e + 40));
        java.util.regex.Matcher m = AFTER_PLACE.matcher(after);
        if (m.lookingAt()) {
            String what = m.group(1);
            if (what.chars().allMatch(Character::isDigit) || LocationRule.COUNTRIES.contains(what.strip())
                    || PlaceSurroundings.US_STATE_NAMES.contains(what.strip())) {
                w += 3; // (« Lille, France », "San Francisco, California, United States")
                strong = true;
                if (Keywords.onlyChars(f, ls, s, " *_#>-•") && !f.substring(ls, le).stripTrailing().endsWith(".")) {
                    w += 1; // and the line begins with it: a place's own line ("San Francisco, California, United States — …"),
                            // not a sentence's end wrapped onto it ("… are located in\nTampere, Finland.")
                }
            }
        }
        if (DATELINE.matcher(f).region(e, Math.min(f.length(), e + 30)).lookingAt()) {
            w += 3; // a letter's dateline: « Paris, le 3 avril 2018 », "London, 12 May 2024"
            strong = true;
        }
        if (p >= ls && text.charAt(p) == ',' && labelLineEndsWith(t, ls, le, e)) {
            w += 4; // « Laboratoire : Hypoxie Physiopathologie (HP2), Grenoble »: a labelled body, then its city, says it alone
            strong = true;
        }
        if (p >= ls && text.charAt(p) == '(' && e < text.length() && text.charAt(e) == ')') {
            w += 3; // « Écolab (Orléans) »: a body, then its city
            strong = true;
        }
        if (p >= ls && text.charAt(p) == ',' && BodyPlaces.bodyThenTownEndsLine(t, ls, le, pw, e)) {
            w += 3; // « Faculté des Sciences, Sorbonne Université, Paris »: a body's line, then its town
            strong = true;
        }
        if (before.equals("de") || before.equals("du") || before.equals("van") || before.equals("of")) {
            w += 1;
            if (!strong && BodyPlaces.whereTheWorkIs(t, ls, le, pw)) {
                // « se déroulera au Centre de Recherche en Automatique de Nancy », "based at the University of Leeds":
                // where the body the job is at is (not "in line with University of Vienna policy")
                w += 1;
            }
            if (AREA_WORDS.contains(before2) && !before.equals("of")) {
                w += 2; // « sur le secteur du Pont-du-Gard », « dans la région de Lens »: the area the job covers
                strong = true;
            }
        }
        if (before.length() == 2 && qw == q && q >= ls && Character.isDigit(text.charAt(q)) && text.charAt(pw) == ' '
                && Character.isUpperCase(text.charAt(pw + 1))) {
            w += 3; // after a Dutch postcode, « 3832 RG Leusden »
            strong = true;
        }
        if (p >= ls && p - 4 >= ls && Character.isDigit(text.charAt(p)) && before.isEmpty()) {
            w += 3; // after a postcode
            strong = true;
        }
        String line = le - ls <= key.length() + 12 ? f.substring(ls, le).replaceAll("[^\\p{L}\\d]+", " ").strip() : null;
        if (line != null && (line.equals(key) || region && line.startsWith(key + " ") && line.length() <= key.length() + 4)) {
            if (ls - Math.max(0, t.bodyStart) < 400) {
                w += 1; // near the top, under the title: a job board's place line ("Sr DevOps Engineer\n\nLondon")
            }
            w += 3; // alone on its line
            strong = true;
        }
        if (!strong && (p < ls || ".!?:;".indexOf(text.charAt(p)) >= 0 || "-*•".indexOf(text.charAt(p)) >= 0 && p == PlaceSurroundings.firstNonSpace(text, ls))) {
            return -1; // a capital at a sentence's start says nothing
        }
        if (s < topEnd) {
            w += 1;
        }
        for (String word : PLACE_LINE_WORDS) {
            // every search stays within the line (at most PostingText.MAX_LINE chars): a long text stays linear
            if (Keywords.indexIn(f, word, ls, le) >= 0) {
                w += 2;
                break;
            }
        }
        if (PlaceSurroundings.elsewhere(t, s)) {
            return -1; // a test, a trip, a meeting or a training held there, not the workplace
        }
        if (!strong && words.computeIfAbsent(key, k -> writtenAsWord(f, text, k))) {
            return -1;
        }
        return w;
    }

    /**
     * Whether the line [ls, le) is a short label line (« Laboratoire : … », "Host: …") that ends with the place
     * ending at {@code e}, its country or département aside.
     */
    private static boolean labelLineEndsWith(PostingText t, int ls, int le, int e) {
        String f = t.fold;
        int colon = f.indexOf(':', ls);
        if (colon < 0 || colon >= e || colon - ls > 30 || le - ls > 160) {
            return false;
        }
        for (int k = ls; k < colon; k++) {
            if (!Character.isLetter(f.charAt(k)) && " '-*_#".indexOf(f.charAt(k)) < 0) {
                return false;
            }
        }
        int end = withCountry(t, e);
        return Keywords.onlyChars(f, end, le, " .*_");
    }

    /**
     * Words before « sur » that make what follows a website, not a town: « Rejoignez-nous sur Job that make sense »,
     * « postulez sur Indeed », « publiée sur Welcome to the Jungle ».
     */
    private static final java.util.Set<String> SITE_BEFORE = java.util.Set.of("nous", "vous", "postulez", "postuler",
        "candidatez", "candidater", "inscrivez", "publiee", "publie", "disponible", "consultable");

    /** A date right after a place and a comma: a letter's dateline (« , le 3 avril 2018 », ", 12 May 2024"). */
    private static final Pattern DATELINE = Pattern.compile(",? (?:le )?\\d{1,2}(?:er|st|nd|rd|th)? (?:janvier|fevrier|mars|avril|mai|juin"
            + "|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september"
            + "|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober) \\d{4}");

    /** A country or a département's number after a place (« Lens (62) »), never the start of a postcode. */
    private static final Pattern AFTER_PLACE = Pattern.compile("(?:, ?|\\s*\\()([a-z][a-z' -]{1,25}?|\\d{2,3}(?!\\d))(?=[^a-z' -]|$| and | et | or | ou | en )");

    /** The name also stands in the text in lower case: a word ("best", « orange »), so a capital alone does not make it a place. */
    /**
     * Places whose name is also a common word that names take capitalised (« La Ville de Roubaix », « Maison de la
     * Mer », "Church Street"): a word, unless a strong cue (« basé à ») says it is the place.
     */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("ville", "rue", "mer", "riviere", "jardin",
        "bonne", "vue", "mont", "bourg", "court", "church", "valley", "roche");

    private static boolean writtenAsWord(String f, String text, String key) {
        if (COMMON_WORDS.contains(key)) {
            return true;
        }
        for (int k = f.indexOf(key); k >= 0; k = f.indexOf(key, k + 1)) {
            boolean wordStart = k == 0 || !Character.isLetter(f.charAt(k - 1));
            int e = k + key.length();
            boolean wordEnd = e >= f.length() || !Character.isLetter(f.charAt(e));
            // (« jobs@brugge.be », "www.kortrijk.be": a domain is no word of the text)
            boolean inAddress = k > 0 && "@./".indexOf(f.charAt(k - 1)) >= 0
                    || e + 1 < f.length() && f.charAt(e) == '.' && Character.isLetter(f.charAt(e + 1));
            if (wordStart && wordEnd && !inAddress && Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first town of the gazetteer named inside {@code [from, to)}, a name's or a title's span: « Centre de
     * Recherche en Automatique de Nancy », "Sudbury Library and Information Advisor", « Contrat doctoral à la HEAD
     * Genève ». A month, and a name the text also writes as a word, are none.
     *
     * @return the town's {start, end}, or null
     */
    /**
     * The first place named in {@code [from, to)}, or with {@code last} the last one: a body's name ends with its town
     * (« Scouting Phoenix Tiel », « Mission Locale de Lille »), whatever else it is named after.
     */
    static int[] inSpan(PostingText t, int from, int to, boolean last) {
        String s = t.text;
        int[] found = null;
        String f = t.fold;
        Places places = Places.get();
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            if (!Character.isUpperCase(s.charAt(i)) || i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1))
                    || "@./_'’-".indexOf(s.charAt(i - 1)) >= 0)) {
                continue;
            }
            int[] ends = wordEnds(s, i, places.longestWords());
            for (int k = ends.length - 1; k >= 0; k--) {
                if (ends[k] <= 0 || ends[k] > to) {
                    continue;
                }
                String key = Places.keyOfFolded(f, i, ends[k]);
                if (key.length() >= 4 && places.find(key) != null && DateGrammar.month(key) == null
                        && !writtenAsWord(f, s, key)) {
                    found = new int[] {i, ends[k]};
                    if (!last) {
                        return found;
                    }
                    i = ends[k] - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** A place's end, with its country or département when they follow: « Lille, France », « Gif-sur-Yvette (91) ». */
    static int withCountry(PostingText t, int e) {
        java.util.regex.Matcher m = AFTER_PLACE.matcher(t.fold.substring(e, Math.min(t.fold.length(), e + 40)));
        if (m.lookingAt()) {
            String what = m.group(1);
            if (what.chars().allMatch(Character::isDigit) || LocationRule.COUNTRIES.contains(what.strip())) {
                return t.fold.charAt(e + m.end(1)) == ')' ? e + m.end(1) + 1 : e + m.end(1);
            }
        }
        return e;
    }
}
