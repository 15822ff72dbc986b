package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.Dashboard;
import org.sillage.domain.Dashboard.Stage;
import org.sillage.domain.EventKind;

/** The dashboard's figures, counted in SQL over the applications and their history. */
class DashboardServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20); // a Friday
    @TempDir
    Path folder;
    AppServices services;
    int n;
    /** The services' clock, moved to each day a change happens on, as a person would record it. */
    final Instant[] now = {Instant.parse("2026-03-20T15:00:00Z")};

    @BeforeEach
    void open() {
        ZoneId zone = ZoneId.of("Europe/Paris");
        services = AppServices.open(folder, new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
    }

    private void at(LocalDate day) {
        now[0] = day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** A tracked application, created on the first day of the test's history (a year before today). */
    private long application() {
        LocalDate was = LocalDate.ofInstant(now[0], ZoneId.of("Europe/Paris"));
        at(TODAY.minusYears(1));
        long posting = services.imports().importText("Poste " + (++n) + "\nCandidatures jusqu'au 30/04/2026.").postingId();
        long app = services.applications().track(posting).applicationId();
        at(was);
        return app;
    }

    /** Changes the status on that day, then comes back to today. */
    private void move(long app, ApplicationStatus to, LocalDate on) {
        at(on);
        services.applications().changeStatus(app, to, null);
        at(TODAY);
    }

    @Test
    void an_empty_folder_counts_nothing_and_has_no_rate_or_median() {
        Dashboard d = services.dashboard().read();
        assertThat(d.funnel()).containsEntry(Stage.SAVED, 0).containsEntry(Stage.APPLIED, 0);
        assertThat(d.responseRate()).isNull();
        assertThat(d.medianDaysToAnswer()).isNull();
        assertThat(d.appliedPerWeek()).hasSize(DashboardService.WEEKS).allMatch(w -> w.count() == 0);
    }

    @Test
    void the_funnel_counts_the_furthest_stage_reached_even_after_a_refusal() {
        application();                                             // saved
        long sent = application();
        move(sent, ApplicationStatus.APPLIED, TODAY.minusDays(10)); // applied
        long interviewedThenRefused = application();
        move(interviewedThenRefused, ApplicationStatus.APPLIED, TODAY.minusDays(20));
        move(interviewedThenRefused, ApplicationStatus.INTERVIEW, TODAY.minusDays(12));
        move(interviewedThenRefused, ApplicationStatus.REJECTED, TODAY.minusDays(2));
        long offered = application();
        move(offered, ApplicationStatus.APPLIED, TODAY.minusDays(30));
        move(offered, ApplicationStatus.OFFER, TODAY.minusDays(5));
        long refusedAtOnce = application();
        move(refusedAtOnce, ApplicationStatus.WITHDRAWN, TODAY.minusDays(1));

        assertThat(services.dashboard().read().funnel()).isEqualTo(Map.of(
                Stage.SAVED, 5, Stage.APPLIED, 3, Stage.INTERVIEW, 2, Stage.OFFER, 1));
    }

    @Test
    void an_undone_change_does_not_count() {
        long app = application();
        move(app, ApplicationStatus.APPLIED, TODAY.minusDays(3));
        services.applications().changeStatus(app, ApplicationStatus.INTERVIEW, null);
        long change = services.applications().get(app).history().stream()
                .filter(c -> c.to() == ApplicationStatus.INTERVIEW).findFirst().orElseThrow().id();
        services.applications().undo(change);

        Dashboard d = services.dashboard().read();
        assertThat(d.funnel()).containsEntry(Stage.APPLIED, 1).containsEntry(Stage.INTERVIEW, 0);
        assertThat(d.answered()).isZero();
    }

    @Test
    void the_response_rate_and_median_days_count_employer_answers_only() {
        long a = application();
        move(a, ApplicationStatus.APPLIED, TODAY.minusDays(20));
        move(a, ApplicationStatus.INTERVIEW, TODAY.minusDays(16));   // 4 days
        move(a, ApplicationStatus.REJECTED, TODAY.minusDays(1));     // later: not the first answer
        long b = application();
        move(b, ApplicationStatus.APPLIED, TODAY.minusDays(30));
        move(b, ApplicationStatus.REJECTED, TODAY.minusDays(20));    // 10 days
        long c = application();
        move(c, ApplicationStatus.APPLIED, TODAY.minusDays(9));      // no answer yet
        long d = application();
        move(d, ApplicationStatus.APPLIED, TODAY.minusDays(8));
        move(d, ApplicationStatus.WITHDRAWN, TODAY.minusDays(2));    // the job seeker's, not an answer
        application();                                               // never sent

        Dashboard dash = services.dashboard().read();
        assertThat(dash.applied()).isEqualTo(4);
        assertThat(dash.answered()).isEqualTo(2);
        assertThat(dash.responseRate()).isEqualTo(0.5);
        assertThat(dash.medianDaysToAnswer()).isEqualTo(7.0);
    }

    @Test
    void applications_are_counted_in_the_week_they_were_sent() {
        move(application(), ApplicationStatus.APPLIED, TODAY);                 // this week (Monday 16 March)
        move(application(), ApplicationStatus.APPLIED, LocalDate.of(2026, 3, 16));
        move(application(), ApplicationStatus.APPLIED, LocalDate.of(2026, 3, 15)); // the Sunday before
        move(application(), ApplicationStatus.APPLIED, TODAY.minusWeeks(DashboardService.WEEKS)); // too old

        var weeks = services.dashboard().read().appliedPerWeek();
        assertThat(weeks.get(weeks.size() - 1)).isEqualTo(new Dashboard.WeekCount(LocalDate.of(2026, 3, 16), 2));
        assertThat(weeks.get(weeks.size() - 2)).isEqualTo(new Dashboard.WeekCount(LocalDate.of(2026, 3, 9), 1));
        assertThat(weeks.stream().mapToInt(Dashboard.WeekCount::count).sum()).isEqualTo(3);
        assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void upcoming_lists_open_dated_items_soonest_first_and_leaves_out_closed_applications() {
        long open = application();
        services.agenda().addEvent(open, EventKind.INTERVIEW, TODAY.plusDays(3), null, null, null, null);
        long closed = application();
        services.agenda().addEvent(closed, EventKind.INTERVIEW, TODAY.plusDays(1), null, null, null, null);
        move(closed, ApplicationStatus.REJECTED, TODAY);

        var upcoming = services.dashboard().read().upcoming();
        assertThat(upcoming).extracting(i -> i.applicationId()).doesNotContain(closed);
        assertThat(upcoming.get(0).kind()).isEqualTo(EventKind.INTERVIEW);
        assertThat(upcoming.get(0).date()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void the_median_of_counts_takes_the_middle_value_or_the_mean_of_the_two_middle_ones() {
        assertThat(DashboardService.median(Map.of())).isNull();
        assertThat(DashboardService.median(Map.of(5, 1))).isEqualTo(5.0);
        assertThat(DashboardService.median(Map.of(1, 2, 9, 1))).isEqualTo(1.0);
        assertThat(DashboardService.median(Map.of(1, 1, 9, 1))).isEqualTo(5.0);
        assertThat(DashboardService.median(Map.of(2, 3, 4, 3, 100, 1))).isEqualTo(4.0);
    }

    @Test
    void postings_are_counted_by_contract_type_and_source_with_corrections_followed() {
        services.imports().importText("Stage en communication\nStage de 6 mois. Candidatures jusqu'au 30/04/2026.");
        services.imports().importText("Comptable\nCDI à temps plein. Candidatures jusqu'au 30/04/2026.");
        long corrected = services.imports().importText("Juriste\nCandidatures jusqu'au 30/04/2026.").postingId();
        services.postings().correct(corrected, org.sillage.domain.Field.CONTRACT_TYPE, "CDD");

        var byContract = services.dashboard().read().byContract();
        assertThat(byContract.get(org.sillage.domain.ContractType.STAGE)).isEqualTo(Map.of("paste", 1));
        assertThat(byContract.get(org.sillage.domain.ContractType.CDI)).isEqualTo(Map.of("paste", 1));
        assertThat(byContract.get(org.sillage.domain.ContractType.CDD)).isEqualTo(Map.of("paste", 1));
        assertThat(byContract).doesNotContainKey(null);
    }
}
