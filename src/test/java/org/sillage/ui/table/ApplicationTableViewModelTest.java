package org.sillage.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.ApplicationStatus;
import org.sillage.service.AppServices;

/** The table's state without JavaFX: pages as it scrolls, filters and orders, answers that come late, saved filters, columns. */
class ApplicationTableViewModelTest {
    @TempDir
    Path folder;
    AppServices services;
    ApplicationTableViewModel vm;

    @BeforeEach
    void open() {
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Paris")));
        for (int i = 0; i < 7; i++) {
            var posting = services.imports().importText("Poste numéro " + i + "\nCabinet " + i
                    + "\nCandidatures jusqu'au " + (10 + i) + " mars 2026.");
            long app = services.applications().track(posting.postingId()).applicationId();
            if (i % 2 == 1) {
                services.applications().changeStatus(app, ApplicationStatus.APPLIED, null);
            }
        }
        vm = new ApplicationTableViewModel(services.table(), 3);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void openTable() {
        vm.apply(vm.open(vm.reload()));
    }

    private void scrollToEnd() {
        while (vm.canLoadMore()) {
            var asked = vm.startLoadingMore();
            assertThat(vm.canLoadMore()).isFalse(); // one page at a time
            vm.apply(vm.fetch(asked));
        }
    }

    @Test
    void opens_on_a_page_counts_every_match_and_reads_the_next_pages_as_it_scrolls() {
        openTable();
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.total().get()).isEqualTo(7);
        assertThat(vm.columns()).isEqualTo(org.sillage.service.ApplicationTableService.DEFAULT_COLUMNS);
        scrollToEnd();
        assertThat(vm.rows()).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void a_filter_reads_the_first_page_of_its_matches_and_their_count() {
        openTable();
        vm.apply(vm.fetch(vm.filterBy(ApplicationFilter.NONE.withStatuses(Set.of(ApplicationStatus.APPLIED)))));
        assertThat(vm.total().get()).isEqualTo(3);
        scrollToEnd();
        assertThat(vm.rows()).hasSize(3).allMatch(r -> r.status() == ApplicationStatus.APPLIED);
    }

    @Test
    void a_page_read_for_an_older_filter_or_order_is_dropped() {
        openTable();
        var old = vm.filterBy(ApplicationFilter.NONE.withStatuses(Set.of(ApplicationStatus.APPLIED)));
        var now = vm.filterBy(ApplicationFilter.NONE);
        now = vm.sortBy(new ApplicationSort(ApplicationColumn.DEADLINE, false));
        var lateAnswer = vm.fetch(old);
        assertThat(vm.apply(lateAnswer)).isFalse();
        assertThat(vm.apply(vm.fetch(now))).isTrue();
        assertThat(vm.total().get()).isEqualTo(7);
        scrollToEnd();
        List<LocalDate> deadlines = vm.rows().stream().map(ApplicationRow::deadline).toList();
        assertThat(deadlines).hasSize(7).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void the_expired_marker_follows_the_day_the_page_was_read_on() {
        openTable();
        vm.apply(vm.fetch(vm.filterBy(ApplicationFilter.NONE.withDeadline(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)))));
        assertThat(vm.rows()).extracting(ApplicationRow::deadline)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12));
        // 10 March is today, not past
        assertThat(vm.rows()).noneMatch(vm::expired);
        assertThat(vm.total().get()).isEqualTo(3);
    }

    @Test
    void a_filter_saved_under_a_name_is_listed_and_can_be_deleted() {
        openTable();
        var f = ApplicationFilter.NONE.withDeadline(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 12));
        vm.applySaved(vm.save("  Mars  ", f));
        assertThat(vm.saved()).hasSize(1);
        assertThat(vm.saved().get(0).name()).isEqualTo("Mars");
        assertThat(vm.saved().get(0).filter()).isEqualTo(f);
        vm.applySaved(vm.delete(vm.saved().get(0).id()));
        assertThat(vm.saved()).isEmpty();
    }

    @Test
    void a_blank_name_is_refused_with_a_message() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.save(" ", ApplicationFilter.NONE))
                .isInstanceOfSatisfying(org.sillage.domain.UserException.class,
                        e -> assertThat(e.key()).isEqualTo("error.filter.name_blank"));
    }

    @Test
    void the_columns_shown_are_kept_for_the_next_time() {
        openTable();
        vm.keepColumns(vm.showColumn(ApplicationColumn.CONTRACT_TYPE, false));
        vm.keepColumns(vm.showColumn(ApplicationColumn.CREATED, true));
        var again = new ApplicationTableViewModel(services.table(), 3);
        again.apply(again.open(again.reload()));
        assertThat(again.columns()).contains(ApplicationColumn.CREATED).doesNotContain(ApplicationColumn.CONTRACT_TYPE)
                .isSorted();
    }

    @Test
    void a_row_changed_elsewhere_is_read_again_in_place() {
        openTable();
        ApplicationRow first = vm.rows().get(0);
        services.applications().changeStatus(first.applicationId(), ApplicationStatus.INTERVIEW, null);
        vm.loadRow(first.applicationId()).ifPresent(vm::replaceRow);
        assertThat(vm.rows().get(0).status()).isEqualTo(ApplicationStatus.INTERVIEW);
    }
}
