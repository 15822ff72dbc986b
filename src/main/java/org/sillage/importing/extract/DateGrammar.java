package org.sillage.importing.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times and time zones as written in French, English and Dutch postings, read from the folded
 * (lower-case, accent-free) text at a given position. Every pattern is anchored and bounded.
 */
final class DateGrammar {

    /** How to read an all-numeric date whose day and month are both 12 or less. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    /** A date as written: day and year may be missing; month is always known. */
    record DateMatch(int start, int end, Integer day, int month, Integer year) {
        boolean hasDay() {
            return day != null;
        }

        LocalDate toDate() {
            if (day == null || year == null) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    record TimeMatch(int start, int end, LocalTime time) {
    }

    record ZoneMatch(int start, int end, String zoneId) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"janvier", "janv", "january", "jan", "januari"},
            {"fevrier", "fevr", "fev", "february", "feb", "februari", "febr"},
            {"mars", "march", "mar", "maart", "mrt"},
            {"avril", "avr", "april", "apr"},
            {"mai", "may", "mei"},
            {"juin", "june", "jun", "juni"},
            {"juillet", "juil", "july", "jul", "juli"},
            {"aout", "august", "aug", "augustus"},
            {"septembre", "sept", "september", "sep"},
            {"octobre", "oct", "october", "oktober", "okt"},
            {"novembre", "nov", "november"},
            {"decembre", "dec", "december"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    /** What puts a month's last day before it: "the last day of December 2016", « le dernier jour de juin 2024 ». */
    private static final String[] LAST_DAY = {"last day of", "dernier jour de", "dernier jour du mois de",
        "laatste dag van"};
    private static final String SUFFIX = "(?:er|re|eme|e|st|nd|rd|th|ste|de)?";
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    /** Day, month and year, not inside a longer run of numbers, unless a range's second date follows its dash. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{4}|\\d{2}))?(?!(?!-\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?![\\d/.-]))[\\d/.-]\\d)(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})" + SUFFIX + "\\.?[ ]{0,3}(?:of[ ]{1,3}|-)?([a-z]{3,9})\\.?(?:-|,?[ ]{0,3})(\\d{4})?(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "([a-z]{3,9})\\.?(?:,[ ]{0,3}(?=\\d{1,2}(?:st|nd|rd|th)?,?[ ]{0,3}\\d{4})|[ ]{0,3})(\\d{1,2})(?!\\d)" + SUFFIX + "(?:,?[ ]{0,3}(\\d{4})(?!\\d))?");
    private static final Pattern ORDINAL = Pattern.compile("(?:st|nd|rd|th)(?![a-z])");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]{3,9})\\.?[ ]{0,3}(?:de |d')?(\\d{4})(?!\\d)");

    private DateGrammar() {
    }

    static Integer month(String word) {
        return MONTHS.get(word);
    }

    /**
     * Reads a date starting exactly at {@code pos} in the folded text, with day precision or month-year
     * precision, or returns null.
     */
    static DateMatch parseAt(String fold, int pos, Order order) {
        return parseAt(fold, pos, () -> order);
    }

    /** Like {@link #parseAt(String, int, Order)}, the order asked for only when a numeric date needs it. */
    static DateMatch parseAt(String fold, int pos, java.util.function.Supplier<Order> order) {
        int limit = Math.min(fold.length(), pos + 40);
        if (pos < 0 || pos >= limit) {
            return null;
        }
        if (pos > 0 && Character.isLetterOrDigit(fold.charAt(pos - 1))) {
            return null;
        }
        char c = fold.charAt(pos);
        if (Character.isDigit(c)) {
            Matcher m = YMD.matcher(fold).region(pos, limit);
            if (m.lookingAt()) {
                return checked(pos, m.end(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = DAY_MONTH.matcher(fold).region(pos, limit);
            if (m.lookingAt()) {
                Integer mo = MONTHS.get(m.group(2));
                if (mo != null) {
                    Integer y = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                    int end = m.group(3) == null ? m.end(2) + (m.end(2) < limit && fold.charAt(m.end(2)) == '.' ? 1 : 0) : m.end();
                    return checked(pos, end, Integer.parseInt(m.group(1)), mo, y);
                }
            }
            m = NUMERIC.matcher(fold).region(pos, limit);
            if (m.lookingAt()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                Integer y = null;
                if (m.group(3) != null) {
                    y = Integer.parseInt(m.group(3));
                    if (y < 100) {
                        y += 2000;
                    }
                } else if (fold.charAt(m.end(1)) == '.') {
                    return null; // "3.5" is a number, not a date
                }
                int day;
                int month;
                if (a > 12 && b <= 12) {
                    day = a;
                    month = b;
                } else if (b > 12 && a <= 12) {
                    day = b;
                    month = a;
                } else if (order.get() == Order.MONTH_FIRST) {
                    day = b;
                    month = a;
                } else {
                    day = a;
                    month = b;
                }
                return checked(pos, m.end(), day, month, y);
            }
            return null;
        }
        if (!Character.isLetter(c)) {
            return null;
        }
        for (String last : LAST_DAY) {
            if (fold.startsWith(last, pos)) {
                // "the last day of December 2016", « le dernier jour de février 2025 »: the month's last day
                int at = pos + last.length();
                while (at < fold.length() && (fold.charAt(at) == ' ' || fold.charAt(at) == '\n') && at - pos < 40) {
                    at++;
                }
                DateMatch month = parseAt(fold, at, order);
                if (month == null || month.day() != null || month.year() == null && month.month() == 2) {
                    return null;
                }
                int year = month.year() == null ? 2001 : month.year();
                return new DateMatch(pos, month.end(), LocalDate.of(year, month.month(), 1).lengthOfMonth(),
                        month.month(), month.year());
            }
        }
        if (!monthFirst(fold, pos)) {
            return null; // (a word that names no month: the patterns below are not tried)
        }
        Matcher m = MONTH_DAY.matcher(fold).region(pos, limit);
        if (m.lookingAt()) {
            Integer mo = MONTHS.get(m.group(1));
            if (mo != null) {
                Integer y = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                int end = y == null ? m.end(2) : m.end();
                if (y == null) {
                    // keep an ordinal suffix inside the span
                    Matcher suf = ORDINAL.matcher(fold).region(end, Math.min(limit, end + 2));
                    if (suf.lookingAt()) {
                        end = suf.end();
                    }
                }
                return checked(pos, end, Integer.parseInt(m.group(2)), mo, y);
            }
        }
        m = MONTH_YEAR.matcher(fold).region(pos, limit);
        if (m.lookingAt()) {
            Integer mo = MONTHS.get(m.group(1));
            if (mo != null) {
                return checked(pos, m.end(), null, mo, Integer.parseInt(m.group(2)));
            }
        }
        return null;
    }

    /**
     * Whether the letters at {@code pos} can be the month the patterns of a written month open on: their run of
     * letters a-z is a month's name, or one followed by « de » or « d' » written without a space (« juind'2024 »).
     */
    private static boolean monthFirst(String fold, int pos) {
        int run = pos;
        while (run < fold.length() && fold.charAt(run) >= 'a' && fold.charAt(run) <= 'z' && run - pos < 12) {
            run++;
        }
        int len = run - pos;
        char next = run < fold.length() ? fold.charAt(run) : 0;
        return monthOf(fold, pos, len)
                || next == ' ' && len >= 2 && fold.startsWith("de", run - 2) && monthOf(fold, pos, len - 2)
                || next == '\'' && len >= 1 && fold.charAt(run - 1) == 'd' && monthOf(fold, pos, len - 1);
    }

    private static boolean monthOf(String fold, int pos, int len) {
        return len >= 3 && len <= 9 && MONTHS.containsKey(fold.substring(pos, pos + len));
    }

    private static DateMatch checked(int start, int end, Integer day, int month, Integer year) {
        if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))
                || (year != null && (year < 1950 || year > 2200))) {
            return null;
        }
        if (day != null && day > LocalDate.of(2000, month, 1).lengthOfMonth()) {
            return null;
        }
        return new DateMatch(start, end, day, month, year);
    }

    /**
     * Finds the first date in {@code [from, to)} of the folded text, skipping words such as weekdays and
     * articles; returns null when a sentence end comes first.
     */
    static DateMatch findIn(String fold, int from, int to, Order order) {
        return findIn(fold, from, to, () -> order);
    }

    static DateMatch findIn(String fold, int from, int to, java.util.function.Supplier<Order> order) {
        int end = Math.min(to, fold.length());
        for (int i = Math.max(0, from); i < end; i++) {
            char c = fold.charAt(i);
            if (c == '\n' && i + 1 < end && fold.charAt(i + 1) == '\n') {
                return null;
            }
            if ((Character.isLetterOrDigit(c)) && (i == 0 || !Character.isLetterOrDigit(fold.charAt(i - 1)))) {
                DateMatch d = parseAt(fold, i, order);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static final Pattern TIME = Pattern.compile(
            "(?:(?:a|at|om|by|before|avant|vers|,|-|\u2013|\u2014|jusqu'a|tot|voor)[ ]{1,3})?(?:(?:12[ ]?)?(midi|noon|midday)|(?:12[ ]?)?(minuit|midnight|middernacht)|"
            + "(\\d{1,2})[ ]?(?:h|:|u|\\.)[ ]?(\\d{2})?(?![\\d])[ ]?(a\\.?m\\.?|p\\.?m\\.?)?|"
            + "(\\d{1,2})[ ]?(a\\.?m\\.?|p\\.?m\\.?|heures|uur)(?![a-z]))");

    /** Reads a time of day just after a date ({@code à 12h00}, {@code 5pm}, {@code à midi}, {@code 23h59}). */
    static TimeMatch timeAfter(String fold, int pos) {
        int limit = Math.min(fold.length(), pos + 40);
        int i = pos;
        while (i < limit && (fold.charAt(i) == ' ' || fold.charAt(i) == ',' || fold.charAt(i) == '*'
                || fold.charAt(i) == '_' || fold.charAt(i) == '(')) {
            i++;
        }
        if (i >= limit) {
            return null;
        }
        Matcher m = TIME.matcher(fold).region(i, limit);
        if (!m.lookingAt()) {
            return null;
        }
        LocalTime t = null;
        int start = m.start();
        if (m.group(1) != null) {
            t = LocalTime.NOON;
        } else if (m.group(2) != null) {
            t = LocalTime.of(23, 59);
        } else if (m.group(3) != null) {
            String sep = fold.substring(m.end(3), Math.min(m.end(3) + 2, limit)).trim();
            if (m.group(4) == null && (sep.startsWith(":") || sep.startsWith(".")) ) {
                return null;
            }
            if (m.group(4) == null && m.group(5) == null && !sep.startsWith("h") && !sep.startsWith("u")) {
                return null;
            }
            t = time(Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5));
        } else if (m.group(6) != null) {
            t = time(Integer.parseInt(m.group(6)), 0, m.group(7).startsWith("a") || m.group(7).startsWith("p") ? m.group(7) : null);
        }
        return t == null ? null : new TimeMatch(start, m.end(), t);
    }

    private static LocalTime time(int h, int min, String ampm) {
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = ampm.startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h == 24 && min == 0) {
            return LocalTime.of(23, 59);
        }
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h, min);
    }

    private static final Pattern ZONE_WORDS = Pattern.compile(
            "[ ]{0,2}\\(?[ ]{0,2}(?:(heure de paris|paris time|heure francaise|heure de france|heure de bruxelles|heure belge|"
            + "brussels time|belgische tijd|nederlandse tijd|amsterdam time|heure de l'est|heure normale de l'est|"
            + "eastern time|heure de montreal|heure d'ottawa|heure de toronto|pacific time|central time|mountain time|"
            + "london time|uk time|heure de londres)|(heure locale|local time))");
    private static final Pattern ZONE_ABBR = Pattern.compile("[ ]{0,2}\\(?[ ]{0,2}(ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|CET|CEST|GMT|UTC|BST|HNE|HAE)\\b");

    /** Reads a stated time zone just after a time; abbreviations must be upper case in the text. */
    static ZoneMatch zoneAfter(String text, String fold, int pos) {
        int limit = Math.min(fold.length(), pos + 40);
        if (pos >= limit) {
            return null;
        }
        Matcher m = ZONE_WORDS.matcher(fold).region(pos, limit);
        if (m.lookingAt() && m.group(1) != null) {
            String w = m.group(1);
            String id;
            if (w.contains("paris") || w.contains("franc")) {
                id = "Europe/Paris";
            } else if (w.contains("brux") || w.contains("bel") || w.contains("brussels")) {
                id = "Europe/Brussels";
            } else if (w.contains("nederland") || w.contains("amsterdam")) {
                id = "Europe/Amsterdam";
            } else if (w.contains("montreal")) {
                id = "America/Montreal";
            } else if (w.contains("ottawa") || w.contains("toronto")) {
                id = "America/Toronto";
            } else if (w.contains("est") || w.contains("eastern")) {
                id = "America/New_York";
            } else if (w.contains("pacific")) {
                id = "America/Los_Angeles";
            } else if (w.contains("central")) {
                id = "America/Chicago";
            } else if (w.contains("mountain")) {
                id = "America/Denver";
            } else {
                id = "Europe/London";
            }
            return new ZoneMatch(m.start(1), m.end(1), id);
        }
        m = ZONE_ABBR.matcher(text).region(pos, limit);
        if (m.lookingAt()) {
            String id = switch (m.group(1)) {
                case "ET", "EST", "EDT", "HNE", "HAE" -> "America/New_York";
                case "PT", "PST", "PDT" -> "America/Los_Angeles";
                case "CT", "CST", "CDT" -> "America/Chicago";
                case "MT", "MST", "MDT" -> "America/Denver";
                case "CET", "CEST" -> "Europe/Paris";
                case "BST" -> "Europe/London";
                case "GMT" -> "GMT";
                default -> "UTC";
            };
            return new ZoneMatch(m.start(1), m.end(1), id);
        }
        return null;
    }
}
