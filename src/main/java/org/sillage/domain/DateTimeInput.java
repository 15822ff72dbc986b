package org.sillage.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them, the same in the window and on the command line: ISO dates
 * (2026-12-15) and the language’s numeric dates (15/12/2026 in French and Dutch, 12/15/2026 in English,
 * two-digit years too); times as 9:00, 09:00, 9h, 9h30, 9u30 (Dutch), 14.30, 14:30, 2 pm or 2:30pm.
 */
public final class DateTimeInput {
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})\\s*(?:([:hu.])\\s*(\\d{2})?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");

    private DateTimeInput() {
    }

    /** A time, or empty for a blank text; {@code null} when the text is not a time. */
    public static Optional<LocalTime> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches() || (m.group(2) == null && m.group(4) == null)) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String half = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT).replace(".", "");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** A time, or null for a blank text; a text that is not a time is a {@link UserException}. */
    public static LocalTime parseTime(String text) {
        Optional<LocalTime> t = time(text);
        if (t == null) {
            throw new UserException("error.input.time", text.strip());
        }
        return t.orElse(null);
    }

    /** A date, or empty for a blank text; {@code null} when the text is not a date. */
    public static Optional<LocalDate> date(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher m = NUMERIC_DATE.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            year = year < 100 ? 2000 + year : year;
            boolean monthFirst = monthFirst(locale) && a <= 12 || b > 12;
            try {
                return Optional.of(monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a));
            } catch (DateTimeException e) {
                return null;
            }
        }
        for (DateTimeFormatter f : formats(locale)) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /** A date, or null for a blank text; a text that is not a date is a {@link UserException} naming the formats. */
    public static LocalDate parseDate(String text, Locale locale) {
        Optional<LocalDate> d = date(text, locale);
        if (d == null) {
            throw new UserException("error.input.date", text.strip(), example(locale));
        }
        return d.orElse(null);
    }

    /** How the language writes 15 December 2026 in numbers, to show what is expected. */
    public static String example(Locale locale) {
        return LocalDate.of(2026, 12, 15).format(numeric(locale));
    }

    /** The language's numeric date pattern with a four-digit year (dd/MM/yyyy, M/d/yyyy...). */
    public static DateTimeFormatter numeric(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        if (!pattern.contains("yyyy")) {
            pattern = pattern.replaceAll("y+", "yyyy");
        }
        return DateTimeFormatter.ofPattern(pattern, locale);
    }

    private static boolean monthFirst(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return pattern.indexOf('M') < pattern.indexOf('d');
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        List<DateTimeFormatter> out = new ArrayList<>();
        out.add(DateTimeFormatter.ISO_LOCAL_DATE);
        out.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        out.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return out;
    }
}
