package org.sillage.importing.extract;

/**
 * What stands around a place's name, for {@link PlaceMentions}: a town's facility named after it ("Sudbury Library"),
 * words that say something else than the job happens there (an interview, a birth), a state's code or name after a city.
 */
final class PlaceSurroundings {

    private PlaceSurroundings() {
    }

    /** A town's facility named after it: "Aldeburgh Library", "Cambridge Campus", "Leiden Office". */
    static final String[] FACILITIES = {"library", "campus", "office", "hospital", "station", "branch", "site",
        "town hall", "city hall", "museum", "theatre", "theater", "centre", "center", "bibliotheek", "kantoor", "vestiging"};

    /** Whether a town's facility is named right after {@code e}: "Sudbury Library". */
    static boolean facilityAfter(PostingText t, int e) {
        return e + 1 < t.fold.length() && t.fold.charAt(e) == ' ' && facilityAt(t.fold, e + 1);
    }

    static boolean facilityAt(String f, int k) {
        for (String w : FACILITIES) {
            if (Keywords.wordAt(f, k, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the 80 chars of its line before a place at {@code s} say that something else than the job happens there. */
    static boolean elsewhere(PostingText t, int s) {
        int from = Math.max(t.lineStart(s), s - 80);
        for (String word : ELSEWHERE) {
            if (Keywords.indexIn(t.fold, word, from, s) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Words of a sentence that holds a place where something else than the job happens. */
    static final String[] ELSEWHERE = {"test", "entretien", "interview", "deplacement", "travel", "trip", "reunion",
        "meeting", "jury", "epreuve", "rendez-vous", "conference", "seminaire", "salon", "formation a", "training in",
        "ne a", "nee a", "born in", "diplome", "gesprek", "sollicitatie", "vergadering", "reis",
        // where the body was founded: its history, not the job's place
        "founded", "established in", "opgericht", "fondee en", "fonde en", "creee en", "cree en"};

    static int firstNonSpace(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** The states of Australia, by their codes. */
    static final java.util.Set<String> AU_STATES = java.util.Set.of("QLD", "NSW", "VIC", "TAS", "ACT", "NT", "WA", "SA");

    /** Whether a state's code stands alone right after {@code e}: "Brisbane QLD", "Austin TX" (a space, the code, its line's end). */
    static boolean regionCodeAt(String text, int e) {
        if (e + 3 > text.length() || text.charAt(e) != ' ') {
            return false;
        }
        int k = e + 1;
        while (k < text.length() && k - e <= 4 && Character.isUpperCase(text.charAt(k))) {
            k++;
        }
        // the code ends its line or its part of it ("Austin TX, United States"; not "Paris DE LA …" in capitals)
        if (k < text.length() && "\n\r,;.)|-—–/".indexOf(text.charAt(k)) < 0
                && !(text.charAt(k) == ' ' && k + 1 < text.length() && "\n\r-—–|(".indexOf(text.charAt(k + 1)) >= 0)) {
            return false;
        }
        String code = text.substring(e + 1, k);
        return code.length() >= 2 && (AU_STATES.contains(code) || LocationRule.US_STATES.contains(code));
    }

    /** The states of the United States by their names, as they follow a city: "San Francisco, California". */
    static final java.util.Set<String> US_STATE_NAMES = java.util.Set.of("alabama", "alaska", "arizona", "arkansas",
        "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
        "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
        "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina",
        "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
        "wyoming");
}
