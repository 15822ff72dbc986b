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

    /** The items at one moment, by section and by day. */
    public record Snapshot(ZonedDateTime now, Map<Agenda.Bucket, List<AgendaItem>> sections,
                           Map<LocalDate, List<AgendaItem>> byDay) {
    }

    /** Worker thread. Items of closed applications are left out; done items go to their own section. */
    public Snapshot load() {
        ZonedDateTime now = agenda.now();
        List<AgendaItem> items = agenda.items().stream().filter(i -> !i.status().isClosed()).toList();
        Map<Agenda.Bucket, List<AgendaItem>> sections = new EnumMap<>(Agenda.Bucket.class);
        for (AgendaItem i : items) {
            sections.computeIfAbsent(Agenda.bucket(i, now), k -> new java.util.ArrayList<>()).add(i);
        }
        Map<LocalDate, List<AgendaItem>> byDay = items.stream()
                .collect(Collectors.groupingBy(AgendaItem::date, java.util.TreeMap::new, Collectors.toList()));
        return new Snapshot(now, sections, byDay);
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
