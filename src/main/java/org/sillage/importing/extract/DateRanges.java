package org.sillage.importing.extract;

import java.time.DayOfWeek;
import java.util.regex.Pattern;

/**
 * Ranges of dates and the weekdays around them, for {@link DateRoles}: « du 1er au 20 mars », "December 3 - January 6,
 * 2019", "from … to …", « van … tot en met … »; a range's end is the last day of the period it gives, and the period
 * of the applications when the sentence before it names them.
 */
final class DateRanges {

    private DateRanges() {
    }

    static final String[] RANGE_OPEN = {"du ", "from ", "between ", "entre le ", "entre ", "van ", "vom "};
    /** A range's first day without its month, right before the date that ends it: « du 1er au », "from 1 to". */
    static final Pattern ELIDED_RANGE_START = Pattern.compile(
            "(?<![\\p{L}\\d])(?:du|from|between|entre le|van|vom)\\s+\\d{1,2}(?:er|st|nd|rd|th|e)?\\s*(?:au|to|-|\u2013|and|et le|tot(?: en met)?|t/m|bis)\\s+(?:le\\s+)?$");
    static final String[] RANGE_LINK = {"au", "to", "-", "\u2013", "\u2014", "until", "till", "and", "et",
        "tot", "t/m", "tot en met", "jusqu'au", "through"};

    static final String[][] WEEKDAYS = {
        {"monday", "lundi", "maandag"}, {"tuesday", "mardi", "dinsdag"}, {"wednesday", "mercredi", "woensdag"},
        {"thursday", "jeudi", "donderdag"}, {"friday", "vendredi", "vrijdag"}, {"saturday", "samedi", "zaterdag"},
        {"sunday", "dimanche", "zondag"}};

    /** "Wednesday June 11th", « vendredi 14 mars », "Friday, 3 May": the weekday written just before a date. */
    static DayOfWeek weekdayBefore(String f, int start) {
        int e = start;
        while (e > 0 && (f.charAt(e - 1) == ' ' || f.charAt(e - 1) == ',')) {
            e--;
        }
        String before = f.substring(Math.max(0, e - 10), e);
        for (int k = 0; k < WEEKDAYS.length; k++) {
            for (String w : WEEKDAYS[k]) {
                if (before.endsWith(w) || before.endsWith(w.substring(0, 3)) && !before.endsWith(w.substring(0, 3) + "s")) {
                    return DayOfWeek.of(k + 1);
                }
            }
        }
        return null;
    }

    static final java.util.Set<String> INSIDE_RANGE = java.util.Set.of("on", "le", "the", "at", "a", "om",
        "op", "de", "est", "edt", "cet", "cest", "gmt", "utc", "pst", "pdt", "et", "pt", "bst", "midi", "noon", "minuit",
        "midnight", "h", "u", "am", "pm");

    /** Nouns of an application period: the sentence before a range of dates is about applying. */
    static final String[] APPLICATION_NOUNS = {"candidatures", "applications", "sollicitaties", "depot des candidatures",
        "periode de candidature", "application period", "reactietermijn", "posting period", "periode d'affichage",
        "publicatieperiode"};

    /** The period a posting is shown, the end of which is the last day to apply (registered with the keywords). */
    static final String[] POSTING_PERIOD = {"posting period", "periode d'affichage", "publicatieperiode"};

    /**
     * The first day of a range of dates between {@code from} and {@code to} ("December 3 - January 6, 2019",
     * "October 24-November 01, 2019"), its year taken from the range's end when it states none (the year before when
     * its month comes after the end's); null when no range with a day on both sides stands there.
     */
    static DateGrammar.DateMatch rangeStart(PostingText t, int from, int to) {
        String f = t.fold;
        DateGrammar.DateMatch first = DateGrammar.findIn(f, from, to, t::numericOrder);
        if (first == null || !first.hasDay()) {
            return null;
        }
        DateGrammar.DateMatch end = DateGrammar.findIn(f, first.end(), Math.min(f.length(), first.end() + 45), t::numericOrder);
        if (end == null || end.toDate() == null || !rangeLink(f, first.end(), end.start())) {
            return null;
        }
        int year = first.year() != null ? first.year()
            : first.month() > end.month() || first.month() == end.month() && first.day() > end.day() ? end.year() - 1 : end.year();
        DateGrammar.DateMatch start = new DateGrammar.DateMatch(first.start(), first.end(), first.day(), first.month(), year);
        return start.toDate() == null || start.toDate().isAfter(end.toDate()) ? null : start;
    }

    /** Whether the sentence before a range's start, on its line, names the applications it is the period of. */
    static boolean applicationPeriod(PostingText t, int rangeStart) {
        int from = Math.max(t.sentenceStart(rangeStart), t.lineStart(rangeStart));
        return Keywords.regionContainsAny(t.fold, from, rangeStart, APPLICATION_NOUNS)
                && !Keywords.regionContainsAny(t.fold, from, rangeStart, new String[] {"resultat", "entretien", "audition",
                    "interview", "jury", "result", "gesprek"});
    }

    /** True when only a range link stands between two dates, times, zones and weekdays aside. */
    static boolean rangeLink(String f, int from, int to) {
        if (to - from > 45) {
            return false;
        }
        String link = null;
        for (String tok : f.substring(from, to).split("[ ,()*_]+")) {
            if (tok.isEmpty() || INSIDE_RANGE.contains(tok) && !tok.equals("et") || tok.matches("\\d{1,2}([:h.u]\\d{2})?(am|pm|h)?")
                    || weekday(tok)) {
                continue;
            }
            if (link != null) {
                if ((link + " " + tok).equals("tot en") || (link + " " + tok).equals("tot en met")) {
                    link = link + " " + tok;
                    continue;
                }
                return false;
            }
            link = tok;
        }
        if (link == null) {
            return false;
        }
        for (String l : RANGE_LINK) {
            if (link.equals(l)) {
                return true;
            }
        }
        return false;
    }

    static boolean weekday(String tok) {
        for (String[] days : WEEKDAYS) {
            for (String w : days) {
                if (tok.equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
