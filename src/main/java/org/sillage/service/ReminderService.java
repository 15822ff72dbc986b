package org.sillage.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
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
