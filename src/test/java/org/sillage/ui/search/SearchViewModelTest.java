package org.sillage.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.sillage.domain.Highlighted;
import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;

/** The search screen's state, without JavaFX: answers to a query typed past are dropped. */
class SearchViewModelTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor later = queued::add;

    private static SearchResult result(String title) {
        return new SearchResult(SearchKind.POSTING, 1, 1, null, null, new Highlighted(title, null), null,
                new Highlighted("", null), null, null);
    }

    @Test
    void an_answer_to_a_query_typed_past_is_dropped() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(result(q)), later, Runnable::run);
        vm.query().set("edu");
        vm.query().set("educ");
        queued.forEach(Runnable::run);
        assertThat(vm.results()).extracting(r -> r.title().text()).containsExactly("educ");
        assertThat(vm.state().get()).isEqualTo("FOUND");
    }

    @Test
    void a_query_typed_past_before_its_turn_is_not_even_run() {
        List<String> asked = new ArrayList<>();
        SearchViewModel vm = new SearchViewModel(q -> {
            asked.add(q);
            return List.of();
        }, later, Runnable::run);
        vm.query().set("a");
        vm.query().set("ab");
        vm.query().set("abc");
        queued.forEach(Runnable::run);
        assertThat(asked).containsExactly("abc");
        assertThat(vm.state().get()).isEqualTo("NONE");
    }

    @Test
    void clearing_the_field_clears_the_results_at_once() {
        SearchViewModel vm = new SearchViewModel(q -> List.of(result(q)), Runnable::run, Runnable::run);
        vm.query().set("lille");
        assertThat(vm.results()).hasSize(1);
        vm.query().set(" ");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.state().get()).isEqualTo("EMPTY");
    }

    @Test
    void a_failure_is_kept_to_be_said() {
        SearchViewModel vm = new SearchViewModel(q -> {
            throw new IllegalStateException("index closed");
        }, Runnable::run, Runnable::run);
        vm.query().set("x");
        assertThat(vm.state().get()).isEqualTo("FAILED");
        assertThat(vm.failure()).hasMessage("index closed");
    }
}
