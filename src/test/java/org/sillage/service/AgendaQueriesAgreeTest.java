package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.bench.DataGenerator;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.EventKind;

/**
 * The reads rewritten for 100,000 postings (ADR 0028) against a straightforward computation over every
 * agenda item, on a small generated folder with events at both ends of the world's time zones: the
 * dashboard's "what comes next" read a few days at a time, and what the reminders read.
 */
class AgendaQueriesAgreeTest {
    @TempDir
    static Path folder;
    static AppServices services;

    @BeforeAll
    static void generate() {
        DataGenerator.generate(folder, 400, 160, 5);
        services = AppServices.open(folder);
        LocalDate today = services.agenda().now().toLocalDate();
        List<ApplicationView> open = services.applications().list().stream()
                .filter(v -> !v.application().status().isClosed()).toList();
        // events just after midnight at +14:00 and just before midnight at -11:00, a few days around
        // today: their moments interleave with the next days' items of the user's zone
        for (int i = 0; i < 24 && i < open.size(); i++) {
            long id = open.get(i).application().id();
            LocalDate day = today.plusDays(i % 6 - 1);
            boolean east = i % 2 == 0;
            services.agenda().addEvent(id, i % 3 == 0 ? EventKind.WRITTEN_TEST : EventKind.INTERVIEW, day,
                    east ? LocalTime.of(0, 30) : LocalTime.of(23, 30), east ? "Pacific/Kiritimati" : "Pacific/Pago_Pago",
                    null, null);
        }
        // next actions on the day of an open follow-up of their application: that follow-up, left out once
        // (and an open follow-up on another day does not hide it)
        int onFollowUp = 0;
        for (ApplicationView v : open) {
            var followUp = services.agenda().events(v.application().id()).stream()
                    .filter(e -> e.kind() == EventKind.FOLLOW_UP && !e.done()).findFirst();
            if (followUp.isPresent() && onFollowUp < 12) {
                LocalDate day = followUp.get().date().plusDays(onFollowUp % 2 == 0 ? 0 : 1);
                services.applications().setNextAction(v.application().id(), new org.sillage.domain.NextAction("Relancer", day));
                onFollowUp++;
            }
        }
        assertThat(onFollowUp).isEqualTo(12);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static String keyOf(AgendaItem i) {
        return i.key() + "@" + i.date() + (i.time() == null ? "" : "T" + i.time());
    }

    @Test
    void what_comes_next_read_a_few_days_at_a_time_is_the_start_of_the_whole_window() {
        LocalDate today = services.agenda().now().toLocalDate();
        int compared = 0;
        for (int d = -12; d <= 12; d++) {
            LocalDate from = today.plusDays(d);
            for (int max : new int[] {1, 3, 8, 40}) {
                List<AgendaItem> whole = services.agenda().openItems(from, from.plusDays(30)).stream()
                        .filter(i -> !i.done()).limit(max).toList();
                List<AgendaItem> next = services.agenda().nextOpen(from, from.plusDays(30), max);
                assertThat(next).extracting(i -> i.due().toInstant())
                        .as("from %s, %d items", from, max).isEqualTo(whole.stream().map(i -> i.due().toInstant()).toList());
                // the same items; only those tied with the last one may be another of the ties
                if (!whole.isEmpty()) {
                    var last = whole.get(whole.size() - 1).due().toInstant();
                    assertThat(next.stream().filter(i -> i.due().toInstant().isBefore(last)).map(AgendaItemsKey::of).toList())
                            .isEqualTo(whole.stream().filter(i -> i.due().toInstant().isBefore(last)).map(AgendaItemsKey::of).toList());
                    compared += whole.size();
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    /** An item's reminder key with its kind, for comparing lists. */
    private record AgendaItemsKey(String key) {
        static String of(AgendaItem i) {
            return keyOf(i);
        }
    }

    @Test
    void what_may_be_due_is_every_item_that_the_reminders_consider_read_one_by_one() {
        ZonedDateTime now = services.agenda().now();
        for (int days : new int[] {0, 3, 10}) {
            ZonedDateTime horizon = now.plusDays(days);
            LocalDate until = horizon.toLocalDate().plusDays(1);
            LocalDate yesterday = now.toLocalDate().minusDays(1);
            List<AgendaItem> expected = services.agenda().items().stream()
                    .filter(i -> !i.date().isAfter(until))
                    .filter(i -> switch (i.kind()) {
                        case DEADLINE -> i.status() == ApplicationStatus.SAVED || i.status() == ApplicationStatus.PREPARING;
                        case NEXT_ACTION -> !i.status().isClosed();
                        case ACTION -> !i.done();
                        case FOLLOW_UP -> !i.done() && !i.status().isClosed();
                        default -> !i.done() && !i.status().isClosed() && !i.date().isBefore(yesterday);
                    })
                    .sorted(Comparator.comparing(AgendaItem::due)).toList();
            List<AgendaItem> read = services.agenda().dueBy(horizon);
            assertThat(read.stream().map(i -> i.due().toInstant()).toList())
                    .isEqualTo(expected.stream().map(i -> i.due().toInstant()).toList());
            assertThat(read.stream().map(AgendaQueriesAgreeTest::keyOf).sorted().toList())
                    .isEqualTo(expected.stream().map(AgendaQueriesAgreeTest::keyOf).sorted().toList());
            assertThat(read).hasSizeGreaterThan(50);
            assertThat(read).extracting(AgendaItem::kind).contains(EventKind.DEADLINE, EventKind.FOLLOW_UP,
                    EventKind.NEXT_ACTION);
        }
    }
}
