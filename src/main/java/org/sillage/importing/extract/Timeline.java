package org.sillage.importing.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/** The posting's own dates, and the year they give to a date written without one. */
final class Timeline {

    private Timeline() {
    }

    /** Latest year among dates with month and year in the text (scans the four-digit years only). */
    static Integer latestYear(PostingText t) {
        String f = t.fold;
        Integer best = null;
        int n = f.length();
        DateGrammar.Order order = t.defaultOrder();
        int examined = 0;
        for (int i = 0; i + 4 <= n && examined < 500; i++) {
            char c = f.charAt(i);
            if ((c == '1' || c == '2') && (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))
                    && isDigits(f, i, 4) && (i + 4 == n || !Character.isDigit(f.charAt(i + 4)))) {
                examined++;
                int year = Integer.parseInt(f.substring(i, i + 4));
                if (year < 1990 || year > 2100) {
                    i += 3;
                    continue;
                }
                // a month must stand just before (or after, for 2024-03-15) the year
                boolean dated = false;
                for (int back = Math.max(0, i - 25); back < i && !dated; back++) {
                    if (back == 0 || !Character.isLetterOrDigit(f.charAt(back - 1))) {
                        DateGrammar.DateMatch d = DateGrammar.parseAt(f, back, order);
                        dated = d != null && d.year() != null && d.end() >= i + 4;
                    }
                }
                if (!dated) {
                    DateGrammar.DateMatch d = DateGrammar.parseAt(f, i, order);
                    dated = d != null && d.hasDay();
                }
                if (dated && (best == null || year > best)) {
                    best = year;
                }
                i += 3;
            }
        }
        return best;
    }

    /**
     * The year the text writes with this day and month elsewhere (« 1er avril 2021 »), or null when it writes
     * none, or more than one.
     */
    static Integer yearWrittenFor(PostingText t, int month, int day) {
        String f = t.fold;
        int n = Math.min(f.length(), 60_000);
        Integer found = null;
        for (int i = 0; i < n; i++) {
            char c = f.charAt(i);
            if (!Character.isDigit(c) || i > 0 && Character.isLetterOrDigit(f.charAt(i - 1))) {
                continue;
            }
            DateGrammar.DateMatch d = DateGrammar.parseAt(f, i, t::numericOrder);
            if (d == null) {
                continue;
            }
            if (d.year() != null && d.hasDay() && d.month() == month && d.day().intValue() == day) {
                if (found != null && !found.equals(d.year())) {
                    return null;
                }
                found = d.year();
            }
            i = Math.max(i, d.end() - 1);
        }
        return found;
    }

    private static boolean isDigits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The year of a day-month written without one, for a date that comes before the start and after the
     * posting: from the posted date, else the start, else the latest year of the timeline. Null when the
     * posting gives no date to go by.
     */
    static Integer inferYear(PostingText t, int month, int day) {
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (RuntimeException e) {
            return null;
        }
        if (t.postedDate != null) {
            LocalDate p = t.postedDate;
            int y = p.getYear();
            return md.isBefore(MonthDay.from(p)) ? y + 1 : y;
        }
        LocalDate start = t.startDate;
        if (start == null && t.startMonth != null) {
            start = t.startMonth.atEndOfMonth();
        }
        if (start != null) {
            int y = start.getYear();
            return md.isAfter(MonthDay.from(start)) ? y - 1 : y;
        }
        return t.timelineYear();
    }

    static YearMonth yearMonth(DateGrammar.DateMatch d) {
        return d == null || d.year() == null ? null : YearMonth.of(d.year(), d.month());
    }
}
