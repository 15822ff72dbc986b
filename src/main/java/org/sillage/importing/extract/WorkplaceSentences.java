package org.sillage.importing.extract;

import static org.sillage.importing.extract.LocationRule.CAPWORDS;
import static org.sillage.importing.extract.LocationRule.POSSESSIVE;
import static org.sillage.importing.extract.LocationRule.TIME_ZONE;
import static org.sillage.importing.extract.LocationRule.US_STATES;
import static org.sillage.importing.extract.LocationRule.abroad;
import static org.sillage.importing.extract.LocationRule.placeEnd;
import static org.sillage.importing.extract.LocationRule.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@link LocationRule}: the sentences that say where the employer works or where the job is based (« nos bureaux
 * sont situés à Lille », « Wij zijn gevestigd in Groningen », « pour son foyer de Dunkerque », "the role is based in
 * Leeds"), each writing the town that follows.
 */
final class WorkplaceSentences {
    static final String[] OFFICE_ANCHORS = {"bureau", "locaux", "office", "kantoor", "siege", "headquarters"};

    /** « Wij zijn gevestigd in Groningen », « pour son bureau de Bierges », "we are based in Ghent": where it works. */
    static final String[] SETTLED = {"gevestigd in ", "zijn gevestigd te ", "nous sommes situes a ", "nous sommes bases a ",
        "nous sommes installes a ", "we are based in ", "we are located in ", "son bureau de ", "notre bureau de ",
        "nos bureaux de ", "our office in ", "our offices in ", "ons kantoor in ", "onze vestiging in "};
    /**
     * Weaker than {@link #SETTLED}, tried after a sentence saying where the job is based: where the employer is set up
     * (« L'association, implantée à Calais », « dans nos locaux de Boulogne-sur-Mer », « notre antenne de Douai »).
     */
    static final String[] SET_UP = {"implantee a ", "implante a ", "implantes a ", "implantees a ", "installee a ",
        "installe a ", "installes a ", "nos locaux de ",
        "nos locaux a ", "notre antenne de ", "notre antenne a ", "l'antenne de ", "notre etablissement de ",
        "notre structure de ", "notre agence de ", "notre agence a ",
        // "We're a cooperative in Edinburgh working for…", "a small charity based in Leeds"
        "a cooperative in ", "a co-operative in ", "a charity in ", "a charity based in ", "a social enterprise in ",
        "a cooperative based in ", "a community centre in ", "a community organisation in ",
        // « Een kantoor in hartje Amsterdam »: in the heart of the town
        "in hartje ",
        // « De Monsters is een digital design agency uit Amsterdam »: a firm from the town
        "agency uit ", "bureau uit ", "bedrijf uit ", "studio uit ", "organisatie uit ", "stichting uit "};

    private static final Pattern OFFICES = Pattern.compile(
            "(?:bureaux?|locaux|offices?|kantoor|siege|headquarters)(?: sont| est| is| are| zijn| se trouvent| se trouve)?"
            + "(?: situes?| situees?| bases?| basees?| located| gevestigd)? (?:a|au|in|at|en) "
            // « situés en plein coeur de Paris », "located in the heart of Leeds"
            + "(?:plein coeur de |coeur de |the heart of )?");

    static boolean offices(PostingText t) {
        for (String anchor : OFFICE_ANCHORS) {
            for (int i : t.hits.of(anchor)) {
                Matcher m = OFFICES.matcher(t.fold).region(i, Math.min(t.fold.length(), i + 60));
                if (!m.lookingAt() || abroad(t.fold, i)) {
                    continue; // "our world headquarters are located in Helsinki": a firm's head office abroad, not the job's
                }
                Matcher c = CAPWORDS.matcher(t.text).region(m.end(), Math.min(t.text.length(), m.end() + 60));
                if (c.lookingAt() && write(t, c.start(), c.end(), "location.offices")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean settled(PostingText t, String[] anchors) {
        for (String anchor : anchors) {
            for (int i : t.hits.of(anchor)) {
                if (i < t.bodyStart) {
                    continue;
                }
                int from = i + anchor.length();
                Matcher c = CAPWORDS.matcher(t.text).region(from, Math.min(t.text.length(), from + 60));
                if (c.lookingAt() && write(t, c.start(), c.end(), "location.settled")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One of the employer's own sites named by its town: « pour son foyer de Dunkerque », « l'équipe de l'agence de
     * Béthune », « notre crèche de Wattrelos ». The town must be a known place (« notre centre de Formation » is none).
     */
    private static final Pattern OWN_SITE = Pattern.compile("(?<![\\p{L}])(?:(?:son|sa|ses|notre|nos|leur|leurs|le|la|les) |l')"
            + "(?:nouvel(?:le)? )?(?:foyers?|antennes?|agences?|etablissements?|structures?|sites?|centres?|maisons?|residences?"
            + "|ehpad|creches?|ecoles?|delegations?|implantations?|entrepots?|magasins?|boutiques?|restaurants?|plateformes?"
            + "|poles?|unites?|ateliers?|usines?|hopital|cliniques?|ime|esat|chrs|sessad|mecs|accueil de jour|service)"
            + " (?:de |d'|a )"
            // « voor onze winkel in Hasselt », « onze vestiging te Gent »
            + "|(?<![\\p{L}])(?:onze|ons|hun|zijn|haar) (?:winkels?|vestiginge?n?|afdelinge?n?|kantoren?|school|scholen|filiaal"
            + "|restaurant|magazijn|site|campus|team|locatie|centrum|woonzorgcentrum|ziekenhuis|atelier) (?:in|te) ");
    /** Where {@link #OWN_SITE} can open: its possessives' and articles' first chars at a word's start. */
    private static final Openings.Opens OWN_SITE_OPENS = Openings.wordStartOn("snlohz");
    /** "in our Dublin office", "at our Leeds site": the town between the possessive and the site. */
    private static final Pattern OUR_TOWN_SITE = Pattern.compile("(?<![\\p{L}])(?:in|at|from|to) our ");
    private static final Openings.Opens OUR_OPENS = Openings.wordStartOn("iaft");
    private static final Pattern SITE_NOUN = Pattern.compile(" (?:office|offices|team|headquarters|hub|site|campus|store"
            + "|shop|branch|studio|lab|centre|center)(?![\\p{L}])");

    static boolean ownSite(PostingText t) {
        Matcher our = OUR_TOWN_SITE.matcher(t.fold);
        for (int from = t.bodyStart; Openings.find(our, t.fold, 0, from, OUR_OPENS); from = our.end()) {
            Matcher c = CAPWORDS.matcher(t.text).region(our.end(), Math.min(t.text.length(), our.end() + 60));
            if (c.lookingAt() && SITE_NOUN.matcher(t.fold).region(c.end(), t.fold.length()).lookingAt()
                    && Places.known(c.group()) && write(t, c.start(), c.end(), "location.own-site")) {
                return true;
            }
        }
        Matcher m = OWN_SITE.matcher(t.fold);
        int from = t.bodyStart;
        while (Openings.find(m, t.fold, 0, from, OWN_SITE_OPENS)) {
            from = m.end();
            Matcher c = CAPWORDS.matcher(t.text).region(m.end(), Math.min(t.text.length(), m.end() + 60));
            if (!c.lookingAt()) {
                continue;
            }
            int e = c.end();
            String name = t.text.substring(c.start(), e);
            if (!Places.known(name)) {
                int space = name.indexOf(' ');
                if (space < 0 || !Places.known(name.substring(0, space))) {
                    continue;
                }
                e = c.start() + space; // « l'agence de Béthune Nord »: the town
            }
            if (write(t, c.start(), e, "location.own-site")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a sentence says the job is done: « Le poste est basé à Lyon », "the role is based in Leeds", « en
     * présentiel (Mons) », « poste situé à Arles ». A capitalised place must follow.
     */
    static final String[] BASED = {"base a ", "basee a ", "bases a ", "basees a ", "base(e) a ", "base.e a ", "base·e a ",
        "base au sein", "based in ",
        "based at ", "based either at ", "based either in ", "located in ", "located at ", "poste situe a ", "en presentiel a ", "en presentiel (", "sur site a ",
        // "Located in the heart of London, …", « situé au cœur de Lille »
        "located in the heart of ", "based in the heart of ", "situe au coeur de ", "situee au coeur de ",
        "werkplek in ",
        // « Vous interviendrez sur le territoire de Dunkerque », « sur la commune de Lens »
        "sur le territoire de ", "sur la commune de ", "sur le secteur de ",
        // « Het werk vindt plaats in Antwerpen »
        "vindt plaats in ", "plaats van het werk: ", "plaats van het werk : ", "komt te werken in "};
    /** Words between "based at" and the place: "based at either the IPhT or …", "located at the Leiden campus". */
    private static final Pattern CUT_NAME = Pattern.compile(" (?:of|et|de|du|des|and|for) ");
    private static final Pattern BASED_FILLER = Pattern.compile("(?:either |one of |the |our |its |their )+");

    /** A firm's head office: not where this job is. */
    private static final String[] HEAD_OFFICE = {"hq ", "headquarter", "head office", "siege social", "hoofdkantoor"};

    /** People based elsewhere: « nos autres développeurs basés à Lille », "our other teams based in Berlin". */
    private static final String[] OTHERS_THERE = {"autres ", "other ", "andere "};

    /** A word each of {@link LocationRule#TIME_ZONE}'s alternatives holds. */
    private static final String[] TIME_ZONE_WORDS = {"time", "fuseau", "tijdzone"};

    static boolean basedIn(PostingText t) {
        String f = t.fold;
        int best = -1;
        int bestFrom = -1;
        for (String phrase : BASED) {
            int guard = 0;
            for (int i : t.hits.of(phrase)) { // (found in the one pass over the text, not searched again)
                if (i < t.bodyStart) {
                    continue;
                }
                if (guard++ >= 10) {
                    break;
                }
                if (i > 0 && Character.isLetter(f.charAt(i - 1)) || phrase.equals("base au sein")
                        || abroad(f, i)) {
                    continue; // (also "our world headquarters are located in Helsinki": a firm's head office abroad)
                }
                if (Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 30), i, OTHERS_THERE)) {
                    continue; // « avec nos autres développeurs basés à Lille »: colleagues elsewhere, not the job
                }
                if (Keywords.regionContainsAny(f, Math.max(t.sentenceStart(i), i - 30), i, HEAD_OFFICE)) {
                    continue; // "Our HQ is located in Canada": the firm's head office, not where this job is
                }
                int from = i + phrase.length();
                while (from < f.length() && (f.charAt(from) == ':' || f.charAt(from) == ' ')) {
                    from++; // « Poste basé à : Lille »
                }
                if (phrase.endsWith(" a ") && f.startsWith("l'", from)) {
                    continue;
                }
                Matcher filler = BASED_FILLER.matcher(f).region(from, Math.min(f.length(), from + 20));
                // "based at the IPhT", "based in our London office" (not "in the": "based in the Netherlands" is the place)
                boolean filled = filler.lookingAt() && (phrase.endsWith("at ")
                        || phrase.endsWith("in ") && !f.startsWith("the ", from) && !f.startsWith("either ", from));
                if (filled) {
                    from = filler.end();
                }
                Matcher c = CAPWORDS.matcher(t.text).region(from, Math.min(t.text.length(), from + 60));
                if (filled && c.lookingAt() && CUT_NAME.matcher(f).region(c.end(), Math.min(f.length(), c.end() + 5)).lookingAt()) {
                    break; // "based at the University of Cambridge", "the Pierre et Marie Curie campus": a body's name, cut
                }
                if (Keywords.regionContainsAny(f, from, from + 60, TIME_ZONE_WORDS) // (the pattern's words, a cheaper test first)
                        && TIME_ZONE.matcher(f).region(from, Math.min(f.length(), from + 60)).find()) {
                    continue; // "based in an Australian or North American timezone"
                }
                if (c.lookingAt() && (best < 0 || i < best)) {
                    best = i;
                    bestFrom = from;
                }
                break;
            }
        }
        if (best < 0) {
            return false;
        }
        Matcher possessive = POSSESSIVE.matcher(t.text).region(bestFrom, Math.min(t.text.length(), bestFrom + 40));
        if (possessive.lookingAt()) {
            bestFrom = possessive.end(); // "based in KFF's Washington, DC office": the employer's, then the place
        }
        Matcher c = CAPWORDS.matcher(t.text).region(bestFrom, Math.min(t.text.length(), bestFrom + 60));
        if (!c.lookingAt()) {
            return false;
        }
        int end = placeEnd(t, c.start(), c.end());
        if (t.text.startsWith(", ", end) && end + 4 <= t.text.length() && US_STATES.contains(t.text.substring(end + 2, end + 4))
                && (end + 4 == t.text.length() || !Character.isLetterOrDigit(t.text.charAt(end + 4)))) {
            end += 4; // "Washington, DC", "Austin, TX": a town of the United States and its state
        } else if (t.text.startsWith(", ", end)) {
            // "located at LOV, Villefranche-sur-Mer, France": a body, then its town
            Matcher town = CAPWORDS.matcher(t.text).region(end + 2, Math.min(t.text.length(), end + 62));
            if (town.lookingAt() && Places.known(town.group())) {
                end = PlaceMentions.withCountry(t, town.end());
            }
        } else if (t.text.startsWith(" (", end) && !Places.known(t.text.substring(c.start(), end))) {
            // "based at Inria (Rennes, France)": a body, then its town in brackets
            Matcher town = CAPWORDS.matcher(t.text).region(end + 2, Math.min(t.text.length(), end + 62));
            int close = t.text.indexOf(')', end);
            if (town.lookingAt() && Places.known(town.group()) && close > 0 && close - end <= 40
                    && t.text.substring(end, close).indexOf('\n') < 0) {
                end = close + 1;
            }
        }
        return write(t, c.start(), end, "location.based-in");
    }


    private WorkplaceSentences() {
    }
}
