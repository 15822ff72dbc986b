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
    private org.sillage.service.LabelService labels;

    /** How many postings a page holds: the first screenful and some, then as much again on each scroll. */
    public static final int PAGE = 200;

    /** The postings loaded so far, newest first: the first pages of the list. */
    private final ObservableList<PostingSummary> all = FXCollections.observableArrayList();
    private final ObservableList<PostingSummary> visible = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Posting> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PostingSummary> selectedSummary = new SimpleObjectProperty<>();
    /** The order and criteria of the list when browsing (a search shows its hits best first). */
    private final ObjectProperty<org.sillage.domain.PostingFilter> filter =
            new SimpleObjectProperty<>(org.sillage.domain.PostingFilter.NONE);
    /** No posting at all: not one that the criteria leave out. */
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> all.isEmpty()
            && !filter.get().notTracked() && filter.get().deadline() == org.sillage.domain.PostingFilter.DeadlineState.ANY,
            all, filter);
    /** How many postings there are, counted by the database. */
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final int pageSize;
    /** The ranked ids found for {@link #hitsFor} (null before the first answer), and the rows read of them so far. */
    private List<Long> hitIds;
    private final List<PostingSummary> hits = new java.util.ArrayList<>();
    private String hitsFor;
    private boolean loadingMore;

    public PostingsViewModel(PostingService postings, ApplicationService applications) {
        this(postings, applications, PAGE);
    }

    /** With the labels (priority and tags) shown beside each posting. */
    public PostingsViewModel(PostingService postings, ApplicationService applications,
                             org.sillage.service.LabelService labels) {
        this(postings, applications, PAGE);
        this.labels = labels;
    }

    PostingsViewModel(PostingService postings, ApplicationService applications, int pageSize) {
        this.postings = postings;
        this.applications = applications;
        this.pageSize = pageSize;
        query.addListener((obs, old, q) -> refilter());
    }

    /** What a search found: every id, best first, and the list lines of the first page of them. */
    public record Hits(List<Long> ids, List<PostingSummary> rows) {
    }

    /**
     * What the list shows after a reload: the first rows, how many postings there are, and the hits of
     * the query searched with it.
     */
    public record Snapshot(List<PostingSummary> rows, int total, String query, Hits hits,
                           org.sillage.domain.PostingFilter filter) {
    }

    /**
     * Worker thread: reads the first {@code atLeast} rows (a page at least: a reload keeps what was
     * scrolled to), the count, and searches {@code currentQuery} again when there is one.
     */
    public Snapshot load(String currentQuery, int atLeast) {
        return load(currentQuery, atLeast, filter.get());
    }

    /** Worker thread: as {@link #load(String, int)}, sorted and filtered by {@code f} (read on the JavaFX thread). */
    public Snapshot load(String currentQuery, int atLeast, org.sillage.domain.PostingFilter f) {
        boolean searching = currentQuery != null && !currentQuery.isBlank();
        return new Snapshot(postings.page(f, null, Math.max(pageSize, atLeast)), postings.count(f), currentQuery,
                searching ? search(currentQuery) : null, f);
    }

    /** JavaFX thread: shows a snapshot, unless it was read for criteria the user has since changed. */
    public void apply(Snapshot snapshot) {
        if (!snapshot.filter().equals(filter.get())) {
            return;
        }
        all.setAll(snapshot.rows());
        total.set(snapshot.total());
        loadingMore = false;
        if (snapshot.hits() != null) {
            takeHits(snapshot.query(), snapshot.hits());
        }
        refilter();
    }

    private void takeHits(String q, Hits found) {
        hitIds = found.ids();
        hits.clear();
        hits.addAll(found.rows());
        hitsFor = q;
    }

    /** How many rows are loaded; a reload reads as many again. */
    public int loaded() {
        return all.size();
    }

    private boolean browsing() {
        String q = query.get();
        return q == null || q.isBlank();
    }

    /** JavaFX thread: whether the list has rows beyond those loaded (of every posting, or of the hits), not already asked. */
    public boolean canLoadMore() {
        if (loadingMore) {
            return false;
        }
        if (browsing()) {
            return all.size() < total.get();
        }
        return query.get().equals(hitsFor) && hits.size() < hitIds.size();
    }

    /** The next page asked for: after a row of the list, or the next ids of the hits of a query. */
    public record More(PostingSummary after, String query, int offset, List<Long> ids,
                       org.sillage.domain.PostingFilter filter) {
    }

    /** JavaFX thread: notes that the next page is asked for, and which. */
    public More startLoadingMore() {
        loadingMore = true;
        if (browsing()) {
            return new More(all.isEmpty() ? null : all.get(all.size() - 1), null, all.size(), null, filter.get());
        }
        int from = hits.size();
        return new More(null, hitsFor, from, List.copyOf(hitIds.subList(from, Math.min(hitIds.size(), from + pageSize))), filter.get());
    }

    /** Worker thread: the page asked for. */
    public List<PostingSummary> loadMore(More more) {
        return more.ids() == null ? postings.page(more.filter(), more.after(), pageSize) : postings.summaries(more.ids());
    }

    /** JavaFX thread: appends a page, unless the list or the query changed since it was asked for. */
    public void applyMore(More asked, List<PostingSummary> rows) {
        if (!loadingMore) {
            return;
        }
        loadingMore = false;
        if (asked.ids() == null) {
            if (!asked.filter().equals(filter.get())) {
                return;
            }
            PostingSummary last = all.isEmpty() ? null : all.get(all.size() - 1);
            if (java.util.Objects.equals(last, asked.after())) {
                all.addAll(rows);
                if (browsing()) {
                    visible.addAll(rows);
                }
            }
        } else if (asked.query().equals(hitsFor) && hits.size() == asked.offset()) {
            hits.addAll(rows);
            if (asked.query().equals(query.get())) {
                visible.addAll(rows);
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
        replaceIn(all, row);
        replaceIn(visible, row);
        replaceIn(hits, row);
    }

    private static void replaceIn(List<PostingSummary> list, PostingSummary row) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == row.id()) {
                list.set(i, row);
            }
        }
    }

    /** Worker thread: the postings that match {@code q}, best first, with the lines of the first page. */
    public Hits search(String q) {
        List<Long> ids = postings.search(q);
        return new Hits(ids, postings.summaries(ids.subList(0, Math.min(ids.size(), pageSize))));
    }

    /** JavaFX thread: shows the hits of {@code q}, unless the user has typed on since. */
    public void applySearch(String q, Hits read) {
        if (q.equals(query.get())) {
            takeHits(q, read);
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
            found.set(-1);
        } else if (q.equals(hitsFor)) {
            visible.setAll(hits);
            found.set(hitIds.size());
        }
        // else the list stays as it is until the search answers
    }

    /** How many postings the words typed in the bar find, or -1 while none are typed (the count then says so). */
    private final IntegerProperty found = new SimpleIntegerProperty(-1);

    public ReadOnlyIntegerProperty found() {
        return found;
    }

    /** The list's order and criteria; the view reads the list again when they change. */
    public ObjectProperty<org.sillage.domain.PostingFilter> filter() {
        return filter;
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

    /** Worker thread: tracks a posting; the result says what was applied to before at its organisation. */
    public ApplicationService.Tracked trackAndWarn(long postingId) {
        return applications.track(postingId);
    }

    /** A posting's priority and tags, and the applications sent before to its organisation for a similar title. */
    public record Extras(org.sillage.domain.Labels labels, List<org.sillage.domain.EarlierApplication> earlier) {
    }

    /** Worker thread: what the detail shows beside the posting's fields. */
    public Extras labelsAndEarlier(long postingId) {
        return new Extras(labels == null ? org.sillage.domain.Labels.NONE : labels.ofPosting(postingId),
                applications.earlierApplications(postingId));
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
