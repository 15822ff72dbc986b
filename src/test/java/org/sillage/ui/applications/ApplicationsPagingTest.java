package org.sillage.ui.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationRow;
import org.sillage.service.AppServices;

/** The applications screen's list: a page at a time from the database, the search's words matched there too. */
class ApplicationsPagingTest {
    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(folder);
        for (int i = 0; i < 7; i++) {
            String organization = (i % 2 == 0 ? "Société Générale" : "Mairie") + " " + i;
            var p = services.imports().importText("Poste numéro " + i + "\n" + organization);
            // the organisation as the user corrected it: the list's filter is under test, not the reading
            services.postings().correct(p.postingId(), org.sillage.domain.Field.ORGANIZATION, organization);
            services.applications().track(p.postingId());
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void lists_a_page_then_the_next_as_it_scrolls_and_counts_them_all() {
        var vm = new ApplicationsViewModel(services, 3);
        assertThat(vm.apply(vm.load(vm.reload(null)))).isTrue();
        assertThat(vm.visible()).hasSize(3);
        assertThat(vm.total()).isEqualTo(7);
        while (vm.canLoadMore()) {
            var asked = vm.startLoadingMore();
            assertThat(vm.canLoadMore()).isFalse();
            vm.apply(vm.load(asked));
        }
        assertThat(vm.visible()).hasSize(7).doesNotHaveDuplicates();
        assertThat(vm.visible().stream().map(ApplicationRow::applicationId).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void the_search_words_are_matched_by_the_database_ignoring_accents() {
        var vm = new ApplicationsViewModel(services, 3);
        vm.query().set("societe generale");
        vm.apply(vm.load(vm.reload(null)));
        assertThat(vm.total()).isEqualTo(4);
        assertThat(vm.visible()).allSatisfy(a -> assertThat(a.organization()).startsWith("Société"));
    }

    @Test
    void an_application_to_show_beyond_the_first_page_is_found_and_a_deleted_one_is_not() {
        var vm = new ApplicationsViewModel(services, 3);
        long oldest = services.applications().list().get(6).application().id();
        var s = vm.load(vm.reload(oldest));
        assertThat(s.wantedExists()).isTrue();
        assertThat(s.applications()).noneMatch(a -> a.applicationId() == oldest);
        services.applications().remove(oldest);
        assertThat(vm.load(vm.reload(oldest)).wantedExists()).isFalse();
    }

    @Test
    void a_list_read_before_a_later_reload_is_dropped() {
        var vm = new ApplicationsViewModel(services, 3);
        var first = vm.reload(null);
        vm.query().set("mairie");
        var second = vm.reload(null);
        assertThat(vm.apply(vm.load(first))).isFalse();
        assertThat(vm.apply(vm.load(second))).isTrue();
        assertThat(vm.total()).isEqualTo(3);
    }
}
