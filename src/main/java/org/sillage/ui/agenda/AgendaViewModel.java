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

    private final int page;

    public AgendaViewModel(AgendaService agenda) {
        this(agenda, PAGE);
    }

    /** @param page about how many items one more read adds (tests use a few) */
    AgendaViewModel(AgendaService agenda, int page) {
        this.agenda = agenda;
        this.page = page;
    }

    /** A line of the agenda list: a section's heading, an item in it, or where more may be read. */
    public sealed interface Row permits Heading, Entry, More {
        Agenda.Bucket bucket();
    }

    /**
     * The heading of a section with how many items it holds; {@code complete} is false while only some of the days
     * were read and the section may hold more (its count is then not shown).
     */
    public record Heading(Agenda.Bucket bucket, int count, boolean complete) implements Row {
    }

    /** An item of a section. */
    public record Entry(Agenda.Bucket bucket, AgendaItem item) implements Row {
    }

    /**
     * Where the list may go on: before its first line, the items dated before {@code beyond} ({@code older}); after
     * its last, those dated after it (ADR 0056).
     */
    public record More(Agenda.Bucket bucket, boolean older, LocalDate beyond) implements Row {
    }

    /** How far back the list reads every dated item: older ones are there only while still to do. */
    public static final int PAST_DAYS = 90;
    /** How far ahead the list goes. */
    public static final int FUTURE_DAYS = 366;
    /** How far back and ahead the first, quick read of the list goes: today and this week whole (ADR 0049). */
    static final int NEAR_PAST_DAYS = 7;
    static final int NEAR_FUTURE_DAYS = 14;
    /** About how many items one more read of the list adds, back or ahead (ADR 0056). */
    static final int PAGE = 200;
    /** The most reads of days one page makes before it stops, whatever it found. */
    private static final int MAX_READS = 12;

    /**
     * The items at one moment: those read, dated {@code from} to {@code to} (and, before {@link #PAST_DAYS} ago, those
     * still to do), as the lines of the list (sections in order), and by day for the weeks of {@code month}.
     * {@code olderLeft} and {@code laterLeft} say whether more may be read before {@code from} and after {@code to}.
     */
    public record Snapshot(ZonedDateTime now, List<Row> rows, YearMonth month, Map<LocalDate, List<AgendaItem>> byDay,
            List<AgendaItem> items, LocalDate from, LocalDate to, boolean olderLeft, boolean laterLeft) {
        /** Whether the list holds every item there is to show. */
        public boolean complete() {
            return !olderLeft && !laterLeft;
        }

        Snapshot withDays(YearMonth ym, Map<LocalDate, List<AgendaItem>> days) {
            return new Snapshot(now, rows, ym, days, items, from, to, olderLeft, laterLeft);
        }
    }

    /**
     * Worker thread: what the screen shows, {@link #loadNear} then a page back and a page ahead: the whole list
     * when it holds a few hundred items, which is what a person's holds.
     */
    public Snapshot load(YearMonth shown) {
        return later(older(loadNear(shown)));
    }

    /**
     * Worker thread: the days near today only (a week back, two weeks ahead, and the six weeks of the current
     * month when it is the one shown), read by their dates' indexes: what the screen shows first (ADR 0049).
     * Today's and this week's sections are whole; the others may hold more.
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
        List<AgendaItem> items = agenda.openItems(from, to);
        YearMonth ym = shown == null ? YearMonth.from(now) : shown;
        LocalDate first = firstShown(ym);
        LocalDate last = first.plusDays(41);
        Map<LocalDate, List<AgendaItem>> days = first.isBefore(from) || last.isAfter(to) ? days(ym)
                // the six weeks lie within the days just read: their items are among them (a second read of
                // them took about a fifth of the screen's time at 20,000 applications)
                : byDay(items.stream().filter(i -> !i.date().isBefore(first) && !i.date().isAfter(last)));
        return snapshot(now, ym, days, items, from, to, true, true);
    }

    /**
     * Worker thread: {@code s} with about {@link #PAGE} more items dated before it, read back a week, then two,
     * four... at a time: every item up to {@link #PAST_DAYS} ago, and before that what is still to do however
     * long overdue, as the reminders show it (a deadline passed a year ago without applying).
     */
    public Snapshot older(Snapshot s) {
        if (!s.olderLeft()) {
            return s;
        }
        LocalDate today = s.now().toLocalDate();
        LocalDate window = today.minusDays(PAST_DAYS);
        List<AgendaItem> found = new java.util.ArrayList<>();
        LocalDate to = s.from().minusDays(1);
        long days = 7;
        boolean left = true;
        for (int reads = 0; reads < MAX_READS && found.size() < page; reads++) {
            if (!to.isBefore(window)) {
                LocalDate from = to.minusDays(days - 1).isBefore(window) ? window : to.minusDays(days - 1);
                found.addAll(agenda.openItems(from, to));
                to = from.minusDays(1);
            } else {
                java.util.Optional<LocalDate> earliest = agenda.earliestDue(to);
                if (earliest.isEmpty()) {
                    left = false;
                    break;
                }
                LocalDate from = to.minusDays(days - 1).isBefore(earliest.get()) ? earliest.get() : to.minusDays(days - 1);
                LocalDate until = to;
                agenda.dueBy(until.minusDays(1).atStartOfDay(s.now().getZone()), from).stream()
                        .filter(i -> !i.done() && !i.date().isAfter(until)).forEach(found::add);
                to = from.minusDays(1);
            }
            days *= 2;
        }
        if (left && to.isBefore(window)) {
            left = agenda.earliestDue(to).isPresent();
        }
        return merge(s, found, to.plusDays(1), s.to(), left, s.laterLeft());
    }

    /** Worker thread: {@code s} with about {@link #PAGE} more items dated after it, up to {@link #FUTURE_DAYS} ahead. */
    public Snapshot later(Snapshot s) {
        LocalDate end = s.now().toLocalDate().plusDays(FUTURE_DAYS);
        List<AgendaItem> found = new java.util.ArrayList<>();
        LocalDate from = s.to().plusDays(1);
        long days = 7;
        for (int reads = 0; reads < MAX_READS && found.size() < page && !from.isAfter(end); reads++) {
            LocalDate to = from.plusDays(days - 1).isAfter(end) ? end : from.plusDays(days - 1);
            found.addAll(agenda.openItems(from, to));
            from = to.plusDays(1);
            days *= 2;
        }
        return merge(s, found, s.from(), from.minusDays(1), s.olderLeft(), !from.isAfter(end));
    }

    private Snapshot merge(Snapshot s, List<AgendaItem> more, LocalDate from, LocalDate to, boolean olderLeft,
            boolean laterLeft) {
        List<AgendaItem> items = new java.util.ArrayList<>(s.items().size() + more.size());
        items.addAll(more);
        items.addAll(s.items());
        AgendaItem.sortByDue(items);
        return snapshot(s.now(), s.month(), s.byDay(), items, from, to, olderLeft, laterLeft);
    }

    private static Snapshot snapshot(ZonedDateTime now, YearMonth month, Map<LocalDate, List<AgendaItem>> byDay,
            List<AgendaItem> items, LocalDate from, LocalDate to, boolean olderLeft, boolean laterLeft) {
        Map<Agenda.Bucket, List<AgendaItem>> sections = new EnumMap<>(Agenda.Bucket.class);
        for (AgendaItem i : items) {
            sections.computeIfAbsent(Agenda.bucket(i, now), k -> new java.util.ArrayList<>()).add(i);
        }
        List<Row> rows = new java.util.ArrayList<>(items.size() + sections.size() + 2);
        if (olderLeft) {
            rows.add(new More(Agenda.Bucket.OVERDUE, true, from));
        }
        sections.forEach((bucket, in) -> {
            // today and this week (to Sunday) lie within the days near today; the others may go on past them
            boolean whole = switch (bucket) {
                case TODAY, THIS_WEEK -> true;
                case OVERDUE -> !olderLeft;
                case LATER -> !laterLeft;
                case DONE -> !olderLeft && !laterLeft;
            };
            rows.add(new Heading(bucket, in.size(), whole));
            in.forEach(i -> rows.add(new Entry(bucket, i)));
        });
        if (laterLeft) {
            rows.add(new More(Agenda.Bucket.LATER, false, to));
        }
        return new Snapshot(now, List.copyOf(rows), month, byDay, List.copyOf(items), from, to, olderLeft, laterLeft);
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
            snapshot.set(s.withDays(ym, byDay));
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
