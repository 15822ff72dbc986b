package org.sillage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.store.AgendaRepository;
import org.sillage.store.Store;

/**
 * What Sillage reminds of: deadlines within N days of applications not yet sent, follow-ups that are
 * overdue, next actions on their day and after (ADR 0017), and the seeker's session actions due within N days
 * or overdue (ADR 0024). Each reminder can be snoozed or dismissed; a reminder whose date changes comes back.
 */
public final class ReminderService {
    private final Store store;
    private final AgendaService agenda;
    private final SettingsService settings;

    public ReminderService(Store store, AgendaService agenda, SettingsService settings) {
        this.store = store;
        this.agenda = agenda;
        this.settings = settings;
    }

    /** A reminder: what it is about and why it is due now. */
    public record Reminder(String key, Kind kind, AgendaItem item) {
        public enum Kind { DEADLINE_SOON, DEADLINE_PASSED, FOLLOW_UP_OVERDUE, EVENT_SOON, NEXT_ACTION_DUE, ACTION_DUE,
            ACTION_OVERDUE }
    }

    /** The reminders due now, soonest first. */
    public List<Reminder> due() {
        ZonedDateTime now = agenda.now();
        ZonedDateTime horizon = now.plusDays(settings.reminderDays());
        var states = store.transaction(r -> r.reminders().all());
        List<Reminder> due = new ArrayList<>();
        for (AgendaItem item : agenda.dueBy(horizon)) {
            if (item.done() || (!item.isAction() && item.status().isClosed())) {
                continue;
            }
            Reminder.Kind kind = kindOf(item, item.due(), now, horizon);
            if (kind == null) {
                continue;
            }
            String key = item.key() + "@" + item.date() + (item.time() == null ? "" : "T" + item.time());
            var state = states.get(key);
            if (state != null && (state.dismissedAt() != null
                    || (state.snoozedUntil() != null && state.snoozedUntil().isAfter(now.toInstant())))) {
                continue;
            }
            due.add(new Reminder(key, kind, item));
        }
        return due;
    }

    /** How many reminders are due now, and the first few of them (soonest first). */
    public record Summary(int count, List<Reminder> first) {
    }

    /**
     * Days before today after which an item is surely due, whatever its time and zone: zones lie within
     * 26 hours of each other, and an item without a time falls due at the end of its day.
     */
    static final int SURE_DAYS = 3;

    /**
     * What {@link #due()} holds, without reading it all (ADR 0028 addendum): its size and its first
     * {@code top} reminders. Items of the last {@value #SURE_DAYS} days and up to the horizon are read and
     * judged one by one as in {@link #due()}. Older ones are all due (passed deadlines of applications not
     * sent, follow-ups still unanswered, next actions, overdue session actions): they are counted in SQL,
     * less those snoozed or dismissed, and only the first few by day are read.
     */
    public Summary summary(int top) {
        ZonedDateTime now = agenda.now();
        ZonedDateTime horizon = now.plusDays(settings.reminderDays());
        LocalDate cutoff = now.toLocalDate().minusDays(SURE_DAYS);
        var states = store.transaction(r -> r.reminders().active(now.toInstant()));
        List<AgendaItem> candidates = new ArrayList<>(agenda.dueBy(horizon, cutoff.plusDays(1)));
        int recent = reminders(candidates, states.keySet(), now, horizon).size();
        // the snoozed and dismissed reminders dated before the cutoff, by kind of row and id
        Map<AgendaRepository.DueSource, List<Long>> stated = new EnumMap<>(AgendaRepository.DueSource.class);
        for (String key : states.keySet()) {
            int at = key.indexOf('@');
            int dash = key.indexOf('-');
            if (at < 0 || dash < 0 || dash > at) {
                continue;
            }
            LocalDate day;
            long id;
            try {
                int t = key.indexOf('T', at);
                day = LocalDate.parse(key.substring(at + 1, t < 0 ? key.length() : t));
                id = Long.parseLong(key.substring(dash + 1, at));
            } catch (RuntimeException e) {
                continue;
            }
            if (day.isAfter(cutoff)) {
                continue;
            }
            switch (key.substring(0, dash)) {
                case "deadline" -> stated.computeIfAbsent(AgendaRepository.DueSource.DEADLINE, k -> new ArrayList<>()).add(id);
                case "next" -> stated.computeIfAbsent(AgendaRepository.DueSource.NEXT_ACTION, k -> new ArrayList<>()).add(id);
                case "action" -> stated.computeIfAbsent(AgendaRepository.DueSource.ACTION, k -> new ArrayList<>()).add(id);
                case "event" -> stated.computeIfAbsent(AgendaRepository.DueSource.FOLLOW_UP, k -> new ArrayList<>()).add(id);
                default -> { }
            }
        }
        int older = store.transaction(r -> {
            int n = 0;
            int hidden = 0;
            List<ApplicationStatus> open = Arrays.stream(ApplicationStatus.values()).filter(st -> !st.isClosed()).toList();
            for (AgendaRepository.DueSource source : AgendaRepository.DueSource.values()) {
                n += r.agenda().countDue(source, cutoff);
                Set<String> keys = r.agenda().dueKeys(source, cutoff, stated.getOrDefault(source, List.of()));
                keys.retainAll(states.keySet());
                hidden += keys.size();
                // the first top + hidden rows by day; any row three days later than the last of them falls
                // due after each of them, so reading up to that day holds the first top not hidden
                List<LocalDate> days = r.agenda().firstDueDays(source, cutoff, top + keys.size());
                if (days.isEmpty() || top == 0) {
                    continue;
                }
                LocalDate from = days.get(0);
                LocalDate last = days.get(days.size() - 1).plusDays(SURE_DAYS - 1);
                LocalDate to = last.isAfter(cutoff) ? cutoff : last;
                ZoneId zone = now.getZone();
                candidates.addAll(switch (source) {
                    case DEADLINE -> r.agenda().deadlines(new AgendaRepository.Range(from, to, null,
                            List.of(ApplicationStatus.SAVED, ApplicationStatus.PREPARING)));
                    case FOLLOW_UP -> r.agenda().openFollowUps(new AgendaRepository.Range(from, to, null,
                            List.of(ApplicationStatus.APPLIED)), zone);
                    case NEXT_ACTION -> r.agenda().nextActions(new AgendaRepository.Range(from, to, null, open), zone, true);
                    case ACTION -> r.agenda().actions(new AgendaRepository.Range(from, to, null, null), true, zone);
                });
            }
            return n - hidden;
        });
        AgendaItem.sortByDue(candidates);
        List<Reminder> first = reminders(candidates, states.keySet(), now, horizon);
        return new Summary(recent + older, List.copyOf(first.subList(0, Math.min(top, first.size()))));
    }

    private static List<Reminder> reminders(List<AgendaItem> items, Set<String> hidden, ZonedDateTime now,
            ZonedDateTime horizon) {
        List<Reminder> due = new ArrayList<>();
        for (AgendaItem item : items) {
            if (item.done() || (!item.isAction() && item.status().isClosed())) {
                continue;
            }
            Reminder.Kind kind = kindOf(item, item.due(), now, horizon);
            if (kind == null) {
                continue;
            }
            String key = item.key() + "@" + item.date() + (item.time() == null ? "" : "T" + item.time());
            if (!hidden.contains(key)) {
                due.add(new Reminder(key, kind, item));
            }
        }
        return due;
    }

    private static Reminder.Kind kindOf(AgendaItem item, ZonedDateTime due, ZonedDateTime now, ZonedDateTime horizon) {
        boolean passed = due.isBefore(now);
        if (item.kind() == EventKind.DEADLINE) {
            if (passed) {
                // an expired application is flagged in the lists; remind once more, until dismissed
                return item.status() == ApplicationStatus.SAVED || item.status() == ApplicationStatus.PREPARING
                        ? Reminder.Kind.DEADLINE_PASSED : null;
            }
            return due.isBefore(horizon) ? Reminder.Kind.DEADLINE_SOON : null;
        }
        if (item.isAction()) {
            // a session's action: reminded within the horizon, flagged once its day has passed (ADR 0024)
            if (item.date().isBefore(now.toLocalDate())) {
                return Reminder.Kind.ACTION_OVERDUE;
            }
            return due.isBefore(horizon) ? Reminder.Kind.ACTION_DUE : null;
        }
        if (item.kind() == EventKind.NEXT_ACTION) {
            // a next action is reminded on its day and after, until it is done (replaced) or dismissed
            return item.date().isAfter(now.toLocalDate()) ? null : Reminder.Kind.NEXT_ACTION_DUE;
        }
        if (item.kind() == EventKind.FOLLOW_UP) {
            return passed && item.status() == ApplicationStatus.APPLIED ? Reminder.Kind.FOLLOW_UP_OVERDUE : null;
        }
        return !passed && due.isBefore(now.plusDays(1)) ? Reminder.Kind.EVENT_SOON : null;
    }

    public void snooze(String key, Duration duration) {
        Instant until = agenda.now().toInstant().plus(duration);
        store.run(r -> r.reminders().snooze(key, until));
    }

    public void dismiss(String key) {
        Instant at = agenda.now().toInstant();
        store.run(r -> r.reminders().dismiss(key, at));
    }
}
