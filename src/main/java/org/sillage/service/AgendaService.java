package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.EventKind;
import org.sillage.domain.PostingFields;
import org.sillage.domain.TimeZones;
import org.sillage.domain.UserException;
import org.sillage.store.AgendaRepository;
import org.sillage.store.Repositories;
import org.sillage.store.Store;

/**
 * Deadlines and events by time, for the agenda, the reminders, the calendar export and the flags; with the
 * current seeker's session actions that have a day (ADR 0024), which belong to no application.
 */
public final class AgendaService {
    private final Store store;
    private final Clock clock;
    private final java.util.function.IntSupplier noAnswerDays;

    public AgendaService(Store store, Clock clock) {
        this(store, clock, () -> 21);
    }

    /** @param noAnswerDays days after Applied when an application with no other change has no answer */
    public AgendaService(Store store, Clock clock, java.util.function.IntSupplier noAnswerDays) {
        this.store = store;
        this.clock = clock;
        this.noAnswerDays = noAnswerDays;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** Every deadline and event of every application, in time order. */
    public List<AgendaItem> items() {
        return read(AgendaRepository.Range.all(), false);
    }

    /**
     * The deadlines and events of applications still open (not accepted, rejected or withdrawn) dated
     * from {@code from} to {@code to}, in time order.
     */
    public List<AgendaItem> openItems(LocalDate from, LocalDate to) {
        return read(new AgendaRepository.Range(from, to, null,
                java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isClosed()).toList()), false);
    }

    /**
     * The first {@code max} items not done of {@code openItems(from, to)}, in the same order, read a few
     * days at a time (1, 2, 4, 8... days): an item of a day never falls due before that day's midnight at
     * +18:00, whatever its zone, so once {@code max} items fall due before the earliest moment an item of a later day
     * can, no later day can come before them (ADR 0028). The dashboard's "what comes next".
     */
    public List<AgendaItem> nextOpen(LocalDate from, LocalDate to, int max) {
        List<ApplicationStatus> open = java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isClosed()).toList();
        return store.transaction(r -> {
            List<AgendaItem> found = new ArrayList<>();
            LocalDate start = from;
            int days = 1;
            while (!start.isAfter(to)) {
                LocalDate end = start.plusDays(days - 1L).isAfter(to) ? to : start.plusDays(days - 1L);
                collect(r, new AgendaRepository.Range(start, end, null, open), true).stream()
                        .filter(i -> !i.done()).forEach(found::add);
                AgendaItem.sortByDue(found);
                // the earliest an item dated after `end` can fall due: the next day's midnight at the
                // furthest offset east there is (+18:00)
                java.time.Instant later = end.plusDays(1).atStartOfDay(java.time.ZoneOffset.MAX).toInstant();
                if (found.size() >= max && found.get(max - 1).due().toInstant().isBefore(later)) {
                    break;
                }
                start = end.plusDays(1);
                days *= 2;
            }
            return found.size() > max ? new ArrayList<>(found.subList(0, max)) : found;
        });
    }

    /**
     * The deadlines and events dated from {@code from} to {@code to} (both included; either may be null
     * for no bound), in time order: two indexed queries, whatever the number of postings.
     */
    public List<AgendaItem> items(LocalDate from, LocalDate to) {
        return read(AgendaRepository.Range.of(from, to), false);
    }

    /** The deadline and events of one application, in time order. */
    public List<AgendaItem> forApplication(long applicationId) {
        return store.transaction(r -> {
            r.applications().find(applicationId)
                    .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
            return collect(r, AgendaRepository.Range.application(applicationId), false);
        });
    }

    /**
     * What may be due by {@code horizon}, for the reminders: deadlines of applications not yet sent, and
     * open events of applications still open, up to the horizon's day (follow-ups however late, other
     * events from yesterday on). Read by date, never every item.
     */
    public List<AgendaItem> dueBy(ZonedDateTime horizon) {
        return dueBy(horizon, null);
    }

    /**
     * {@link #dueBy(ZonedDateTime)}, only the items dated {@code from} or later (all when null): the
     * reminders read the last few days and the horizon this way, and count the older ones in SQL.
     */
    public List<AgendaItem> dueBy(ZonedDateTime horizon, LocalDate from) {
        LocalDate until = horizon.toLocalDate().plusDays(1);
        LocalDate yesterday = now().toLocalDate().minusDays(1);
        List<ApplicationStatus> open = java.util.Arrays.stream(ApplicationStatus.values())
                .filter(s -> !s.isClosed()).toList();
        return store.transaction(r -> {
            List<AgendaItem> items = new ArrayList<>(r.agenda().deadlines(new AgendaRepository.Range(from, until, null,
                    List.of(ApplicationStatus.SAVED, ApplicationStatus.PREPARING))));
            List<AgendaItem> events = r.agenda().dueEvents(new AgendaRepository.Range(from, until, null, open), yesterday,
                    clock.getZone());
            items.addAll(events);
            // a next action on the day of an open follow-up of its application is that follow-up; the
            // events just read hold every such follow-up (same days, same statuses), so the check is made
            // here rather than once per next action in SQL
            java.util.Set<String> followUps = new java.util.HashSet<>();
            for (AgendaItem e : events) {
                if (e.kind() == EventKind.FOLLOW_UP) {
                    followUps.add(e.applicationId() + "@" + e.date());
                }
            }
            for (AgendaItem n : r.agenda().nextActions(new AgendaRepository.Range(from, until, null, open), clock.getZone(), false)) {
                if (!followUps.contains(n.applicationId() + "@" + n.date())) {
                    items.add(n);
                }
            }
            items.addAll(r.agenda().actions(new AgendaRepository.Range(from, until, null, null), true, clock.getZone()));
            AgendaItem.sortByDue(items);
            return items;
        });
    }

    /**
     * The earliest day, {@code until} or before, holding something still to do that {@link #dueBy} would read: a
     * deadline of an application not yet sent, an open follow-up, a next action or a session action; empty when
     * there is none. Four index reads of one row each: the agenda pages back through the overdue with it (ADR 0056).
     */
    public Optional<LocalDate> earliestDue(LocalDate until) {
        return store.transaction(r -> java.util.Arrays.stream(AgendaRepository.DueSource.values())
                .flatMap(source -> r.agenda().firstDueDays(source, until, 1).stream())
                .min(java.util.Comparator.naturalOrder()));
    }

    private List<AgendaItem> read(AgendaRepository.Range range, boolean openOnly) {
        return store.transaction(r -> collect(r, range, openOnly));
    }

    private List<AgendaItem> collect(Repositories r, AgendaRepository.Range range, boolean openOnly) {
        List<AgendaItem> items = new ArrayList<>(r.agenda().deadlines(range));
        items.addAll(r.agenda().events(range, openOnly, clock.getZone()));
        items.addAll(r.agenda().nextActions(range, clock.getZone()));
        items.addAll(r.agenda().actions(range, openOnly, clock.getZone()));
        AgendaItem.sortByDue(items);
        return items;
    }

    /** A posting's deadline as an agenda item; done once the application has been sent (or closed). */
    static Optional<AgendaItem> deadlineOf(ApplicationView app, PostingFields f) {
        if (f.deadline() == null) {
            return Optional.empty();
        }
        ApplicationStatus status = app.application().status();
        boolean done = status != ApplicationStatus.SAVED && status != ApplicationStatus.PREPARING;
        return Optional.of(new AgendaItem(EventKind.DEADLINE, null, app.application().id(), app.title(),
                app.organization(), status, f.deadline(), f.deadlineTime(), TimeZones.forDeadline(f), null, done));
    }

    /** What the application list shows beside an application. */
    public record Flags(boolean expired, boolean needsFollowUp, boolean noAnswer) {
        public Flags(boolean expired, boolean needsFollowUp) {
            this(expired, needsFollowUp, false);
        }

        public boolean any() {
            return expired || needsFollowUp || noAnswer;
        }
    }

    /** Days after Applied when an application still Applied has no answer (a setting, default 21). */
    public int noAnswerDays() {
        return noAnswerDays.getAsInt();
    }

    /**
     * The flags of every application that has one (expired, follow-up due), by id; the others have none.
     * Reads only what can raise a flag: passed deadlines of applications not yet sent, and open follow-ups
     * of sent applications that are due.
     */
    public java.util.Map<Long, Flags> flagsOfAll() {
        return flagsOf(null);
    }

    /**
     * The flags of the given applications that have one (a page of a list), as {@link #flagsOfAll}; null
     * for every application.
     */
    public java.util.Map<Long, Flags> flagsOf(java.util.Collection<Long> applicationIds) {
        if (applicationIds != null && applicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        LocalDate until = now().toLocalDate().plusDays(1);
        var notSent = new AgendaRepository.Range(null, until, null, List.of(ApplicationStatus.SAVED, ApplicationStatus.PREPARING));
        var sent = new AgendaRepository.Range(null, until, null, List.of(ApplicationStatus.APPLIED));
        List<AgendaItem> items = store.transaction(r -> {
            List<AgendaItem> found = new ArrayList<>(applicationIds == null ? r.agenda().deadlines(notSent)
                    : r.agenda().deadlines(notSent, applicationIds));
            (applicationIds == null ? r.agenda().events(sent, true, clock.getZone())
                    : r.agenda().events(sent, true, clock.getZone(), applicationIds))
                    .stream().filter(i -> i.kind() == EventKind.FOLLOW_UP).forEach(found::add);
            return found;
        });
        List<Long> silent = store.transaction(r -> r.agenda().noAnswer(now().toLocalDate().minusDays(noAnswerDays())));
        java.util.Map<Long, Flags> flags = new java.util.HashMap<>();
        items.stream().collect(java.util.stream.Collectors.groupingBy(AgendaItem::applicationId)).forEach((id, of) -> {
            Flags f = flags(of, of.get(0).status());
            if (f.expired() || f.needsFollowUp()) {
                flags.put(id, f);
            }
        });
        for (Long id : silent) {
            Flags f = flags.getOrDefault(id, new Flags(false, false));
            flags.put(id, new Flags(f.expired(), f.needsFollowUp(), true));
        }
        return flags;
    }

    /** The flags of one application, "no answer" included. */
    public Flags flags(List<AgendaItem> itemsOfOneApplication, org.sillage.domain.Application app) {
        Flags f = flags(itemsOfOneApplication, app.status());
        return new Flags(f.expired(), f.needsFollowUp(), org.sillage.domain.NextActions.noAnswer(app.status(),
                app.appliedOn(), now().toLocalDate(), noAnswerDays()));
    }

    public Flags flags(List<AgendaItem> itemsOfOneApplication, ApplicationStatus status) {
        ZonedDateTime now = now();
        AgendaItem deadline = itemsOfOneApplication.stream().filter(i -> i.kind() == EventKind.DEADLINE).findFirst()
                .orElse(null);
        boolean followUp = itemsOfOneApplication.stream().filter(i -> i.kind() == EventKind.FOLLOW_UP)
                .anyMatch(i -> Agenda.needsFollowUp(status, i, now));
        return new Flags(Agenda.isExpired(status, deadline, now), followUp);
    }

    public ApplicationEvent addEvent(long applicationId, EventKind kind, LocalDate date, LocalTime time, String zone,
                                     String place, String note) {
        validate(kind, date, zone);
        return store.transaction(r -> {
            r.applications().find(applicationId)
                    .orElseThrow(() -> new UserException("error.application.not_found", applicationId));
            long id = r.events().insert(new ApplicationEvent(0, applicationId, kind, date, time, zone,
                    blankToNull(place), blankToNull(note), false));
            return r.events().find(id).orElseThrow();
        });
    }

    public ApplicationEvent updateEvent(ApplicationEvent e) {
        validate(e.kind(), e.date(), e.zone());
        return store.transaction(r -> {
            r.events().find(e.id()).orElseThrow(() -> new UserException("error.event.not_found", e.id()));
            r.events().update(e);
            return r.events().find(e.id()).orElseThrow();
        });
    }

    public ApplicationEvent setDone(long eventId, boolean done) {
        return store.transaction(r -> {
            ApplicationEvent e = r.events().find(eventId)
                    .orElseThrow(() -> new UserException("error.event.not_found", eventId));
            ApplicationEvent updated = new ApplicationEvent(e.id(), e.applicationId(), e.kind(), e.date(), e.time(),
                    e.zone(), e.place(), e.note(), done);
            r.events().update(updated);
            return updated;
        });
    }

    public void deleteEvent(long eventId) {
        store.run(r -> r.events().delete(eventId));
    }

    public List<ApplicationEvent> events(long applicationId) {
        return store.transaction(r -> r.events().forApplication(applicationId));
    }

    private static void validate(EventKind kind, LocalDate date, String zone) {
        if (kind == null || !kind.isEvent()) {
            throw new UserException("error.event.kind");
        }
        if (date == null) {
            throw new UserException("error.event.date");
        }
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                throw new UserException(e, "error.event.zone", zone);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
