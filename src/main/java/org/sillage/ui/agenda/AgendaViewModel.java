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

    /**
     * The heading of a section with how many items it holds; {@code complete} is false while only the days near
     * today were read and the section may hold more (its count is then not shown).
     */
    public record Heading(Agenda.Bucket bucket, int count, boolean complete) implements Row {
    }

    /** An item of a section. */
    public record Entry(Agenda.Bucket bucket, AgendaItem item) implements Row {
    }

    /** How far back the list goes: older items stay with their application (an expired one is flagged there). */
    public static final int PAST_DAYS = 90;
    /** How far ahead the list goes. */
    public static final int FUTURE_DAYS = 366;
    /** How far back and ahead the first, quick read of the list goes: today and this week whole (ADR 0049). */
    static final int NEAR_PAST_DAYS = 7;
    static final int NEAR_FUTURE_DAYS = 14;

    /**
     * The items at one moment: as the lines of the list (sections in order, from {@link #PAST_DAYS} ago to
     * {@link #FUTURE_DAYS} ahead, or only the days near today while {@code complete} is false), and by day for
     * the weeks of {@code month}.
     */
    public record Snapshot(ZonedDateTime now, List<Row> rows, YearMonth month, Map<LocalDate, List<AgendaItem>> byDay,
            boolean complete) {
    }

    /**
     * Worker thread: the list, and the days of {@code shown} (the current month when null), each read by
     * date range. Items of closed applications are left out; done items go to their own section.
     */
    public Snapshot load(YearMonth shown) {
        ZonedDateTime now = agenda.now();
        LocalDate today = now.toLocalDate();
        return read(now, shown, today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS), true);
    }

    /**
     * Worker thread: {@link #load} over the days near today only (a week back, two weeks ahead, and the six
     * weeks of the current month when it is the one shown), read by their dates' indexes: what the screen shows
     * first, while the whole list is read (ADR 0049). Today's and this week's sections are whole; the others
     * may hold more.
     */
    public Snapshot loadNear(YearMonth shown) {
        ZonedDateTime now = agenda.now();
        LocalDate today = now.toLocalDate();
        LocalDate from = today.minusDays(NEAR_PAST_DAYS);
        LocalDate to = today.plusDays(NEAR_FUTURE_DAYS);
        if (shown == null || shown.equals(YearMonth.from(today))) {
            LocalDate first = firstShown(YearMonth.from(today));
            from = first.isBefore(from) ? first : from;
            to = first.plusDays(41).isAfter(to) ? first.plusDays(41) : to;
        }
        return read(now, shown, from, to, false);
    }

    private Snapshot read(ZonedDateTime now, YearMonth shown, LocalDate listFrom, LocalDate listTo, boolean complete) {
        List<AgendaItem> items = new java.util.ArrayList<>(agenda.openItems(listFrom, listTo));
        if (complete) {
            // what is still to do however long overdue (a deadline passed without applying, a follow-up never made),
            // as the reminders and the command line's agenda show it: the window's agenda said "nothing yet" beside a
            // reminder of a deadline passed a year ago
            List<AgendaItem> older = agenda.dueBy(listFrom.minusDays(2).atStartOfDay(now.getZone())).stream()
                    .filter(i -> i.date().isBefore(listFrom) && !i.done()).toList();
            if (!older.isEmpty()) {
                items.addAll(0, older);
                AgendaItem.sortByDue(items);
            }
        }
        Map<Agenda.Bucket, List<AgendaItem>> sections = new EnumMap<>(Agenda.Bucket.class);
        for (AgendaItem i : items) {
            sections.computeIfAbsent(Agenda.bucket(i, now), k -> new java.util.ArrayList<>()).add(i);
        }
        List<Row> rows = new java.util.ArrayList<>(items.size() + sections.size());
        sections.forEach((bucket, in) -> {
            // today and this week (to Sunday) lie within the days near today; the others may go on past them
            rows.add(new Heading(bucket, in.size(), complete || bucket == Agenda.Bucket.TODAY || bucket == Agenda.Bucket.THIS_WEEK));
            in.forEach(i -> rows.add(new Entry(bucket, i)));
        });
        YearMonth ym = shown == null ? YearMonth.from(now) : shown;
        LocalDate from = firstShown(ym);
        LocalDate to = from.plusDays(41);
        if (from.isBefore(listFrom) || to.isAfter(listTo)) {
            return new Snapshot(now, rows, ym, days(ym), complete);
        }
        // the six weeks lie within the list's dates: their items are among those just read (a second read of
        // them took about a fifth of the screen's time at 20,000 applications)
        return new Snapshot(now, rows, ym, byDay(items.stream().filter(i -> !i.date().isBefore(from) && !i.date().isAfter(to))),
                complete);
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
            snapshot.set(new Snapshot(s.now(), s.rows(), ym, byDay, s.complete()));
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
