package org.sillage.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The time zone a posting's deadline is in. Europe/Paris unless the workplace says otherwise:
 * Kortrijk is in Europe/Brussels, Safi in Africa/Casablanca.
 */
public final class TimeZones {
    public static final ZoneId DEFAULT = ZoneId.of("Europe/Paris");

    /** Place names (folded: lower case, no accents) and the zone they imply; countries, then main cities. */
    private static final List<Map.Entry<List<String>, String>> PLACES = List.of(
            Map.entry(List.of("belgique", "belgie", "belgium", "kortrijk", "courtrai", "tournai", "doornik",
                    "bruxelles", "brussel", "brussels", "gent", "gand", "ghent", "liege", "luik", "namur", "namen",
                    "mons", "bergen", "antwerpen", "anvers", "antwerp", "brugge", "bruges", "leuven", "louvain",
                    "charleroi", "mouscron", "moeskroen", "ieper", "ypres", "roeselare", "waregem", "menen",
                    "wevelgem"), "Europe/Brussels"),
            Map.entry(List.of("maroc", "morocco", "marokko", "safi", "casablanca", "rabat", "marrakech", "oujda",
                    "tanger", "fes", "agadir", "meknes"), "Africa/Casablanca"),
            Map.entry(List.of("senegal", "dakar", "saint-louis (senegal)", "thies", "ziguinchor"), "Africa/Dakar"),
            Map.entry(List.of("guinee", "guinea", "conakry"), "Africa/Conakry"),
            Map.entry(List.of("nederland", "pays-bas", "netherlands", "amsterdam", "rotterdam", "utrecht",
                    "den haag", "la haye", "the hague", "eindhoven"), "Europe/Amsterdam"),
            Map.entry(List.of("luxembourg", "luxemburg"), "Europe/Luxembourg"),
            Map.entry(List.of("suisse", "switzerland", "zwitserland", "geneve", "geneva", "lausanne", "zurich",
                    "berne", "bern"), "Europe/Zurich"),
            Map.entry(List.of("united kingdom", "royaume-uni", "verenigd koninkrijk", "uk", "england", "angleterre",
                    "engeland", "scotland", "ecosse", "schotland", "wales", "london", "londres", "leeds", "manchester",
                    "birmingham", "bristol", "oxford", "edinburgh", "edimbourg", "glasgow", "cardiff",
                    "sheffield", "liverpool", "nottingham", "newcastle upon tyne", "belfast", "brighton", "leicester",
                    "southampton", "exeter", "norwich", "dundee", "aberdeen"), "Europe/London"),
            Map.entry(List.of("ireland", "irlande", "ierland", "dublin", "cork", "galway", "limerick"), "Europe/Dublin"),
            Map.entry(List.of("quebec", "montreal", "ottawa", "toronto"), "America/Toronto"));

    private TimeZones() {
    }

    /** The zone implied by a place as written in a posting, or Europe/Paris. */
    public static ZoneId forPlace(String place) {
        if (place == null || place.isBlank()) {
            return DEFAULT;
        }
        String folded = " " + Texts.fold(place).replaceAll("[^a-z0-9()\\-' ]", " ") + " ";
        for (var entry : PLACES) {
            for (String name : entry.getKey()) {
                if (folded.contains(" " + name + " ") || folded.contains("(" + name + ")")
                        || folded.contains(" " + name + ",") || folded.contains("-" + name + " ")) {
                    return ZoneId.of(entry.getValue());
                }
            }
        }
        return DEFAULT;
    }

    /** The zone of a posting's deadline: the one stated, else the one its place implies. */
    public static ZoneId forDeadline(PostingFields f) {
        if (f.deadlineZone() != null) {
            try {
                return ZoneId.of(f.deadlineZone());
            } catch (java.time.DateTimeException ignored) {
                // an unknown zone id falls back to the place
            }
        }
        return forPlace(f.location());
    }
}
