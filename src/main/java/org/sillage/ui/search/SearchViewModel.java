package org.sillage.ui.search;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.SearchResult;

/**
 * The one search (ADR 0020): each keystroke asks the index again on a worker; an answer to a query
 * typed past is dropped (a search under way is not interrupted: a thread interrupted inside the database
 * would close its file). {@link #results} and {@link #state} belong to the JavaFX thread.
 */
public final class SearchViewModel {
    /** What the screen says under the field. */
    public enum State { EMPTY, SEARCHING, FOUND, NONE, FAILED }

    private final java.util.function.BiFunction<String, Boolean, List<SearchResult>> search;
    private final javafx.beans.property.BooleanProperty everyone = new javafx.beans.property.SimpleBooleanProperty(false);
    private final Executor worker;
    private final Consumer<Runnable> onFx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(State.EMPTY.name());
    private final AtomicLong asked = new AtomicLong();
    private Throwable failure;

    /**
     * @param search the service's search (runs on {@code worker})
     * @param onFx   hands a result back to the JavaFX thread ({@code Platform::runLater}; tests run it at once)
     */
    public SearchViewModel(Function<String, List<SearchResult>> search, Executor worker, Consumer<Runnable> onFx) {
        this((q, all) -> search.apply(q), worker, onFx);
    }

    /**
     * @param search the service's search, within the current job seeker's record or across everyone's
     *               ({@link #everyone}); runs on {@code worker}
     */
    public SearchViewModel(java.util.function.BiFunction<String, Boolean, List<SearchResult>> search, Executor worker,
                           Consumer<Runnable> onFx) {
        this.search = search;
        this.worker = worker;
        this.onFx = onFx;
        query.addListener((obs, old, q) -> ask(q));
        everyone.addListener((obs, old, all) -> ask(query.get()));
    }

    /** Whether the search goes across every job seeker's record (an advisor's caseload), not only the current one's. */
    public javafx.beans.property.BooleanProperty everyone() {
        return everyone;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<SearchResult> results() {
        return results;
    }

    public ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }

    public Throwable failure() {
        return failure;
    }

    private void ask(String q) {
        long n = asked.incrementAndGet();
        if (q == null || q.isBlank()) {
            results.clear();
            state.set(State.EMPTY.name());
            return;
        }
        state.set(State.SEARCHING.name());
        boolean all = everyone.get();
        worker.execute(() -> {
            if (asked.get() != n) {
                return; // typed past before this one started
            }
            try {
                List<SearchResult> found = search.apply(q, all);
                onFx.accept(() -> {
                    if (asked.get() == n) {
                        results.setAll(found);
                        state.set((found.isEmpty() ? State.NONE : State.FOUND).name());
                    }
                });
            } catch (RuntimeException e) {
                onFx.accept(() -> {
                    if (asked.get() == n) {
                        failure = e;
                        results.clear();
                        state.set(State.FAILED.name());
                    }
                });
            }
        });
    }
}
