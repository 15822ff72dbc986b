package org.sillage.ui.agenda;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import org.sillage.service.AgendaService;

/** State of the agenda: the items by section, and the month the calendar shows. */
public final class AgendaViewModel {
    private final AgendaService agenda;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();

    public AgendaViewModel(AgendaService agenda) {
        this.agenda = agenda;
    }

    /** A line of the agenda list: a section's heading, or an item in it. */
    public sealed interface Row permits Heading, Entry {
        Agenda.Bucket bucket();
    }

    /** The heading of a section with how many items it holds. */
    public record Heading(Agenda.Bucket bucket, int count) implements Row {
    }

    /** An item of a section. */
    public record Entry(Agenda.Bucket bucket, AgendaItem item) implements Row {
    }

    /** How far back the list goes: older items stay with their application (an expired one is flagged there). */
    public static final int PAST_DAYS = 90;
    /** How far ahead the list goes. */
    public static final int FUTURE_DAYS = 366;

    /**
     * The items at one moment: as the lines of the list (sections in order, from {@link #PAST_DAYS} ago to
     * {@link #FUTURE_DAYS} ahead), and by day for the weeks of {@code month}.
     */
    public record Snapshot(ZonedDateTime now, List<Row> rows, YearMonth month, Map<LocalDate, List<AgendaItem>> byDay) {
    }

    /**
     * Worker thread: the list, and the days of {@code shown} (the current month when null), each read by
     * date range. Items of closed applications are left out; done items go to their own section.
     */
    public Snapshot load(YearMonth shown) {
        ZonedDateTime now = agenda.now();
        LocalDate today = now.toLocalDate();
        List<AgendaItem> items = agenda.openItems(today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS));
        Map<Agenda.Bucket, List<AgendaItem>> sections = new EnumMap<>(Agenda.Bucket.class);
        for (AgendaItem i : items) {
            sections.computeIfAbsent(Agenda.bucket(i, now), k -> new java.util.ArrayList<>()).add(i);
        }
        List<Row> rows = new java.util.ArrayList<>(items.size() + sections.size());
        sections.forEach((bucket, in) -> {
            rows.add(new Heading(bucket, in.size()));
            in.forEach(i -> rows.add(new Entry(bucket, i)));
        });
        YearMonth ym = shown == null ? YearMonth.from(now) : shown;
        LocalDate from = firstShown(ym);
        LocalDate to = from.plusDays(41);
        if (from.isBefore(today.minusDays(PAST_DAYS)) || to.isAfter(today.plusDays(FUTURE_DAYS))) {
            return new Snapshot(now, rows, ym, days(ym));
        }
        // the six weeks lie within the list's dates: their items are among those just read (a second read of
        // them took about a fifth of the screen's time at 20,000 applications)
        return new Snapshot(now, rows, ym, byDay(items.stream().filter(i -> !i.date().isBefore(from) && !i.date().isAfter(to))));
    }

    private static Map<LocalDate, List<AgendaItem>> byDay(java.util.stream.Stream<AgendaItem> items) {
        return items.collect(Collectors.groupingBy(AgendaItem::date, java.util.TreeMap::new, Collectors.toList()));
    }

    /** The first day of the six weeks the calendar shows for {@code ym} (a Monday). */
    public static LocalDate firstShown(YearMonth ym) {
        LocalDate first = ym.atDay(1);
        return first.minusDays(first.getDayOfWeek().getValue() - 1L);
    }

    /** Worker thread: the items of the six weeks shown for {@code ym}, by day. */
    public Map<LocalDate, List<AgendaItem>> days(YearMonth ym) {
        LocalDate from = firstShown(ym);
        return byDay(agenda.openItems(from, from.plusDays(41)).stream());
    }

    /** JavaFX thread: the days of another month, read after the user moved to it. */
    public void applyDays(YearMonth ym, Map<LocalDate, List<AgendaItem>> byDay) {
        Snapshot s = snapshot.get();
        if (s != null && ym.equals(month.get())) {
            snapshot.set(new Snapshot(s.now(), s.rows(), ym, byDay));
        }
    }

    /** JavaFX thread: shows a snapshot; the calendar opens on the current month. */
    public void apply(Snapshot s) {
        if (month.get() == null) {
            month.set(YearMonth.from(s.now()));
        }
        snapshot.set(s);
    }

    public ObjectProperty<Snapshot> snapshot() {
        return snapshot;
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }
}
