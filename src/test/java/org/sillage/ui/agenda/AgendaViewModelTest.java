package org.sillage.ui.agenda;

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
import org.sillage.domain.Agenda.Bucket;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.service.AppServices;

/** The agenda list as lines: each section's heading with its count, then its items; closed applications left out. */
class AgendaViewModelTest {
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

    private long application(String title, String deadline) {
        long posting = services.imports().importText(title + "\nCandidatures jusqu'au " + deadline + ".").postingId();
        return services.applications().track(posting).applicationId();
    }

    @Test
    void rows_are_headings_followed_by_their_items_without_closed_applications() {
        application("Comptable", "01/03/2026");
        long later = application("Juriste", "20/05/2026");
        services.agenda().addEvent(later, EventKind.INTERVIEW, LocalDate.of(2026, 3, 4), null, null, null, null);
        long closed = application("Géomètre", "05/03/2026");
        services.applications().changeStatus(closed, ApplicationStatus.WITHDRAWN, null);

        var snapshot = new AgendaViewModel(services.agenda()).load(null);
        assertThat(snapshot.rows()).extracting(r -> r instanceof AgendaViewModel.Heading h ? h.bucket() + " " + h.count()
                : ((AgendaViewModel.Entry) r).item().title()).containsExactly(
                "OVERDUE 1", "Comptable", "THIS_WEEK 1", "Juriste", "LATER 1", "Juriste");
        assertThat(snapshot.rows()).filteredOn(r -> r instanceof AgendaViewModel.Heading)
                .extracting(AgendaViewModel.Row::bucket).containsExactly(Bucket.OVERDUE, Bucket.THIS_WEEK, Bucket.LATER);
    }

    @Test
    void the_months_days_taken_from_the_list_are_those_the_month_reads_itself() {
        application("Comptable", "28/02/2026");
        long juriste = application("Juriste", "20/03/2026");
        // the six weeks shown for March run from Monday 23 February to Sunday 5 April: both ends, and a day past each
        application("Géomètre", "06/04/2026");
        application("Urbaniste", "05/04/2026");
        application("Paysagiste", "23/02/2026");
        application("Topographe", "22/02/2026");
        services.agenda().addEvent(juriste, EventKind.INTERVIEW, LocalDate.of(2026, 3, 20), java.time.LocalTime.of(10, 0),
                null, null, null);
        services.agenda().addEvent(juriste, EventKind.FOLLOW_UP, LocalDate.of(2026, 3, 5), null, null, null, null);
        long closed = application("Archiviste", "10/03/2026");
        services.applications().changeStatus(closed, ApplicationStatus.WITHDRAWN, null);
        var vm = new AgendaViewModel(services.agenda());
        for (var month : new java.time.YearMonth[] {null, java.time.YearMonth.of(2026, 4), java.time.YearMonth.of(2025, 9),
            java.time.YearMonth.of(2027, 3)}) {
            var snapshot = vm.load(month);
            assertThat(snapshot.byDay()).as("%s", month).isEqualTo(vm.days(snapshot.month()));
        }
        assertThat(vm.load(null).byDay().keySet()).containsExactly(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 5));
        assertThat(vm.load(null).byDay().get(LocalDate.of(2026, 3, 20))).hasSize(2);
    }

    @Test
    void the_list_reads_a_window_of_dates_and_what_is_still_to_do_however_old_and_the_month_its_six_weeks() {
        application("Comptable", "01/09/2025"); // six months ago, never sent: still to do, overdue
        long sent = application("Géomètre", "02/09/2025"); // six months ago, sent: done, with its application only
        services.applications().changeStatus(sent, ApplicationStatus.APPLIED, null);
        application("Juriste", "20/05/2026");
        var vm = new AgendaViewModel(services.agenda());
        var snapshot = vm.load(null);
        assertThat(snapshot.rows()).filteredOn(r -> r instanceof AgendaViewModel.Entry)
                .extracting(r -> ((AgendaViewModel.Entry) r).bucket() + " " + ((AgendaViewModel.Entry) r).item().title())
                .contains("OVERDUE Comptable", "LATER Juriste").noneMatch(t -> t.endsWith("Géomètre") && t.startsWith("OVERDUE"));
        assertThat(vm.loadNear(null).rows()).filteredOn(r -> r instanceof AgendaViewModel.Entry)
                .extracting(r -> ((AgendaViewModel.Entry) r).item().title()).doesNotContain("Comptable");
        assertThat(snapshot.month()).isEqualTo(java.time.YearMonth.of(2026, 3));
        assertThat(vm.days(java.time.YearMonth.of(2026, 5)).keySet()).containsExactly(LocalDate.of(2026, 5, 20));
        // the month shows every dated item of an open application, the one sent included
        assertThat(vm.days(java.time.YearMonth.of(2025, 9)).keySet()).containsExactly(LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 2));
    }

    @Test
    void the_first_read_holds_the_days_near_today_and_says_which_sections_may_hold_more() {
        application("Comptable", "10/02/2026"); // 20 days ago: overdue, past the first read
        application("Paysagiste", "27/02/2026"); // 3 days ago: overdue, within it
        application("Juriste", "04/03/2026"); // this week
        application("Urbaniste", "12/03/2026"); // later, within it
        application("Géomètre", "20/07/2026"); // later, past it
        var vm = new AgendaViewModel(services.agenda());
        var near = vm.loadNear(null);
        assertThat(near.complete()).isFalse();
        assertThat(near.rows()).extracting(r -> r instanceof AgendaViewModel.Heading h ? h.bucket() + " " + h.complete()
                : r instanceof AgendaViewModel.More m ? "more " + (m.older() ? "before " : "after ") + m.beyond()
                : ((AgendaViewModel.Entry) r).item().title()).containsExactly("more before 2026-02-23",
                "OVERDUE false", "Paysagiste", "THIS_WEEK true", "Juriste", "LATER false", "Urbaniste", "more after 2026-04-05");
        var whole = vm.load(null);
        assertThat(whole.complete()).isTrue();
        assertThat(whole.rows()).extracting(r -> r instanceof AgendaViewModel.Heading h ? h.bucket() + " " + h.count()
                + " " + h.complete() : ((AgendaViewModel.Entry) r).item().title()).containsExactly(
                "OVERDUE 2 true", "Comptable", "Paysagiste", "THIS_WEEK 1 true", "Juriste", "LATER 2 true", "Urbaniste", "Géomètre");
        // the month shown first is the whole six weeks, as the month reads them itself
        assertThat(near.byDay()).isEqualTo(vm.days(near.month())).isEqualTo(whole.byDay());
        assertThat(vm.loadNear(java.time.YearMonth.of(2026, 7)).byDay()).isEqualTo(vm.days(java.time.YearMonth.of(2026, 7)))
                .containsOnlyKeys(LocalDate.of(2026, 7, 20));
    }

    @Test
    void the_list_pages_back_and_ahead_to_the_same_lines_as_one_read() {
        application("Ancienne", "01/09/2025"); // six months ago, never sent: still to do
        long sent = application("Envoyée", "02/09/2025"); // six months ago, sent: left out before 90 days
        services.applications().changeStatus(sent, ApplicationStatus.APPLIED, null);
        long done = application("Faite", "15/01/2026"); // within 90 days, sent: in the done section
        services.applications().changeStatus(done, ApplicationStatus.APPLIED, null);
        String[] days = {"10/02/2026", "01/02/2026", "20/01/2026", "12/03/2026", "20/04/2026", "25/05/2026",
            "30/06/2026", "20/07/2026", "05/01/2027", "01/06/2027"};
        String[] titles = {"Comptable", "Juriste", "Géomètre", "Urbaniste", "Paysagiste", "Topographe", "Archiviste",
            "Cartographe", "Menuisier", "Boulanger"};
        for (int i = 0; i < days.length; i++) {
            application(titles[i], days[i]); // the last one past the year ahead: never listed
        }
        var paged = new AgendaViewModel(services.agenda(), 2);
        var s = paged.loadNear(null);
        int backs = 0;
        while (s.olderLeft()) {
            var before = s;
            s = paged.older(s);
            backs++;
            assertThat(s.from()).isBefore(before.from());
            assertThat(s.rows().get(0)).isEqualTo(s.olderLeft() ? new AgendaViewModel.More(Bucket.OVERDUE, true, s.from()) : s.rows().get(0));
            assertThat(backs).isLessThan(20);
        }
        int aheads = 0;
        while (s.laterLeft()) {
            s = paged.later(s);
            aheads++;
            assertThat(aheads).isLessThan(20);
        }
        assertThat(backs).isGreaterThan(1);
        assertThat(aheads).isGreaterThan(1);
        assertThat(s.complete()).isTrue();
        var whole = new AgendaViewModel(services.agenda()).load(null);
        assertThat(whole.complete()).isTrue();
        assertThat(s.rows()).isEqualTo(whole.rows());
        assertThat(s.rows()).noneMatch(r -> r instanceof AgendaViewModel.More);
        assertThat(s.rows()).extracting(r -> r instanceof AgendaViewModel.Heading h ? h.bucket() + " " + h.count()
                : ((AgendaViewModel.Entry) r).item().title()).containsExactly(
                "OVERDUE 4", "Ancienne", "Géomètre", "Juriste", "Comptable",
                // the two sent have their follow-up three weeks after the change
                "LATER 8", "Urbaniste", "Envoyée", "Faite", "Paysagiste", "Topographe", "Archiviste", "Cartographe", "Menuisier",
                "DONE 1", "Faite");
        // a page read ahead stops at what it found: the headings of sections it may not have read whole have no count
        var oneAhead = paged.later(paged.loadNear(null));
        assertThat(oneAhead.laterLeft()).isTrue();
        assertThat(oneAhead.rows()).filteredOn(r -> r instanceof AgendaViewModel.Heading h && h.bucket() == Bucket.LATER)
                .extracting(r -> ((AgendaViewModel.Heading) r).complete()).containsExactly(false);
        assertThat(oneAhead.rows().get(oneAhead.rows().size() - 1)).isEqualTo(new AgendaViewModel.More(Bucket.LATER, false, oneAhead.to()));
    }
}
