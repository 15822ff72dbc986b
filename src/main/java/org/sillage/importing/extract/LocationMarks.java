package org.sillage.importing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.sillage.importing.extract.LocationRule.CAPWORDS;
import static org.sillage.importing.extract.LocationRule.COUNTRIES;
import static org.sillage.importing.extract.LocationRule.placeEnd;
import static org.sillage.importing.extract.LocationRule.write;
import static org.sillage.importing.extract.LocationLabels.townAfterDash;

/**
 * The workplace as a page's header marks it: in the title (« … (Lille, France) », "… in Leeds"), after a dash,
 * in a job board's chips, after a pin (« 📍 Lyon »), or before "-based".
 */
final class LocationMarks {
    private LocationMarks() {
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
    static boolean titlePlace(PostingText t) {
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
    static boolean dashPlace(PostingText t) {
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
    static boolean hyphenBased(PostingText t) {
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
    static boolean chipPlace(PostingText t) {
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
    static boolean pin(PostingText t) {
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

    private static boolean pin(PostingText t, String marker) {
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
}
