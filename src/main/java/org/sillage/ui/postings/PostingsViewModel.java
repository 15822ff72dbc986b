package org.sillage.ui.postings;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingSummary;
import org.sillage.service.ApplicationService;
import org.sillage.service.PostingService;

/**
 * State of the postings screen: the list, the search query and the selected posting. Slow calls
 * ({@link #load}, {@link #search}, {@link #loadPosting}, {@link #track}) run on a worker thread;
 * {@code apply*} and the properties belong to the JavaFX thread. With a query, the list shows the
 * postings the search index found, best first; without, the postings newest first, a page at a time
 * as the list scrolls.
 */
public final class PostingsViewModel {
    private final PostingService postings;
    private final ApplicationService applications;

    /** How many postings a page holds: the first screenful and some, then as much again on each scroll. */
    public static final int PAGE = 200;

    /** The postings loaded so far, newest first: the first pages of the list. */
    private final ObservableList<PostingSummary> all = FXCollections.observableArrayList();
    private final ObservableList<PostingSummary> visible = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Posting> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PostingSummary> selectedSummary = new SimpleObjectProperty<>();
    private final BooleanBinding empty = Bindings.isEmpty(all);
    /** How many postings there are, counted by the database. */
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final int pageSize;
    /** The ranked hits of {@link #hitsFor}, or null before the first answer. */
    private List<PostingSummary> hits;
    private String hitsFor;
    private boolean loadingMore;

    public PostingsViewModel(PostingService postings, ApplicationService applications) {
        this(postings, applications, PAGE);
    }

    PostingsViewModel(PostingService postings, ApplicationService applications, int pageSize) {
        this.postings = postings;
        this.applications = applications;
        this.pageSize = pageSize;
        query.addListener((obs, old, q) -> refilter());
    }

    /**
     * What the list shows after a reload: the first rows, how many postings there are, and the hits of
     * the query searched with it.
     */
    public record Snapshot(List<PostingSummary> rows, int total, String query, List<PostingSummary> hits) {
    }

    /**
     * Worker thread: reads the first {@code atLeast} rows (a page at least: a reload keeps what was
     * scrolled to), the count, and searches {@code currentQuery} again when there is one.
     */
    public Snapshot load(String currentQuery, int atLeast) {
        boolean searching = currentQuery != null && !currentQuery.isBlank();
        return new Snapshot(postings.page(null, Math.max(pageSize, atLeast)), postings.count(), currentQuery,
                searching ? postings.searchSummaries(currentQuery) : null);
    }

    /** JavaFX thread: shows a snapshot. */
    public void apply(Snapshot snapshot) {
        all.setAll(snapshot.rows());
        total.set(snapshot.total());
        loadingMore = false;
        if (snapshot.hits() != null) {
            hits = snapshot.hits();
            hitsFor = snapshot.query();
        }
        refilter();
    }

    /** How many rows are loaded; a reload reads as many again. */
    public int loaded() {
        return all.size();
    }

    /** JavaFX thread: whether the list is browsed (no query) and has rows beyond those loaded, not already asked. */
    public boolean canLoadMore() {
        String q = query.get();
        return !loadingMore && (q == null || q.isBlank()) && all.size() < total.get();
    }

    /** JavaFX thread: notes that the next page is asked for; returns the row it comes after. */
    public PostingSummary startLoadingMore() {
        loadingMore = true;
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Worker thread: the page after {@code after}. */
    public List<PostingSummary> loadMore(PostingSummary after) {
        return postings.page(after, pageSize);
    }

    /** JavaFX thread: appends a page, unless the list was reloaded since it was asked for. */
    public void applyMore(PostingSummary after, List<PostingSummary> more) {
        if (!loadingMore) {
            return;
        }
        loadingMore = false;
        PostingSummary last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (java.util.Objects.equals(last, after)) {
            all.addAll(more);
            String q = query.get();
            if (q == null || q.isBlank()) {
                visible.addAll(more);
            }
        }
    }

    /** JavaFX thread: a page that could not be read may be asked for again. */
    public void loadMoreFailed() {
        loadingMore = false;
    }

    /** Worker thread: one posting's line, read again (empty when it was deleted). */
    public java.util.Optional<PostingSummary> loadRow(long postingId) {
        return postings.summary(postingId);
    }

    /** JavaFX thread: replaces the line of that posting wherever it is listed. */
    public void replaceRow(PostingSummary row) {
        java.util.function.UnaryOperator<PostingSummary> swap = p -> p.id() == row.id() ? row : p;
        replaceIn(all, row);
        replaceIn(visible, row);
        if (hits != null) {
            hits = hits.stream().map(swap).toList();
        }
    }

    private static void replaceIn(List<PostingSummary> list, PostingSummary row) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == row.id()) {
                list.set(i, row);
            }
        }
    }

    /** Worker thread: the postings that match {@code q}, best first. */
    public List<PostingSummary> search(String q) {
        return postings.searchSummaries(q);
    }

    /** JavaFX thread: shows the hits of {@code q}, unless the user has typed on since. */
    public void applySearch(String q, List<PostingSummary> found) {
        if (q.equals(query.get())) {
            hits = found;
            hitsFor = q;
            refilter();
        }
    }

    /** Whether the list waits for the search index to answer the current query. */
    public boolean needsSearch() {
        String q = query.get();
        return q != null && !q.isBlank() && !q.equals(hitsFor);
    }

    private void refilter() {
        String q = query.get();
        if (q == null || q.isBlank()) {
            visible.setAll(all);
        } else if (q.equals(hitsFor)) {
            visible.setAll(hits);
        }
        // else the list stays as it is until the search answers
    }

    public ReadOnlyIntegerProperty total() {
        return total;
    }

    /** Worker thread. */
    public Posting loadPosting(long id) {
        return postings.get(id);
    }

    /** Worker thread: stores a user's value for a field. */
    public Posting correct(long postingId, org.sillage.domain.Field field, String value) {
        return postings.correct(postingId, field, value);
    }

    /** Worker thread: goes back to the extracted value of a field. */
    public Posting resetCorrection(long postingId, org.sillage.domain.Field field) {
        return postings.resetCorrection(postingId, field);
    }

    /** Worker thread: tracks the selected posting; returns the application id. */
    public long track(long postingId) {
        return applications.track(postingId).applicationId();
    }

    public ObservableList<PostingSummary> visible() {
        return visible;
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<Posting> selected() {
        return selected;
    }

    public ObjectProperty<PostingSummary> selectedSummary() {
        return selectedSummary;
    }

    public BooleanBinding empty() {
        return empty;
    }

    public int size() {
        return total.get();
    }
}
