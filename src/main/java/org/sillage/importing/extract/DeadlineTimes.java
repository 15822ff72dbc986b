package org.sillage.importing.extract;

import java.time.LocalDate;

/** A deadline's time, for {@link DeadlineRule}: written beside its date, before it, or elsewhere in the body for that day. */
final class DeadlineTimes {

    private DeadlineTimes() {
    }

    /** Whether another front-matter key's date carries the same time as the deadline's. */
    static boolean sameTimeOnAnotherKey(PostingText t, String key, java.time.LocalTime time) {
        for (var e : t.frontMatter.entrySet()) {
            if (e.getKey().equals(key)) {
                continue;
            }
            PostingText.Meta m = e.getValue();
            DateGrammar.DateMatch d = DateGrammar.findIn(t.fold, m.start(), m.end(), t::numericOrder);
            DateGrammar.TimeMatch other = d == null ? null : DateGrammar.timeAfter(t.fold, d.end());
            if (other != null && other.start() < m.end() && other.time().equals(time)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time the body writes after the front matter's deadline day ("deadline: 2020-07-20", then "the deadline is
     * July 20th, 2020 at midnight local time").
     */
    static DateGrammar.TimeMatch timeInBody(PostingText t, LocalDate day) {
        for (DateRoles.Found f : DateRoles.all(t)) {
            if (f.date().start() >= t.bodyStart && day.equals(f.value())) {
                DateGrammar.TimeMatch time = DateGrammar.timeAfter(t.fold, f.date().end());
                if (time != null) {
                    return time;
                }
            }
        }
        return null;
    }

    /**
     * A time written between the deadline phrase and its date: "by noon on Friday 14 March", « avant midi
     * le 3 mars », « à 12h le vendredi 14 mars »; only weekday and linking words may follow it.
     */
    static DateGrammar.TimeMatch timeBetween(PostingText t, int from, int dateStart) {
        String f = t.fold;
        for (int i = Math.max(0, from); i < dateStart; i++) {
            if (!Character.isLetterOrDigit(f.charAt(i)) || i > 0 && Character.isLetterOrDigit(f.charAt(i - 1))) {
                continue;
            }
            DateGrammar.TimeMatch m = DateGrammar.timeAfter(f, i);
            if (m == null || m.start() < i || m.end() > dateStart) {
                continue;
            }
            // the zone the time is written in may stand between it and the date: "by midnight UK time on the
            // 22nd of May", "by 23:59 (UK time) on 22 May", « avant 12h (heure de Paris) le 3 mars »
            DateGrammar.ZoneMatch zone = DateGrammar.zoneAfter(t.text, f, m.end());
            int after = zone != null && zone.end() <= dateStart ? zone.end() : m.end();
            if (onlyLinkWords(f, after, dateStart)) {
                return m;
            }
        }
        return null;
    }

    static final java.util.Set<String> LINK_WORDS = java.util.Set.of("on", "the", "le", "du", "op", "de",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
        "zaterdag", "zondag", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "et", "ce",
        // a time zone written between the time and the date: "at midnight (Eastern) on 3 June"
        "eastern", "pacific", "central", "mountain", "atlantic", "time", "standard", "daylight", "est", "edt", "pst",
        "pdt", "cst", "cdt", "cet", "cest", "gmt", "utc", "pt", "ct", "mt", "bst", "hne", "hae", "heure", "paris", "local", "locale");

    static boolean onlyLinkWords(String f, int from, int to) {
        int i = from;
        while (i < to) {
            char c = f.charAt(i);
            if (Character.isLetter(c)) {
                int e = i;
                while (e < to && Character.isLetter(f.charAt(e))) {
                    e++;
                }
                if (!LINK_WORDS.contains(f.substring(i, e))) {
                    return false;
                }
                i = e;
            } else if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '*' || c == '\u00a0') {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }
}
