package org.sillage.importing.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sillage.domain.Field;

/**
 * The last word on the workplace, once the title and the organisation are known, when nothing in the text said where
 * the job is: a town their names hold (« Centre de Recherche en Automatique de Nancy », "Sudbury Library and
 * Information Advisor"), else the town of the university the text names most, else the town of the postal address
 * the page gives in its footer.
 */
final class PlaceInNameRule implements Rule {

    @Override
    public String name() {
        return "location-in-name";
    }

    @Override
    public void apply(PostingText t) {
        if (t.isSet(Field.LOCATION)) {
            return;
        }
        int[][] spans = {{t.organizationStart, t.organizationEnd}, {t.titleStart, t.titleEnd}};
        for (int[] span : spans) {
            if (span[0] < 0 || span[1] <= span[0]) {
                continue;
            }
            int[] at = PlaceMentions.inSpan(t, span[0], span[1], span[0] == t.organizationStart);
            if (at != null && span[0] == t.titleStart && at[0] == span[0] && !PlaceSurroundings.facilityAfter(t, at[1])) {
                at = null; // « Chargé de mission … »: a title's first word is its job (a town may bear its name), unless a
                           // facility follows ("Sudbury Library and Information Advisor")
            }
            if (at != null && span[0] == t.organizationStart && at[0] == span[0] && at[1] == span[1]) {
                at = null; // « Ange Gardien »: a body named as a town elsewhere is named after something else
            }
            if (at != null && (hyphenated(t.text, at[1], 1) || hyphenated(t.text, at[0] - 1, -1))) {
                at = null; // « Croix-Rouge »: a town's name glued to another word makes a word of its own
            }
            if (at != null && LocationRule.write(t, at[0], at[1], "location.in-name")) {
                return;
            }
        }
        if (!university(t)) {
            pageAddress(t);
        }
    }

    /** Whether {@code s} has a hyphen at {@code i} with a letter beyond it, looking in {@code direction}. */
    private static boolean hyphenated(String s, int i, int direction) {
        int beyond = i + direction;
        return i >= 0 && beyond >= 0 && beyond < s.length() && s.charAt(i) == '-' && Character.isLetter(s.charAt(beyond));
    }

    /** A university named after its town: "Utrecht University", "University of Leeds", « Université de Lille ». */
    private static final Pattern UNIVERSITY = Pattern.compile(
            "(?:(?i:university|universite|université|universitat|universität|universiteit|universita|universidad) (?i:of |de |d'|van |di )?"
            + "(\\p{Lu}[\\p{L}-]{1,30}+)|(\\p{Lu}[\\p{L}-]{1,30}+)(?:'s)? (?i:university|universiteit|universität|universitat))(?![\\p{L}])");

    /**
     * The town of the university the text names most, at least twice, when nothing else placed the job: a lab's
     * post is at its university ("the Utrecht University's Faculty of Science", "Utrecht University offers …").
     */
    private static boolean university(PostingText t) {
        Matcher m = UNIVERSITY.matcher(t.text).region(t.bodyStart, Math.min(t.text.length(), t.bodyStart + 30_000));
        java.util.Map<String, int[]> seen = new java.util.LinkedHashMap<>(); // town -> {count, start, end}
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String town = m.group(g);
            if (!Character.isUpperCase(town.charAt(0)) || !Places.known(town)) {
                continue;
            }
            int[] c = seen.computeIfAbsent(town, k -> new int[] {0, m.start(g), m.end(g)});
            c[0]++;
        }
        int[] best = null;
        int second = 0;
        for (int[] c : seen.values()) {
            if (best == null || c[0] > best[0]) {
                second = best == null ? 0 : best[0];
                best = c;
            } else {
                second = Math.max(second, c[0]);
            }
        }
        return best != null && best[0] >= 2 && best[0] > second && LocationRule.write(t, best[1], best[2], "location.university");
    }

    /** A postcode and its town: « 9880 Aalter », « 1446 WJ - Purmerend », « 59000 Lille », "Edinburgh EH8 9YL". */
    private static final Pattern POSTCODE_TOWN = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\d{5}|[1-9]\\d{3}(?: ?[A-Z]{2}(?![\\p{L}]))?)[ ,]*[-–]?[ ]*(\\p{Lu}[\\p{L}'’.-]*(?: [\\p{L}'’.-]+){0,3})");
    private static final Pattern TOWN_POSTCODE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}),? [A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}(?![\\p{L}\\d])");

    /** A street's number, a comma and the town, without a postcode: "Nevelgaarde 40, Nieuwegein". */
    private static final Pattern NUMBER_TOWN = Pattern.compile(
            "(?<=\\p{L} )\\d{1,4}[a-zA-Z]?, ?(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})");

    /**
     * The town of the postal address a page gives outside its text (its footer), when nothing else placed the job:
     * a shop or a small body names its town there and nowhere else. The mark points at the town where the text names
     * it, else nowhere (the value is not part of the text).
     */
    private static void pageAddress(PostingText t) {
        for (PostingText.Marked m : t.marks(org.sillage.importing.TextStructure.Kind.PAGE_ADDRESS)) {
            String town = town(m.value());
            if (town == null) {
                continue;
            }
            int at = wordIn(t, town);
            if (at >= 0 && LocationRule.write(t, at, at + town.length(), "location.page-address")) {
                return;
            }
            t.out().location(town);
            t.location = town;
            t.set(Field.LOCATION);
            t.evidence(Field.LOCATION, 0, 0, "location.page-address");
            return;
        }
    }

    /** The known town after a postcode (or before a British one) in {@code words}, as written; null when none. */
    private static String town(String words) {
        for (Pattern p : new Pattern[] {POSTCODE_TOWN, TOWN_POSTCODE, NUMBER_TOWN}) {
            Matcher m = p.matcher(words);
            while (m.find()) {
                String before = words.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(java.util.Locale.ROOT);
                if (before.contains("©") || before.contains("copyright") || before.contains("(c)")) {
                    continue; // « © 2024 Lille Métropole »: a year
                }
                String[] w = m.group(1).split(" ");
                for (int n = w.length; n >= 1; n--) {
                    String name = String.join(" ", java.util.Arrays.copyOf(w, n)).replaceAll("[.,]+$", "");
                    Places.Place place = name.length() >= 2 ? Places.get().find(Places.key(name)) : null;
                    if (place != null) {
                        // « 30000 NÎMES »: the town as it is named, not shouted
                        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) ? place.name() : name;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where {@code word} stands in the text as a whole word, written the same way (« Lyon », not the « lyon » of
     * ens-lyon.fr); -1 when nowhere.
     */
    private static int wordIn(PostingText t, String word) {
        for (int at = t.text.indexOf(word); at >= 0; at = t.text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(t.text.charAt(at - 1)) && "-./@".indexOf(t.text.charAt(at - 1)) < 0)
                    && (end >= t.text.length() || !Character.isLetterOrDigit(t.text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }
}
