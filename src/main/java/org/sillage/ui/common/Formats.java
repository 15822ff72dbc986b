package org.sillage.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.sillage.i18n.Messages;

/** Dates as the user's language writes them. */
public final class Formats {
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter shortDate;

    public Formats(Messages messages) {
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale());
    }

    /** A date in digits ("03/12/2026", "12/3/26"), for narrow table columns. */
    public String shortDate(LocalDate d) {
        return d == null ? "" : shortDate.format(d);
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    public String dateTime(Instant i) {
        return i == null ? "" : dateTime.format(i);
    }
}
