package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.bench.DataGenerator;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.EventKind;
import org.sillage.domain.SupportAction;
import org.sillage.service.ReminderService.Reminder;

/**
 * The reminder bar's count and first reminders, counted in SQL and read a few at a time (ADR 0028
 * addendum), against the whole list that {@link ReminderService#due()} reads and judges item by item: on a
 * generated folder with follow-ups at both ends of the world's time zones around the days where the count
 * switches from reading to counting, session actions, and reminders snoozed (some of them no longer) and
 * dismissed among the old and the recent ones, seen from three zones.
 */
class ReminderSummaryAgreeTest {
    @TempDir
    static Path folder;
    static final Instant NOW = Instant.parse("2026-12-03T11:00:00Z");

    @BeforeAll
    static void generate() {
        DataGenerator.generate(folder, 400, 160, 7);
        try (AppServices s = AppServices.open(folder, Clock.fixed(NOW, ZoneId.of("Europe/Paris")))) {
            LocalDate today = s.agenda().now().toLocalDate();
            List<ApplicationView> open = s.applications().list().stream()
                    .filter(v -> !v.application().status().isClosed()).toList();
            // follow-ups and interviews just after midnight at +14:00 and just before midnight at -11:00, from
            // a week back to two days ahead: the days around the last one that is counted rather than read
            for (int i = 0; i < 60 && i < open.size(); i++) {
                long id = open.get(i).application().id();
                LocalDate day = today.plusDays(i % 10 - 7);
                boolean east = i % 2 == 0;
                s.agenda().addEvent(id, i % 3 == 0 ? EventKind.INTERVIEW : EventKind.FOLLOW_UP, day,
                        east ? LocalTime.of(0, 30) : LocalTime.of(23, 30), east ? "Pacific/Kiritimati" : "Pacific/Pago_Pago",
                        null, null);
            }
            for (int i = 0; i < 12; i++) {
                s.sessions().addAction(null, new SupportAction.Details("Action " + i, SupportAction.Owner.SEEKER,
                        today.plusDays(i - 8)));
            }
            // snoozed (one day, or already over) and dismissed, spread over the whole list
            List<Reminder> due = s.reminders().due();
            assertThat(due).hasSizeGreaterThan(100);
            for (int i = 0; i < due.size(); i++) {
                String key = due.get(i).key();
                if (i % 7 == 0 || i < 4) {
                    s.reminders().dismiss(key);
                } else if (i % 11 == 0 || i == 5) {
                    s.reminders().snooze(key, Duration.ofDays(1));
                } else if (i % 13 == 0) {
                    s.reminders().snooze(key, Duration.ofDays(-1));
                }
            }
        }
    }

    @Test
    void the_count_and_the_first_reminders_are_those_of_the_whole_list() {
        int compared = 0;
        for (String zone : new String[] {"Europe/Paris", "Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
            for (long hours : new long[] {0, 13, 30}) {
                Clock clock = Clock.fixed(NOW.plus(Duration.ofHours(hours)), ZoneId.of(zone));
                try (AppServices s = AppServices.open(folder, clock)) {
                    List<Reminder> whole = s.reminders().due();
                    for (int top : new int[] {0, 1, 3, 10, 60}) {
                        var summary = s.reminders().summary(top);
                        assertThat(summary.count()).as("%s +%d h", zone, hours).isEqualTo(whole.size());
                        List<Reminder> expected = whole.subList(0, Math.min(top, whole.size()));
                        assertThat(summary.first()).extracting(r -> r.item().due().toInstant())
                                .as("%s +%d h, first %d", zone, hours, top)
                                .isEqualTo(expected.stream().map(r -> r.item().due().toInstant()).toList());
                        // the same reminders and kinds; only those tied with the last may be another of the ties
                        if (!expected.isEmpty()) {
                            Instant last = expected.get(expected.size() - 1).item().due().toInstant();
                            assertThat(summary.first().stream().filter(r -> r.item().due().toInstant().isBefore(last))
                                    .map(r -> r.key() + " " + r.kind()).toList())
                                    .isEqualTo(expected.stream().filter(r -> r.item().due().toInstant().isBefore(last))
                                            .map(r -> r.key() + " " + r.kind()).toList());
                        }
                        compared += expected.size();
                    }
                    assertThat(whole).extracting(r -> r.kind()).contains(Reminder.Kind.DEADLINE_PASSED,
                            Reminder.Kind.FOLLOW_UP_OVERDUE, Reminder.Kind.NEXT_ACTION_DUE, Reminder.Kind.ACTION_OVERDUE);
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }
}
