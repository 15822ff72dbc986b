package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

import static org.sillage.importing.extract.LocationRule.CAPWORDS;
import static org.sillage.importing.extract.LocationRule.COUNTRIES;
import static org.sillage.importing.extract.LocationRule.CUT;
import static org.sillage.importing.extract.LocationRule.LABELS;
import static org.sillage.importing.extract.LocationRule.NOT_A_PLACE;
import static org.sillage.importing.extract.LocationRule.POSTCODE_CITY;
import static org.sillage.importing.extract.LocationRule.REMOTE_ONLY;
import static org.sillage.importing.extract.LocationRule.TIME_ZONE;
import static org.sillage.importing.extract.LocationRule.postcode;
import static org.sillage.importing.extract.LocationRule.write;

/**
 * The workplace after a label (« Lieu de travail : », "Location:", « Standplaats »): on its line, on the next
 * line, in the sentence it opens, under a "Location" heading, or an address wrapped over two lines.
 */
final class LocationLabels {
    private LocationLabels() {
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

    static boolean label(PostingText t) {
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
                if (!marked(f, from, vs) && t.text.substring(vs, ve).strip().indexOf(' ') < 0
                        && !Places.known(firstWord(t.text, vs, ve))) {
                    continue; // « Zone d'intervention Prioritaire »: without its colon, one word after a label is a place known, or no place
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
    private static boolean wrappedAddress(PostingText t, int vs, int ve) {
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
    static final Pattern PLACE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}-]{1,30}(?:(?: (?:de|du|des|of|la|le|the|d'|l')| d'|)[ ]?\\p{Lu}[\\p{L}-]{1,30}){0,4}"
            + "(?:, \\p{Lu}[\\p{L}-]{1,40}(?= *[,.(]|$))?"); // "LOV, Villefranche-sur-Mer, France": a body and its town

    private static boolean sentenceValue(PostingText t, int vs, int ve) {
        return ve - vs > 30 && SENTENCE_START.matcher(t.fold).region(vs, ve).lookingAt();
    }

    /** Whether a mark (« : », a dash, a bar, a leader of dots) stands between a label's end and its value. */
    /** The word at {@code from} (letters, apostrophes and hyphens), read no further than {@code to}. */
    private static String firstWord(String text, int from, int to) {
        int e = from;
        while (e < to && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) {
            e++;
        }
        return text.substring(from, e);
    }

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
    private static boolean placeInSection(PostingText t, int headingEnd) {
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
    static int townAfterDash(PostingText t, int vs, int ve, int le) {
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

    /**
     * A label alone on its line ("Location"), and on the next line that is not blank a short line that is a
     * known place or "City, Country": that place.
     */
    private static boolean placeOnNextLine(PostingText t, int labelLineEnd) {
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

    /** Only bullets, numbers, markup or pictographs (« 📍 ») before a label on its line. */
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
}
