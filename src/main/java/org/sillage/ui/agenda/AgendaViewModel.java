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

    /** The items at one moment: as the lines of the list (sections in order), and by day. */
    public record Snapshot(ZonedDateTime now, List<Row> rows, Map<LocalDate, List<AgendaItem>> byDay) {
    }

    /** Worker thread. Items of closed applications are left out (by the query); done items go to their own section. */
    public Snapshot load() {
        ZonedDateTime now = agenda.now();
        List<AgendaItem> items = agenda.openItems();
        Map<Agenda.Bucket, List<AgendaItem>> sections = new EnumMap<>(Agenda.Bucket.class);
        for (AgendaItem i : items) {
            sections.computeIfAbsent(Agenda.bucket(i, now), k -> new java.util.ArrayList<>()).add(i);
        }
        List<Row> rows = new java.util.ArrayList<>(items.size() + sections.size());
        sections.forEach((bucket, in) -> {
            rows.add(new Heading(bucket, in.size()));
            in.forEach(i -> rows.add(new Entry(bucket, i)));
        });
        Map<LocalDate, List<AgendaItem>> byDay = items.stream()
                .collect(Collectors.groupingBy(AgendaItem::date, java.util.TreeMap::new, Collectors.toList()));
        return new Snapshot(now, rows, byDay);
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
