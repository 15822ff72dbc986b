package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.domain.Field;

/** The agenda and the reminders read by date from the listed deadline (ADR 0015), kept in step with corrections. */
class AgendaQueriesTest {
    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long trackedPosting(String title, String deadline) {
        long posting = services.imports().importText(title + "\nCandidatures jusqu'au " + deadline + ".").postingId();
        services.applications().track(posting);
        return posting;
    }

    private long applicationOf(long posting) {
        return services.applications().track(posting).applicationId();
    }

    @Test
    void a_range_holds_the_deadlines_and_events_dated_within_it_and_nothing_else() {
        long march = trackedPosting("Comptable", "20/03/2026");
        trackedPosting("Juriste", "20/05/2026");
        services.agenda().addEvent(applicationOf(march), EventKind.INTERVIEW, LocalDate.of(2026, 3, 25), null, null, null, null);
        services.agenda().addEvent(applicationOf(march), EventKind.INTERVIEW, LocalDate.of(2026, 4, 2), null, null, null, null);

        var items = services.agenda().items(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(items).extracting(AgendaItem::kind, AgendaItem::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EventKind.DEADLINE, LocalDate.of(2026, 3, 20)),
                org.assertj.core.groups.Tuple.tuple(EventKind.INTERVIEW, LocalDate.of(2026, 3, 25)));
        assertThat(services.agenda().items()).hasSize(4);
    }

    @Test
    void a_corrected_deadline_place_and_time_move_the_agenda_item() {
        long posting = trackedPosting("Comptable", "20/03/2026");
        services.postings().correct(posting, Field.DEADLINE, "2026-04-10");
        services.postings().correct(posting, Field.DEADLINE_TIME, "12:00");
        services.postings().correct(posting, Field.LOCATION, "Kortrijk");

        assertThat(services.agenda().items(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEmpty();
        AgendaItem moved = services.agenda().items(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)).get(0);
        assertThat(moved.due()).isEqualTo(java.time.ZonedDateTime.of(2026, 4, 10, 12, 0, 0, 0, ZoneId.of("Europe/Brussels")));

        services.postings().resetCorrection(posting, Field.DEADLINE);
        assertThat(services.agenda().items(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20))).hasSize(1);
    }

    @Test
    void reminders_read_only_what_is_due() {
        long soon = trackedPosting("Comptable", "03/03/2026");
        long later = trackedPosting("Juriste", "20/05/2026");
        long sent = trackedPosting("Géomètre", "04/03/2026");
        services.applications().changeStatus(applicationOf(sent), ApplicationStatus.APPLIED, null);

        var horizon = services.agenda().now().plusDays(services.settings().reminderDays());
        assertThat(services.agenda().dueBy(horizon)).filteredOn(i -> i.kind() == EventKind.DEADLINE)
                .extracting(AgendaItem::applicationId)
                .contains(applicationOf(soon)).doesNotContain(applicationOf(later), applicationOf(sent));
        assertThat(services.reminders().due()).extracting(r -> r.item().applicationId()).containsExactly(applicationOf(soon));
    }

    @Test
    void the_flags_of_all_applications_name_only_the_expired_and_those_awaiting_a_follow_up() {
        long expired = applicationOf(trackedPosting("Comptable", "20/02/2026"));
        long future = applicationOf(trackedPosting("Juriste", "20/05/2026"));
        long sent = applicationOf(trackedPosting("Géomètre", "20/02/2026"));
        services.applications().changeStatus(sent, ApplicationStatus.APPLIED, null);
        services.agenda().addEvent(sent, EventKind.FOLLOW_UP, LocalDate.of(2026, 2, 25), null, null, null, null);

        var flags = services.agenda().flagsOfAll();
        assertThat(flags.get(expired)).isEqualTo(new AgendaService.Flags(true, false));
        assertThat(flags).doesNotContainKey(future);
        // sent, with a follow-up planned for last week and not done
        assertThat(flags.get(sent)).isEqualTo(new AgendaService.Flags(false, true));
        assertThat(flags.get(sent)).isEqualTo(services.agenda().flags(services.agenda().forApplication(sent), ApplicationStatus.APPLIED));
    }
}
