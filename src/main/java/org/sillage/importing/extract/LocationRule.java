package org.sillage.importing.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

import static org.sillage.importing.extract.LocationLabels.PLACE_NAME;

/**
 * The workplace, in this order: front matter {@code location}/{@code city} (short values only); a label at
 * the start of a line (« Localisation », « Lieu de stage : », "Location:", « Poste basé à »), reduced to
 * its city when it holds a postcode; « nos bureaux sont à X »; the city of the first postcode; a city named
 * again and again after « à ».
 */
final class LocationRule implements Rule {
    private static final String[] META = {"location", "city", "lieu", "localisation", "ville", "workplace", "place", "place of work",
        "place_of_work", "work location", "work_location", "job location", "job_location", "duty station", "locatie", "standplaats",
        "werkplek", "lieu de travail", "lieu_de_travail"};
    static final String[] LABELS = {"localisation", "lieu de travail", "lieux de travail", "lieux d'intervention", "lieu d'intervention", "work locations", "lieu du poste", "lieu de stage", "lieu du stage",
        "lieu de la mission", "lieu d'affectation", "lieu d'exercice", "residence administrative", "secteur geographique",
        "zone geographique",
        "lieu", "location", "workplace", "work location",
        "werkplek", "plaats van tewerkstelling", "plaats tewerkstelling", "tewerkstellingsplaats", "werkplaats", "standplaats", "werklocatie", "locatie", "poste base", "alternance basee", "stage base", "mission basee",
        "based in", "affectation", "ville", "place:", "place :", "place of work", "ou :", "ou:", "ou ?", "plaats:", "plaats :",
        "zone d'intervention", "office:", "office :", "kantoor:", "kantoor :", "duty station"};
    /** A label's value that says how the work is done, not where. */
    private static final String WORK_MODE = "(?:on[- ]?site|in[- ]office|remote|hybrid|hybride|presentiel|teletravail|distanciel"
            + "|and|et|&|/|\\(|\\)|-|work|model)";
    static final Pattern NOT_A_PLACE = Pattern.compile("\\s*(?:en presentiel|presentiel|sur site|on[- ]?site|in person"
            // "On-Site and Remote Hybrid", « hybride (présentiel / télétravail) »: a mix of both, still no place
            + "|(?:" + WORK_MODE + "\\s*)*(?:hybrid|hybride)(?:\\s*" + WORK_MODE + ")*)[\\s.,;:!)*_]*");
    /**
     * « Localisation : télétravail exclusivement », "Location: Remote": the job has no workplace, whatever city the
     * text names; group 1 is the word that says so (« exclusivement », "only").
     */
    static final Pattern REMOTE_ONLY = Pattern.compile("\\s*(?:100 ?% )?(?:en )?(?:teletravail|remote|full remote|fully remote"
            + "|a distance|thuiswerk(?:en)?|home office)(?: (exclusivement|uniquement|only|complet|total|integral))?[\\s.,;:!)*_]*");
    static final String[] A_CITY = {" a "};
    private static final String[] GLOBAL = {"world ", "global ", "international ", "mondial", "wereldwijd"};

    /** "our world headquarters are located in Helsinki": the 50 chars before {@code i} speak of a firm's head office abroad. */
    static boolean abroad(String fold, int i) {
        return Keywords.regionContainsAny(fold, Math.max(0, i - 50), i, GLOBAL);
    }
    static final Pattern POSTCODE_CITY = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?:[A-Z]{1,2}-)?(\\d{5}|[1-9]\\d{3})(?: [A-Z]{2}(?= \\p{Lu}))?[ ]{1,2}(\\p{Lu}[\\p{L}'-]{1,30}(?:[ -](?:sur|sous|en|les|lès|lez|le|la|de|du|aux|\\p{Lu}[\\p{L}'-]{1,30})){0,3})");
    /** One or two capitalised words (« Villeneuve d'Ascq » too), or a word and an arrondissement's number. */
    static final Pattern CAPWORDS = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]{1,30}(?: (?:\\p{Lu}[\\p{L}'-]{1,30}|d'\\p{Lu}[\\p{L}'-]{1,30}|\\d{1,2}(?![\\d])))?");
    static final String[] CUT = {" avec ", " with ", ";", " **", " |", " (deplacements", " – ", ". ", " et deplacements", " mais ", " but ",
        // "Based in Nairobi, Kenya, the role covers East Africa": a clause after the place
        ", the ", ", which ", ", where ", ", this ", ", you ", ", we "};

    @Override
    public String name() {
        return "location";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.LOCATION)) {
            return;
        }
        PostingText.Meta m = t.meta(META);
        if (m != null && m.value().split("\\s+").length <= 5 && write(t, m.start(), m.end(), "location.front-matter")) {
            return;
        }
        int comma = m == null ? -1 : Keywords.indexIn(t.text, ",", m.start(), m.end());
        if (m != null && comma > m.start() && t.text.substring(m.start(), comma).strip().split("\\s+").length <= 3
                && write(t, m.start(), comma, "location.front-matter")) {
            return; // location = "Remote, preference for working hours that …": the place, then a sentence about it
        }
        if (LocationLabels.label(t) || WorkplaceSentences.offices(t) || WorkplaceSentences.settled(t, WorkplaceSentences.SETTLED) || LocationMarks.pin(t)
                || WorkplaceSentences.basedIn(t) || WorkplaceSentences.settled(t, WorkplaceSentences.SET_UP) || WorkplaceSentences.ownSite(t) || LocationMarks.titlePlace(t) || LocationMarks.dashPlace(t) || LocationMarks.chipPlace(t) || LocationMarks.hyphenBased(t) || arrondissement(t) || postcode(t, t.bodyStart, t.text.length(), "location.postcode") || streetThenTown(t) || cityCountry(t)
                || frequentCity(t) || namedPlace(t)) {
            return;
        }
    }

    /** « dans le 6ème arrondissement de Paris », « Lyon 7e arrondissement »: a town's district, then the town. */
    private static final Pattern ARRONDISSEMENT = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2} ?(?:e|eme|er|ieme|è)\\s+arrondissement\\s+(?:de\\s+|d')");

    private static boolean arrondissement(PostingText t) {
        Matcher m = ARRONDISSEMENT.matcher(t.fold);
        for (int from = t.bodyStart; Openings.find(m, t.fold, t.bodyStart, from, Openings.NUMBER_START); from = m.end()) {
            int s = m.end();
            int e = s;
            while (e < t.text.length() && (Character.isLetter(t.text.charAt(e)) || t.text.charAt(e) == '-')) {
                e++;
            }
            if (e > s && Character.isUpperCase(t.text.charAt(s)) && Places.known(t.text.substring(s, e))
                    && write(t, s, e, "location.arrondissement")) {
                return true;
            }
        }
        return false;
    }

    /** A place runs on over « -sur-Mer »-like joins only; a second capitalised word that is a month or a weekday goes. */
    static int placeEnd(PostingText t, int s, int e) {
        int sp = t.text.indexOf(' ', s);
        if (sp > s && sp < e) {
            String second = TextNormalizer.normalize(t.text.substring(sp + 1, e)).fold;
            if (second.matches("\\d+|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
                    + "|january|february|march|april|may|june|july|august|september|october|november|december|and|et|or|ou)")) {
                return sp;
            }
        }
        return e;
    }

    static boolean postcode(PostingText t, int from, int to, String rule) {
        if (to <= from) {
            return false;
        }
        String s = t.text;
        int guard = 0;
        for (int k = Math.max(from, 0); k < to - 5 && guard < 40; k++) {
            // a run of 4 or 5 digits, then a space: a postcode candidate
            if (!Character.isDigit(s.charAt(k)) || k > 0 && Character.isDigit(s.charAt(k - 1))) {
                continue;
            }
            int d = k;
            while (d < to && Character.isDigit(s.charAt(d))) {
                d++;
            }
            if (d - k < 4 || d - k > 5 || d >= to || s.charAt(d) != ' ' || k > 0 && Character.isLetter(s.charAt(k - 1))
                    || k > 1 && s.charAt(k - 1) == '-' && Character.isLetter(s.charAt(k - 2))) {
                k = d; // (« Inserm U1219 BPH », « UMR 5205 »'s « UMR5205 », "ISO-13485 Quality": a unit's or a norm's number)
                continue;
            }
            guard++;
            int start = k >= 2 && s.charAt(k - 1) == '-' && Character.isUpperCase(s.charAt(k - 2)) ? k - 2 : k;
            if (start == k - 2 && k >= 3 && Character.isUpperCase(s.charAt(k - 3))) {
                start = k - 3;
            }
            Matcher m = POSTCODE_CITY.matcher(s).region(start, Math.min(s.length(), d + 120));
            k = d;
            if (!m.lookingAt()) {
                continue;
            }
            int code = Integer.parseInt(m.group(1));
            if (m.group(1).length() == 4 && code >= 1900 && code <= 2100) {
                continue;
            }
            if (NOT_A_TOWN.contains(TextNormalizer.normalize(m.group(2).split("[ -]")[0]).fold)) {
                continue; // « 1010 Euros », "2500 Members": an amount or a count, not a postcode and its town
            }
            return write(t, m.start(2), m.end(2), rule);
        }
        return false;
    }

    /** Words after a number of four or five digits that make it an amount or a count, not a postcode. */
    private static final java.util.Set<String> NOT_A_TOWN = java.util.Set.of("euros", "euro", "eur", "dollars", "usd",
        "chf", "francs", "pounds", "gbp", "members", "membres", "leden", "adherents", "habitants", "inwoners",
        "inhabitants", "employees", "salaries", "medewerkers", "staff", "students", "etudiants", "hours", "heures", "uur");

    /** A capitalised place named three times or more after « à » (the posting's city, when nothing else says it). */
    private boolean frequentCity(PostingText t) {
        String f = t.fold;
        Map<String, int[]> counts = new HashMap<>();
        String best = null;
        for (int i : t.hits.of(" a ")) {
            if (i < t.bodyStart) {
                continue;
            }
            int s = i + 3;
            if (s < f.length() && Character.isUpperCase(t.text.charAt(s))) {
                int e = s;
                while (e < f.length() && (Character.isLetter(f.charAt(e)) || f.charAt(e) == '-') && e - s < 30) {
                    e++;
                }
                String w = t.text.substring(s, e);
                if (w.length() >= 3 && !w.equals(w.toUpperCase()) && t.text.charAt(i + 1) == 'à') {
                    int[] c = counts.computeIfAbsent(w, k -> new int[] {0, s, 0});
                    c[0]++;
                    c[2] = e - s;
                    if (best == null || c[0] > counts.get(best)[0]) {
                        best = w;
                    }
                }
            }
        }
        if (best == null || counts.get(best)[0] < 3) {
            return false;
        }
        int[] c = counts.get(best);
        return write(t, c[1], c[1] + c[2], "location.named-often");
    }

    /** A street's number and name, then « à » and a town: « 12 rue Nationale à Tourcoing » (no postcode written). */
    private static final Pattern STREET_THEN_TOWN = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allee|impasse|quai|route|cours"
            + "|square|passage|parvis|esplanade) [^,.;\\n]{2,60}? a (?=\\p{L})");

    private static boolean streetThenTown(PostingText t) {
        Matcher m = STREET_THEN_TOWN.matcher(t.fold);
        int guard = 0;
        for (int from = 0; Openings.find(m, t.fold, 0, from, Openings.NUMBER_START) && guard++ < 20; from = m.end()) {
            if (m.start() < t.bodyStart) {
                continue;
            }
            Matcher town = PLACE_NAME.matcher(t.text).region(m.end(), Math.min(t.text.length(), m.end() + 60));
            if (town.lookingAt() && Places.known(t.text.substring(town.start(), town.end()))
                    && write(t, town.start(), town.end(), "location.street-town")) {
                return true;
            }
        }
        return false;
    }

    /** Countries whose every town of 1,000 inhabitants is in the gazetteer ({@link Places}). */
    private static final java.util.Set<String> GAZETTEER_WHOLE = java.util.Set.of("france", "belgium", "belgique", "belgie",
        "netherlands", "the netherlands", "pays-bas", "nederland", "luxembourg", "switzerland", "suisse", "schweiz");

    /** Countries named after a city: "Leuven (Belgium)", "Lausanne, Switzerland", « Safi (Maroc) ». */
    static final java.util.Set<String> COUNTRIES = java.util.Set.of("france", "belgium", "belgique", "belgie",
        "netherlands", "the netherlands", "pays-bas", "nederland", "switzerland", "suisse", "schweiz", "germany",
        "allemagne", "deutschland", "luxembourg", "spain", "espagne", "italy", "italie", "portugal", "austria",
        "autriche", "united kingdom", "uk", "royaume-uni", "ireland", "irlande", "canada", "usa", "united states",
        "etats-unis", "maroc", "morocco", "tunisie", "tunisia", "algerie", "algeria", "senegal", "mali",
        "burkina faso", "cote d'ivoire", "cameroun", "cameroon", "benin", "togo", "niger", "madagascar", "kenya",
        "denmark", "danemark", "sweden", "suede", "norway", "norvege", "finland", "finlande", "poland", "pologne",
        "greece", "grece", "india", "inde", "japan", "japon", "australia", "australie", "brazil", "bresil",
        "mexico", "mexique", "chile", "chili", "south africa", "afrique du sud", "south-africa", "ghana", "nigeria", "ethiopia", "new zealand", "nouvelle-caledonie", "reunion", "guyane", "quebec",
        // and their ISO codes of three letters, as job boards write them: "Amersfoort (NLD)"
        "nld", "bel", "fra", "deu", "che", "lux", "gbr", "esp", "ita", "prt", "aut", "irl", "dnk", "swe");
    private static final Pattern CITY_THEN_COUNTRY = Pattern.compile(
            "(\\p{Lu}[\\p{Ll}'’-]+(?:[ -](?:sur|en|les|le|la|de)?[ -]?\\p{Lu}[\\p{Ll}'’-]+)?)(?:, | \\()(\\p{Lu}[\\p{L} '’-]{1,25}?)(\\)|[,.;\\n]| and| et| or| \\(|$)");
    /** A time zone asked for, not a place: "North American timezone", « fuseau horaire européen ». */
    static final Pattern TIME_ZONE = Pattern.compile("\\btime ?zones?\\b|\\bfuseaux? horaires?\\b|\\btijdzone");
    /** An owner's name before the place: "KFF's ", "Google’s " (one or two capitalised words). */
    static final Pattern POSSESSIVE = Pattern.compile("\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*)?['’]s (?=\\p{Lu})");
    /** The United States' states by their postal codes: "Pasadena, CA", "Austin, TX". */
    static final java.util.Set<String> US_STATES = java.util.Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE",
        "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
        "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
        "WA", "WV", "WI", "WY", "DC");

    /** The first city of the body written with its country, when nothing labels the workplace. */
    private boolean cityCountry(PostingText t) {
        Matcher m = CITY_THEN_COUNTRY.matcher(t.text);
        m.region(t.bodyStart, Math.min(t.text.length(), t.bodyStart + 20_000));
        int guard = 0;
        while (m.find() && guard++ < 200) {
            String country = TextNormalizer.normalize(m.group(2).strip()).fold;
            String city = TextNormalizer.normalize(m.group(1)).fold;
            boolean state = t.text.charAt(m.end(1)) == ',' && US_STATES.contains(m.group(2).strip()); // (« Service Civique (SC) »: an acronym)
            if (!COUNTRIES.contains(country) && !state || COUNTRIES.contains(city)
                    || city.endsWith("africa") || city.endsWith("afrique")) {
                continue;
            }
            if (GAZETTEER_WHOLE.contains(country) && java.util.Arrays.stream(m.group(1).split("[ -]")).noneMatch(Places::known)) {
                continue; // "Project Manager Farm Sustainability, Netherlands": every Dutch town is known, and this names none
            }
            if (PlaceSurroundings.elsewhere(t, m.start(1))
                    || abroad(t.fold, m.start(1))) {
                continue; // "founded in 2005 in Helsinki, Finland", "interviews in Paris, France": not the workplace
            }
            boolean bracket = t.text.charAt(m.end(1)) == ' ';
            int end = bracket && m.group(3).equals(")") ? m.end(3) : m.end(2);
            int start = m.start(1);
            if (city.equals("metropolitan area") || city.equals("metropolitan region") || city.equals("area")) {
                start = metropolis(t.text, start); // "Greater Montreal Metropolitan Area, Canada": the metropolis named before
                if (start == m.start(1)) {
                    continue;
                }
            }
            if (write(t, start, end, "location.city-country")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the capitalised words before an area's name start ("Greater Montreal" before "Metropolitan Area"), or
     * {@code at} when none stands right before it.
     */
    private static int metropolis(String text, int at) {
        int s = at;
        for (int words = 0; words < 3; words++) {
            int e = s - 1;
            if (e <= 0 || text.charAt(e) != ' ') {
                break;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == e || !Character.isUpperCase(text.charAt(b))) {
                break;
            }
            s = b;
        }
        return s;
    }

    /** The last step: the best-weighed place among those the text names (ADR 0033). */
    private boolean namedPlace(PostingText t) {
        int[] at = PlaceMentions.best(t);
        return at != null && write(t, at[0], at[1], "location.named-place");
    }

    private static final Pattern CEDEX = Pattern.compile("(?i)\\s+cedex(\\s+\\d{1,2})?$");

    /** Writes the place written at {@code [s, e)} as the location, cleaned; false when it is no place value. */
    static boolean write(PostingText t, int s, int e, String rule) {
        if (e <= s || t.inReferences(s)) {
            return false; // "New York, NY, USA. ACM": a publisher's town in a reference list
        }
        String v = Clean.value(t.slice(s, e));
        if (v != null) {
            v = CEDEX.matcher(v).replaceFirst("");
        }
        if (v == null || v.length() < 2 || v.length() > 100) {
            return false;
        }
        t.out().location(v);
        t.location = v;
        t.set(Field.LOCATION);
        // the mark covers the value, not the comma or the spaces around it (« Lieu de travail : Roubaix, avec … »)
        while (e > s && (Character.isWhitespace(t.text.charAt(e - 1)) || ",;:.–—|".indexOf(t.text.charAt(e - 1)) >= 0)) {
            e--;
        }
        while (s < e && (Character.isWhitespace(t.text.charAt(s)) || ",;:–—|".indexOf(t.text.charAt(s)) >= 0)) {
            s++;
        }
        t.evidence(Field.LOCATION, s, e, rule);
        return true;
    }
}
