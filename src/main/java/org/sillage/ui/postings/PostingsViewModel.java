package org.sillage.ui.postings;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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
 * postings the search index found, best first; without, every posting, newest first.
 */
public final class PostingsViewModel {
    private final PostingService postings;
    private final ApplicationService applications;

    private final ObservableList<PostingSummary> all = FXCollections.observableArrayList();
    private final ObservableList<PostingSummary> visible = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Posting> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PostingSummary> selectedSummary = new SimpleObjectProperty<>();
    private final BooleanBinding empty = Bindings.isEmpty(all);
    /** The ranked hits of {@link #hitsFor}, or null before the first answer. */
    private List<Long> hits;
    private String hitsFor;

    public PostingsViewModel(PostingService postings, ApplicationService applications) {
        this.postings = postings;
        this.applications = applications;
        query.addListener((obs, old, q) -> refilter());
    }

    /** What the list shows after a reload: every posting, and the hits of the query searched with it. */
    public record Snapshot(List<PostingSummary> summaries, String query, List<Long> hits) {
    }

    /** Worker thread: reads the list, and searches {@code currentQuery} again when there is one. */
    public Snapshot load(String currentQuery) {
        boolean searching = currentQuery != null && !currentQuery.isBlank();
        return new Snapshot(postings.list(), currentQuery, searching ? postings.search(currentQuery) : null);
    }

    /** JavaFX thread: shows a snapshot, keeping the selection when it is still there. */
    public void apply(Snapshot snapshot) {
        all.setAll(snapshot.summaries());
        if (snapshot.hits() != null) {
            hits = snapshot.hits();
            hitsFor = snapshot.query();
        }
        refilter();
    }

    /** Worker thread: the ids of the postings that match {@code q}, best first. */
    public List<Long> search(String q) {
        return postings.search(q);
    }

    /** JavaFX thread: shows the hits of {@code q}, unless the user has typed on since. */
    public void applySearch(String q, List<Long> ids) {
        if (q.equals(query.get())) {
            hits = ids;
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
            return;
        }
        if (!q.equals(hitsFor)) {
            return; // the list stays as it is until the search answers
        }
        java.util.Map<Long, PostingSummary> byId = new java.util.HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        visible.setAll(hits.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
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
        return all.size();
    }
}
