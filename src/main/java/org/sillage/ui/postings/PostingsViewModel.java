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
import javafx.collections.transformation.FilteredList;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingSummary;
import org.sillage.service.ApplicationService;
import org.sillage.service.PostingService;
import org.sillage.service.PostingService.SearchIndex;

/**
 * State of the postings screen: the list, the search query and the selected posting. Slow calls
 * ({@link #load}, {@link #loadPosting}, {@link #track}) run on a worker thread; {@code apply*} and the
 * properties belong to the JavaFX thread.
 */
public final class PostingsViewModel {
    private final PostingService postings;
    private final ApplicationService applications;

    private final ObservableList<PostingSummary> all = FXCollections.observableArrayList();
    private final FilteredList<PostingSummary> visible = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Posting> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PostingSummary> selectedSummary = new SimpleObjectProperty<>();
    private final BooleanBinding empty = Bindings.isEmpty(all);
    private SearchIndex index = new SearchIndex(java.util.Map.of());

    public PostingsViewModel(PostingService postings, ApplicationService applications) {
        this.postings = postings;
        this.applications = applications;
        query.addListener((obs, old, q) -> refilter());
    }

    /** What the list shows after a reload. */
    public record Snapshot(List<PostingSummary> summaries, SearchIndex index) {
    }

    /** Worker thread: reads the list and builds the search index. */
    public Snapshot load() {
        return new Snapshot(postings.list(), postings.searchIndex());
    }

    /** JavaFX thread: shows a snapshot, keeping the selection when it is still there. */
    public void apply(Snapshot snapshot) {
        this.index = snapshot.index();
        all.setAll(snapshot.summaries());
        refilter();
    }

    private void refilter() {
        String q = query.get();
        visible.setPredicate(p -> index.matches(p.id(), q));
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
