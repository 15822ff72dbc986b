package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.PostingFields;
import org.sillage.domain.PostingFilter;
import org.sillage.domain.PostingFilter.DeadlineState;
import org.sillage.domain.PostingFilter.Order;
import org.sillage.domain.PostingSummary;
import org.sillage.store.PostingRepository.NewPosting;

/** The postings list sorted by import, deadline or title and filtered, a page at a time, by the database. */
class PostingFilterTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path folder;
    Store store;

    private void add(String title, LocalDate deadline, int day, boolean tracked) {
        store.run(r -> {
            long id = r.postings().insert(new NewPosting("text " + day, "sha" + title + day, null, "TEXT", null,
                    Instant.parse("2026-01-01T09:00:00Z").plusSeconds(86_400L * day),
                    PostingFields.builder().title(title).deadline(deadline).build(), 1));
            if (tracked) {
                r.applications().insert(id, ApplicationStatus.SAVED, Instant.EPOCH);
            }
        });
    }

    @BeforeEach
    void fill() {
        store = Store.open(folder);
        add("Comptable", LocalDate.of(2026, 3, 1), 0, true);
        add("développeur", LocalDate.of(2026, 3, 20), 1, false);
        add(null, LocalDate.of(2026, 3, 10), 2, false);
        add("Nurse", null, 3, true);
        add("Agent", LocalDate.of(2026, 3, 10), 4, false);
        add("Zoologiste", null, 5, false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> titles(PostingFilter f) {
        return store.transaction(r -> r.postings().summariesAfter(f, TODAY, null, 100)).stream()
                .map(p -> p.title() == null ? "-" : p.title()).toList();
    }

    private int count(PostingFilter f) {
        return store.transaction(r -> r.postings().count(f, TODAY));
    }

    @Test
    void by_import_newest_first_as_before() {
        assertThat(titles(PostingFilter.NONE)).containsExactly("Zoologiste", "Agent", "Nurse", "-", "développeur", "Comptable");
        assertThat(count(PostingFilter.NONE)).isEqualTo(6);
    }

    @Test
    void by_deadline_soonest_first_then_those_without_one() {
        assertThat(titles(PostingFilter.NONE.withOrder(Order.DEADLINE)))
                .containsExactly("Comptable", "-", "Agent", "développeur", "Nurse", "Zoologiste");
    }

    @Test
    void by_title_ignoring_case_then_the_untitled() {
        assertThat(titles(PostingFilter.NONE.withOrder(Order.TITLE)))
                .containsExactly("Agent", "Comptable", "développeur", "Nurse", "Zoologiste", "-");
    }

    @Test
    void not_tracked_leaves_out_the_postings_with_an_application() {
        var f = PostingFilter.NONE.withNotTracked(true);
        assertThat(titles(f)).containsExactly("Zoologiste", "Agent", "-", "développeur");
        assertThat(count(f)).isEqualTo(4);
    }

    @Test
    void closed_keeps_the_deadlines_whose_day_is_past_and_open_the_others() {
        var closed = PostingFilter.NONE.withDeadline(DeadlineState.CLOSED);
        assertThat(titles(closed)).containsExactly("Comptable");
        assertThat(count(closed)).isEqualTo(1);
        var open = PostingFilter.NONE.withDeadline(DeadlineState.OPEN).withOrder(Order.DEADLINE);
        assertThat(titles(open)).containsExactly("-", "Agent", "développeur");
        assertThat(count(open)).isEqualTo(3);
    }

    @Test
    void has_deadline_leaves_out_those_without_one() {
        var f = PostingFilter.NONE.withDeadline(DeadlineState.HAS_DEADLINE).withNotTracked(true).withOrder(Order.TITLE);
        assertThat(titles(f)).containsExactly("Agent", "développeur", "-");
        assertThat(count(f)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Order.class)
    void pages_follow_each_other_without_gaps_or_repeats(Order order) {
        for (PostingFilter f : List.of(PostingFilter.NONE.withOrder(order),
                PostingFilter.NONE.withOrder(order).withNotTracked(true))) {
            List<PostingSummary> whole = store.transaction(r -> r.postings().summariesAfter(f, TODAY, null, 100));
            List<PostingSummary> paged = new ArrayList<>();
            PostingSummary after = null;
            for (int i = 0; i < 10; i++) {
                PostingSummary from = after;
                List<PostingSummary> page = store.transaction(r -> r.postings().summariesAfter(f, TODAY, from, 1));
                if (page.isEmpty()) {
                    break;
                }
                paged.addAll(page);
                after = page.get(page.size() - 1);
            }
            assertThat(paged).containsExactlyElementsOf(whole);
        }
    }
}
