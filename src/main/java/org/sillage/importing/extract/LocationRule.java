package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

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
    private static final Pattern NOT_A_PLACE = Pattern.compile("\\s*(?:en presentiel|presentiel|sur site|on[- ]?site|in person"
            // "On-Site and Remote Hybrid", « hybride (présentiel / télétravail) »: a mix of both, still no place
            + "|(?:" + WORK_MODE + "\\s*)*(?:hybrid|hybride)(?:\\s*" + WORK_MODE + ")*)[\\s.,;:!)*_]*");
    /**
     * « Localisation : télétravail exclusivement », "Location: Remote": the job has no workplace, whatever city the
     * text names; group 1 is the word that says so (« exclusivement », "only").
     */
    private static final Pattern REMOTE_ONLY = Pattern.compile("\\s*(?:100 ?% )?(?:en )?(?:teletravail|remote|full remote|fully remote"
            + "|a distance|thuiswerk(?:en)?|home office)(?: (exclusivement|uniquement|only|complet|total|integral))?[\\s.,;:!)*_]*");
    static final String[] A_CITY = {" a "};
    private static final String[] GLOBAL = {"world ", "global ", "international ", "mondial", "wereldwijd"};

    /** "our world headquarters are located in Helsinki": the 50 chars before {@code i} speak of a firm's head office abroad. */
    static boolean abroad(String fold, int i) {
        return Keywords.regionContainsAny(fold, Math.max(0, i - 50), i, GLOBAL);
    }
    private static final Pattern POSTCODE_CITY = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?:[A-Z]{1,2}-)?(\\d{5}|[1-9]\\d{3})(?: [A-Z]{2}(?= \\p{Lu}))?[ ]{1,2}(\\p{Lu}[\\p{L}'-]{1,30}(?:[ -](?:sur|sous|en|les|lès|lez|le|la|de|du|aux|\\p{Lu}[\\p{L}'-]{1,30})){0,3})");
    /** One or two capitalised words (« Villeneuve d'Ascq » too), or a word and an arrondissement's number. */
    static final Pattern CAPWORDS = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]{1,30}(?: (?:\\p{Lu}[\\p{L}'-]{1,30}|d'\\p{Lu}[\\p{L}'-]{1,30}|\\d{1,2}(?![\\d])))?");
    private static final String[] CUT = {" avec ", " with ", ";", " **", " |", " (deplacements", " – ", ". ", " et deplacements", " mais ", " but ",
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
        if (label(t) || WorkplaceSentences.offices(t) || WorkplaceSentences.settled(t, WorkplaceSentences.SETTLED) || pin(t)
                || WorkplaceSentences.basedIn(t) || WorkplaceSentences.settled(t, WorkplaceSentences.SET_UP) || WorkplaceSentences.ownSite(t) || titlePlace(t) || dashPlace(t) || chipPlace(t) || hyphenBased(t) || arrondissement(t) || postcode(t, t.bodyStart, t.text.length(), "location.postcode") || streetThenTown(t) || cityCountry(t)
                || frequentCity(t) || namedPlace(t)) {
            return;
        }
    }

    /** « dans le 6ème arrondissement de Paris », « Lyon 7e arrondissement »: a town's district, then the town. */
    private static final Pattern ARRONDISSEMENT = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2} ?(?:e|eme|er|ieme|è)\\s+arrondissement\\s+(?:de\\s+|d')");

    private static boolean arrondissement(PostingText t) {
        Matcher m = ARRONDISSEMENT.matcher(t.fold).region(t.bodyStart, t.fold.length());
        while (m.find()) {
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

    /** What follows a place's label in a heading, not a place: "Location Requirement", "Work location and hours". */
    private static final Pattern LABEL_HEADING_TAIL = Pattern.compile(
            "(?:requirements?|details|information|preferences?|flexibility|and hours|& hours|and travel|& travel)\\s*[:.]?\\s*");

    /** « Vacature voor een backend developer. Locatie: Antwerpen. »: a label with its colon right after a sentence's end. */
    private static boolean afterSentence(PostingText t, int i, String label) {
        String f = t.fold;
        int after = i + label.length();
        if (!(i >= 2 && f.charAt(i - 1) == ' ' && f.charAt(i - 2) == '.' && !t.abbreviationBefore(i - 2)
                && Character.isUpperCase(t.text.charAt(i)) && after < f.length() && f.charAt(after) == ':')) {
            return false;
        }
        // only a known town right after the colon: « Location: LIRMM, Montpellier » is left to the rules that know hosts
        Matcher c = CAPWORDS.matcher(t.text).region(Math.min(f.length(), after + 1), f.length());
        while (c.regionStart() < f.length() && t.text.charAt(c.regionStart()) == ' ') {
            c.region(c.regionStart() + 1, f.length());
        }
        return c.lookingAt() && Places.known(c.group());
    }

    private boolean label(PostingText t) {
        String f = t.fold;
        for (String label : LABELS) {
            for (int i : t.hits.of(label)) {
                if (i < t.bodyStart) {
                    continue;
                }
                int from = i + label.length();
                int ls = t.lineStart(i);
                if (!markOnly(f, ls, i) && !label.startsWith("poste base")
                        && !label.endsWith("basee") && !label.equals("stage base") && !afterSentence(t, i, label)) {
                    continue;
                }
                if (from < f.length() && Character.isLetter(f.charAt(from)) || longerLabelAt(f, i, label)) {
                    continue;
                }
                int le = t.lineEnd(i);
                int vs = from;
                int colon = Keywords.indexIn(f, ":", from, Math.min(le, from + 25));
                if (colon > from && (f.charAt(from) == ' ' || f.charAt(from) == '*' || f.charAt(from) == '_')
                        && Keywords.onlyChars(f, from, colon, " abcdefghijklmnopqrstuvwxyz'*_")) {
                    vs = colon + 1; // « Localisation du poste : Lille », "Location of the job: Ghent"
                }
                while (vs < le && " :*_.…|".indexOf(f.charAt(vs)) >= 0) {
                    vs++; // « Locatie ........ Steenbergen »: a leader of dots too; a table's cell border
                }
                if (Keywords.onlyChars(f, from, vs, " ") && LABEL_HEADING_TAIL.matcher(f).region(vs, le).matches()) {
                    continue; // "Location Requirement", "Location details": a heading about the place, no place
                }
                if (Keywords.onlyChars(f, from, vs, " ") && (f.startsWith("de ", vs) || f.startsWith("du ", vs)
                        || f.startsWith("des ", vs) || f.startsWith("d'", vs))) {
                    continue; // « VILLE DE WATTRELOS », « Lieu de vie »: the label's word in a name, no label
                }
                if (vs < le && f.charAt(vs) == '/') {
                    // "Location/Duty Station: X": a second name of the label, then the value
                    int c2 = Keywords.indexIn(f, ":", vs, Math.min(le, vs + 30));
                    if (c2 > vs) {
                        vs = c2 + 1;
                        while (vs < le && " :*_".indexOf(f.charAt(vs)) >= 0) {
                            vs++;
                        }
                    }
                }
                if (vs >= le) {
                    // a heading such as "5. Affectation": look for a postcode in the section below
                    if (t.headingBefore(i + 1) != null && t.headingBefore(i + 1).start() <= i
                            && (postcode(t, le, Math.min(f.length(), le + 400), "location.section-postcode")
                                || placeInSection(t, le))) {
                        return true;
                    }
                    if (placeOnNextLine(t, le)) {
                        return true;
                    }
                    continue;
                }
                int ve = le;
                for (String c : CUT) {
                    int k = Keywords.indexIn(f, c, vs, ve);
                    if (k >= 0 && k < ve) {
                        ve = k;
                    }
                }
                int townAfterDash = townAfterDash(t, vs, ve, le);
                if (townAfterDash >= 0) {
                    vs = townAfterDash; // « Direction de l'Action Sociale – Arras »: the service, then its town
                    ve = le;
                }
                Matcher next = NEXT_LABEL.matcher(f).region(vs, ve);
                if (next.find()) {
                    ve = next.start(); // "Location: LaBRI, Level: M2, Email: …": the next label ends the value
                }
                if (postcode(t, vs, ve, "location.label-postcode")) {
                    return true;
                }
                if (NOT_A_PLACE.matcher(f).region(vs, ve).matches()) {
                    continue; // « Lieu du poste : En présentiel »: how, not where
                }
                if (TIME_ZONE.matcher(f).region(vs, ve).find()) {
                    continue; // "Based in Australian or North American timezone": when one works, not where
                }
                Matcher remote = REMOTE_ONLY.matcher(f).region(vs, ve);
                if (remote.matches()) {
                    // decided: no workplace (the city of the team's meetings is not one). « Location: Remote » is
                    // the location as written; « télétravail exclusivement » says there is none
                    if (remote.group(1) == null) {
                        write(t, vs, ve, "location.remote");
                    }
                    return true;
                }
                if (label.startsWith("poste base") || label.endsWith("basee") || label.equals("stage base")) {
                    // « Poste basé à Paris (télétravail ...) »: the capitalised place after « à »
                    if (f.startsWith("a ", vs)) {
                        Matcher c = CAPWORDS.matcher(t.text).region(vs + 2, Math.min(t.text.length(), vs + 60));
                        if (c.lookingAt() && write(t, c.start(), c.end(), "location.based-in")) {
                            return true;
                        }
                    }
                    continue;
                }
                Matcher copula = COPULA.matcher(f).region(vs, ve);
                if (!marked(f, from, vs) && copula.lookingAt() && copula.end() < ve
                        && Character.isUpperCase(t.text.charAt(copula.end()))) {
                    vs = copula.end(); // « Standplaats is Leuven. », « Le lieu de travail est Lille »
                }
                if (!marked(f, from, vs) && vs < t.text.length() && Character.isLowerCase(t.text.charAt(vs))) {
                    continue; // « Werkplek thuis inricht »: the label's word in a sentence, not a label and its value
                }
                if (sentenceValue(t, vs, ve)) {
                    // "Location: The internship will take place at INRIA Lyon (located at …)": the place the sentence
                    // names, not the sentence
                    Matcher where = WHERE_IN_SENTENCE.matcher(f).region(vs, ve);
                    if (where.find()) {
                        Matcher n = PLACE_NAME.matcher(t.text).region(where.end(), ve);
                        if (n.lookingAt() && write(t, n.start(), n.end(), "location.label-sentence")) {
                            return true;
                        }
                    }
                    continue;
                }
                if (wrappedAddress(t, vs, ve)) {
                    return true;
                }
                if (write(t, vs, ve, "location.label")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A label's value that is a body and its street, wrapped before the street's number, postcode and town
     * ("Location: Institut für Biotechnologie, …, Ackerstrasse" then "76, 13355 Berlin"): the town on the line below.
     */
    private boolean wrappedAddress(PostingText t, int vs, int ve) {
        int le = t.lineEnd(Math.max(vs, ve - 1));
        if (ve < le && !t.text.substring(ve, le).isBlank() || le + 1 >= t.text.length()
                || t.text.charAt(le + 1) == '\n' || !t.text.substring(vs, ve).contains(",")) {
            return false;
        }
        int ns = le + 1;
        int ne = t.lineEnd(ns);
        if (ne - ns > 60 || !Character.isDigit(t.text.charAt(ns))) {
            return false; // (only a line that opens on the street's number)
        }
        Matcher m = POSTCODE_CITY.matcher(t.text).region(ns, ne);
        return m.find() && Places.known(m.group(2)) && write(t, m.start(2), m.end(2), "location.label-address");
    }

    /** The verb between a label and its value: « Standplaats is Leuven », « Le lieu de travail est Lille ». */
    private static final Pattern COPULA = Pattern.compile("(?:is|est|sera|will be|wordt) (?:(?:in|a|te) )?");

    /** A label's value that is a sentence: an article or pronoun, then at least five more words. */
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?:the|this|our|we|you|le|la|les|ce|cette|notre|nous|vous|il|elle|de|het|wij|je) (?:\\S+ ){5,}");
    /** Where a sentence says the work is done, up to the place's name. */
    private static final Pattern WHERE_IN_SENTENCE = Pattern.compile(
            "(?:takes? place|will take place|(?:is|are|will be) (?:located|based|held|hosted)|located|based|hosted|se deroulera"
            + "|se deroule|aura lieu|a lieu|(?:est|sera) (?:situee?|basee?|accueillie?)|vindt plaats) (?:at|in|within|a|au|aux|dans|en|bij|op)"
            + " (?:(?:the|le|la|les|l'|de|het)\\s?)?");
    /** A place's or body's name: capitalised words, with the small words between them (« Université de Sherbrooke »). */
    private static final Pattern PLACE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}-]{1,30}(?:(?: (?:de|du|des|of|la|le|the|d'|l')| d'|)[ ]?\\p{Lu}[\\p{L}-]{1,30}){0,4}"
            + "(?:, \\p{Lu}[\\p{L}-]{1,40}(?= *[,.(]|$))?"); // "LOV, Villefranche-sur-Mer, France": a body and its town

    private static boolean sentenceValue(PostingText t, int vs, int ve) {
        return ve - vs > 30 && SENTENCE_START.matcher(t.fold).region(vs, ve).lookingAt();
    }

    /** A street's number and name, then « à » and a town: « 12 rue Nationale à Tourcoing » (no postcode written). */
    private static final Pattern STREET_THEN_TOWN = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\\.|boulevard|bd|place|chemin|allee|impasse|quai|route|cours"
            + "|square|passage|parvis|esplanade) [^,.;\\n]{2,60}? a (?=\\p{L})");

    private boolean streetThenTown(PostingText t) {
        Matcher m = STREET_THEN_TOWN.matcher(t.fold);
        int guard = 0;
        while (m.find() && guard++ < 20) {
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

    /** Whether a mark (« : », a dash, a bar, a leader of dots) stands between a label's end and its value. */
    private static boolean marked(String f, int from, int to) {
        for (int k = from; k < to && k < f.length(); k++) {
            if (":-–|.…*_".indexOf(f.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CITY_COUNTRY = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]{1,30}(?: (?:of|de|d'|du|la|le|\\p{Lu}[\\p{L}'-]{1,30})){0,4}(?: \\(\\d{2,3}\\))?, \\p{Lu}[\\p{L}-]{1,30}"
            // a region of two words, then a country's code: "Sparwood, British Columbia, CA"
            + "(?: \\p{Lu}[\\p{L}-]{1,30}(?=,|\\s*$|\\n))?(?:, \\p{Lu}{2,3}\\b)?");
    /** After a label's value on its line, the next label: ", Level: M2", ", Email: …". */
    private static final Pattern NEXT_LABEL = Pattern.compile(",\\s+[a-z][a-z'’ -]{1,25}\\s?:");

    /** Under a "Location" heading: the first "City, Country" of the first sentence ("Oslo, Norway"). */
    private boolean placeInSection(PostingText t, int headingEnd) {
        int s = headingEnd + 1;
        while (s < t.text.length() && (t.text.charAt(s) == '\n' || t.text.charAt(s) == ' ')) {
            s++;
        }
        if (s >= t.text.length()) {
            return false;
        }
        int e = Math.min(t.text.length(), s + 400);
        int blank = t.text.indexOf("\n\n", s);
        if (blank > 0 && blank < e) {
            e = blank;
        }
        String sentence = Clean.value(t.slice(s, e));
        if (sentence == null) {
            return false;
        }
        Matcher m = CITY_COUNTRY.matcher(sentence);
        boolean found = false;
        while (!found && m.find()) {
            found = namesAPlace(m.group());
        }
        if (!found) {
            return false;
        }
        t.out().location(m.group());
        t.set(Field.LOCATION);
        t.location = m.group();
        int at = t.text.indexOf(m.group(), s);
        if (at >= 0 && at + m.group().length() <= e) {
            t.evidence(Field.LOCATION, at, at + m.group().length(), "location.section-place");
        } else {
            t.evidence(Field.LOCATION, s, e, "location.section-place");
        }
        return true;
    }

    /**
     * Whether "X, Y" names a place: Y is a country ("University of Toronto, Canada") or X a town of the gazetteer
     * ("Leuven, Vlaams-Brabant"), not a person and a body ("Griffiths, CAMH").
     */
    private static boolean namesAPlace(String cityCountry) {
        String[] parts = cityCountry.split(",\\s*");
        for (int k = 1; k < parts.length; k++) {
            if (COUNTRIES.contains(TextNormalizer.normalize(parts[k].strip()).fold)) {
                return true;
            }
        }
        String first = parts[0].replaceFirst("\\s*\\(\\d{2,3}\\)$", "");
        return Places.known(first);
    }

    /**
     * Where the town starts when a label's value is a service or a body, a dash, and a known town alone on the
     * rest of the line (« Direction de l'Action Sociale – Arras »); -1 otherwise, and when what comes before the
     * dash is itself a town (« Lille – déplacements »).
     */
    private static int townAfterDash(PostingText t, int vs, int ve, int le) {
        if (ve >= le || !(t.fold.startsWith(" – ", ve) || t.fold.startsWith(" - ", ve))) {
            return -1;
        }
        String before = t.text.substring(vs, ve).strip();
        String after = t.text.substring(ve + 3, le).strip();
        while (!after.isEmpty() && ".;*_".indexOf(after.charAt(after.length() - 1)) >= 0) {
            after = after.substring(0, after.length() - 1).strip();
        }
        if (after.length() < 3 || after.length() > 40 || !Character.isUpperCase(after.charAt(0))
                || !Places.known(after) || Places.known(before)) {
            return -1;
        }
        return t.text.indexOf(after, ve + 3);
    }

    /** « Lieu de travail » was tried as a whole: « Lieu » alone at the same place would read « de travail » as the place. */
    private static boolean longerLabelAt(String f, int i, String label) {
        for (String other : LABELS) {
            if (other.length() > label.length() && other.startsWith(label) && f.startsWith(other, i)) {
                return true;
            }
        }
        return false;
    }

    /** Only bullets, numbers, markup or pictographs (« 📍 ») before a label on its line. */
    /**
     * A label alone on its line ("Location"), and on the next line that is not blank a short line that is a
     * known place or "City, Country": that place.
     */
    private boolean placeOnNextLine(PostingText t, int labelLineEnd) {
        int s = labelLineEnd;
        while (s < t.text.length() && Character.isWhitespace(t.text.charAt(s))) {
            s++;
        }
        int underline = s;
        while (underline < t.text.length() && "-=_".indexOf(t.text.charAt(underline)) >= 0) {
            underline++;
        }
        if (underline - s >= 3 && (underline == t.text.length() || t.text.charAt(underline) == '\n')) {
            // "Localisation\n------------": the label's underline, then the value
            s = underline;
            while (s < t.text.length() && Character.isWhitespace(t.text.charAt(s))) {
                s++;
            }
            labelLineEnd = underline;
        }
        if (s >= t.text.length() || s - labelLineEnd > 4) {
            return false;
        }
        int e = t.text.indexOf('\n', s);
        e = e < 0 ? t.text.length() : e;
        String line = t.text.substring(s, e).strip();
        if (line.isEmpty() || line.length() > 200 || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        Matcher c = CITY_COUNTRY.matcher(line);
        if (c.lookingAt()) {
            return write(t, s, s + c.end(), "location.next-line");
        }
        // « Lille (59) »: a town and its département's number or postcode
        String town = line.replaceFirst(" ?\\(\\d{2,5}\\)$", "");
        return line.length() <= 40 && Places.known(town)
                && write(t, s, s + line.length(), "location.next-line");
    }

    private static boolean markOnly(String f, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < f.length(); k++) {
            char c = f.charAt(k);
            if ("-*#_ .•?>|".indexOf(c) < 0 && !Character.isDigit(c) && !Character.isSurrogate(c) && c != '\uFE0F'
                    && Character.getType(c) != Character.OTHER_SYMBOL) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern TITLE_PLACE = Pattern.compile(
            "\\((\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?), (\\p{Lu}[\\p{L} -]{1,25})\\)\\s*$"
            + "| (?:in|à|te) (\\p{Lu}[\\p{L}'’-]{2,30})\\s*$");
    private static final String[] NOT_PLACE_ENDS = {"ology", "ologie", "ics", "ique", "graphy", "graphie", "istry", "ing",
        "ment", "tion", "sion", "ogie", "ure", "science", "sciences", "ism", "isme", "ity", "ite", "temps", "time"};

    /**
     * The place a title ends on: « Postdoc in ocean physics (Brest, France) », "Postdoc in Nice", « Leerkracht in
     * Vorden », from the front-matter title, the page's title marks or the first line. A place after "in" must not read
     * as a field of study ("in Biology").
     */
    private boolean titlePlace(PostingText t) {
        List<int[]> spans = new ArrayList<>();
        PostingText.Meta m = t.meta("title");
        if (m != null) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (PostingText.Marked mk : t.marks(org.sillage.importing.TextStructure.Kind.TITLE)) {
            spans.add(new int[] {mk.start(), mk.end()});
        }
        for (int[] l : TopLines.of(t, 2)) {
            spans.add(l);
        }
        for (int[] sp : spans) {
            if (sp[0] < 0 || sp[1] <= sp[0] || sp[1] > t.text.length()) {
                continue;
            }
            String line = t.text.substring(sp[0], sp[1]).replaceAll("[\"'*_#]+\\s*$", "");
            Matcher x = TITLE_PLACE.matcher(line);
            if (!x.find()) {
                continue;
            }
            if (x.group(1) != null) {
                String country = TextNormalizer.normalize(x.group(2).strip()).fold;
                if (COUNTRIES.contains(country) && write(t, sp[0] + x.start(1), sp[0] + x.end(2), "location.title-place")) {
                    return true;
                }
                continue;
            }
            String place = TextNormalizer.normalize(x.group(3)).fold;
            boolean field = false;
            for (String end : NOT_PLACE_ENDS) {
                field |= place.endsWith(end);
            }
            if (!field && write(t, sp[0] + x.start(3), sp[0] + x.end(3), "location.title-place")) {
                return true;
            }
        }
        return false;
    }

    /**
     * « Poste à temps complet – Boulogne-sur-Mer », "Project Officer - Ghent": a line at the top that ends, after a
     * dash, on a known place alone.
     */
    private boolean dashPlace(PostingText t) {
        for (int[] l : TopLines.of(t, 6)) {
            String line = t.text.substring(l[0], l[1]);
            int dash = Math.max(line.lastIndexOf(" – "), line.lastIndexOf(" - "));
            int at = dash <= 0 ? -1 : townAfterDash(t, l[0], l[0] + dash, l[1]);
            if (at < 0) {
                continue;
            }
            int end = at;
            while (end < l[1] && ".;*_".indexOf(t.text.charAt(end)) < 0) {
                end++;
            }
            while (end > at && t.text.charAt(end - 1) == ' ') {
                end--;
            }
            if (DateGrammar.month(Places.key(t.text.substring(at, end))) == null
                    && write(t, at, end, "location.dash-place")) {
                return true;
            }
        }
        return false;
    }

    /** "We are an Edinburgh-based software developer": a known town before "-based". */
    private boolean hyphenBased(PostingText t) {
        String f = t.fold;
        int guard = 0;
        for (int i = f.indexOf("-based ", t.bodyStart); i > 0 && guard++ < 20; i = f.indexOf("-based ", i + 7)) {
            int s = i;
            while (s > 0 && Character.isLetter(t.text.charAt(s - 1))) {
                s--;
            }
            String town = t.text.substring(s, i);
            if (s < i && Character.isUpperCase(t.text.charAt(s)) && !town.equals(town.toUpperCase(java.util.Locale.ROOT))
                    && Places.known(town) // ("GAN-based architectures": an acronym)
                    && write(t, s, i, "location.hyphen-based")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of facts at the top, parted by middle dots or bars (« Rotterdam · naast Centraal · Hybride · Fulltime »,
     * "Paris | CDI | Télétravail partiel"): the item that is a known place.
     */
    private boolean chipPlace(PostingText t) {
        for (int[] l : TopLines.of(t, 6)) {
            String line = t.text.substring(l[0], l[1]);
            if (line.indexOf(" · ") < 0 && line.indexOf(" | ") < 0) {
                continue;
            }
            int from = 0;
            while (from < line.length()) {
                int dot = line.indexOf(" · ", from);
                int bar = line.indexOf(" | ", from);
                int end = dot < 0 ? bar : bar < 0 ? dot : Math.min(dot, bar);
                if (end < 0) {
                    end = line.length();
                }
                int s = from;
                while (s < end && line.charAt(s) == ' ') {
                    s++;
                }
                Matcher c = CAPWORDS.matcher(line).region(s, end);
                if (c.lookingAt()) {
                    // the whole capitalised run, or its first word (« Rotterdam » of « Rotterdam Centraal »)
                    int space = c.group().indexOf(' ');
                    int[] ends = space < 0 ? new int[] {c.end()} : new int[] {c.end(), c.start() + space};
                    for (int e : ends) {
                        String item = line.substring(c.start(), e);
                        if (item.equals(item.toUpperCase(java.util.Locale.ROOT))) {
                            continue; // "3D scenes | GAN | diffusion": an acronym, not the town of Gan
                        }
                        if (Places.known(item) && write(t, l[0] + c.start(), l[0] + e, "location.chip")) {
                            return true;
                        }
                    }
                }
                from = end + 3;
            }
        }
        return false;
    }

    /** « 📍 Lyon », « 📍 à Lyon »: the pin marks the workplace on job boards and social posts. */
    private boolean pin(PostingText t) {
        for (String marker : PLACE_MARKERS) {
            if (pin(t, marker)) {
                return true;
            }
        }
        return false;
    }

    /** The pin, and the globes that job boards put before a place (« 🌎 Remote, Paris, France »). */
    private static final String[] PLACE_MARKERS = {"\uD83D\uDCCD", "\uD83C\uDF0E", "\uD83C\uDF0D", "\uD83C\uDF0F"};
    private static final Pattern REMOTE_BEFORE_PLACE = Pattern.compile("(?:remote|hybrid|hybride|teletravail)\\s*[,/|-]\\s*");

    private boolean pin(PostingText t, String marker) {
        int i = t.text.indexOf(marker);
        int guard = 0;
        for (; i >= 0 && guard++ < 5; i = t.text.indexOf(marker, i + 1)) {
            int from = i + 2;
            while (from < t.text.length() && (t.text.charAt(from) == ' ' || t.text.charAt(from) == '\uFE0F')) {
                from++;
            }
            if (t.fold.startsWith("a ", from)) {
                from += 2;
            }
            Matcher remote = REMOTE_BEFORE_PLACE.matcher(t.fold).region(from, Math.min(t.fold.length(), from + 20));
            if (remote.lookingAt()) {
                from = remote.end();
            }
            Matcher c = CAPWORDS.matcher(t.text).region(from, Math.min(t.text.length(), from + 60));
            if (c.lookingAt() && write(t, c.start(), placeEnd(t, c.start(), c.end()), "location.pin")) {
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

    private boolean postcode(PostingText t, int from, int to, String rule) {
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
            if (PlaceMentions.elsewhere(t, m.start(1))
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
