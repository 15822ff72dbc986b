package org.sillage.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.PostingSummary;
import org.sillage.service.AppServices;

/** The postings list reads a page at a time, newest first, and the count from the database. */
class PostingsPagingTest {
    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void open() {
        services = AppServices.open(folder);
        for (int i = 0; i < 7; i++) {
            services.imports().importText("Poste numéro " + i + "\nCabinet " + i);
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void pages_follow_each_other_newest_first_without_gaps_or_repeats() {
        List<PostingSummary> first = services.postings().page(null, 3);
        List<PostingSummary> second = services.postings().page(first.get(2), 3);
        List<PostingSummary> third = services.postings().page(second.get(2), 3);
        List<PostingSummary> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        assertThat(all).containsExactlyElementsOf(services.postings().list());
        assertThat(third).hasSize(1);
    }

    @Test
    void the_list_shows_a_page_then_the_next_as_it_scrolls_and_counts_them_all() {
        var vm = new PostingsViewModel(services.postings(), services.applications(), 3);
        vm.apply(vm.load("", 0));
        assertThat(vm.visible()).hasSize(3);
        assertThat(vm.total().get()).isEqualTo(7);
        while (vm.canLoadMore()) {
            var asked = vm.startLoadingMore();
            assertThat(vm.canLoadMore()).isFalse(); // one page asked at a time
            vm.applyMore(asked, vm.loadMore(asked));
        }
        assertThat(vm.visible()).containsExactlyElementsOf(services.postings().list());
        // a reload keeps what was scrolled to
        vm.apply(vm.load("", vm.loaded()));
        assertThat(vm.visible()).hasSize(7);
    }

    @Test
    void a_search_shows_its_first_hits_then_the_next_as_the_list_scrolls() {
        var vm = new PostingsViewModel(services.postings(), services.applications(), 3);
        vm.apply(vm.load("", 0));
        vm.query().set("cabinet");
        vm.applySearch("cabinet", vm.search("cabinet"));
        assertThat(vm.visible()).hasSize(3);
        while (vm.canLoadMore()) {
            var asked = vm.startLoadingMore();
            vm.applyMore(asked, vm.loadMore(asked));
        }
        assertThat(vm.visible()).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void a_search_shows_its_hits_and_no_more_pages() {
        var vm = new PostingsViewModel(services.postings(), services.applications(), 3);
        vm.apply(vm.load("", 0));
        vm.query().set("numero 5");
        assertThat(vm.needsSearch()).isTrue();
        assertThat(vm.found().get()).as("nothing found yet while the search runs").isEqualTo(-1);
        vm.applySearch("numero 5", vm.search("numero 5"));
        assertThat(vm.visible()).extracting(PostingSummary::title).containsExactly("Poste numéro 5");
        assertThat(vm.found().get()).as("the count says how many the words find").isEqualTo(1);
        assertThat(vm.canLoadMore()).isFalse();
        vm.query().set("");
        assertThat(vm.visible()).hasSize(3);
        assertThat(vm.found().get()).isEqualTo(-1);
    }

    @Test
    void a_status_change_redraws_that_row_only() {
        var vm = new PostingsViewModel(services.postings(), services.applications(), 3);
        vm.apply(vm.load("", 0));
        PostingSummary second = vm.visible().get(1);
        PostingSummary first = vm.visible().get(0);
        long app = services.applications().track(second.id()).applicationId();
        services.applications().changeStatus(app, org.sillage.domain.ApplicationStatus.APPLIED, null);

        vm.replaceRow(vm.loadRow(second.id()).orElseThrow());
        assertThat(vm.visible().get(1).status()).isEqualTo(org.sillage.domain.ApplicationStatus.APPLIED);
        assertThat(vm.visible().get(0)).isSameAs(first);
        assertThat(vm.visible()).hasSize(3);
    }
}
