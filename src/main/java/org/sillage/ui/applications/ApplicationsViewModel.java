package org.sillage.ui.applications;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.Texts;
import org.sillage.service.ApplicationService;

/**
 * State of the applications screen. Worker-thread calls return fresh data; the properties and
 * {@code apply*} belong to the JavaFX thread.
 */
public final class ApplicationsViewModel {
    private final ApplicationService applications;
    private final ObservableList<ApplicationView> all = FXCollections.observableArrayList();
    private final FilteredList<ApplicationView> visible = new FilteredList<>(all);
    private final ObjectProperty<ApplicationView> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationStatus> nextStatus = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");

    public ApplicationsViewModel(ApplicationService applications) {
        this.applications = applications;
        query.addListener((obs, old, q) -> visible.setPredicate(a -> matches(a, q)));
    }

    private static boolean matches(ApplicationView a, String q) {
        return q == null || q.isBlank()
                || Texts.matchesAllWords(Texts.fold(a.title() + " " + a.organization()), q);
    }

    /** Worker thread. */
    public List<ApplicationView> load() {
        return applications.list();
    }

    /** Worker thread. */
    public ApplicationView loadOne(long id) {
        return applications.get(id);
    }

    /** Worker thread: applies the chosen status and note. */
    public ApplicationView changeStatus(long id, ApplicationStatus to, String note) {
        return applications.changeStatus(id, to, note);
    }

    /** Worker thread. */
    public ApplicationView undo(long changeId) {
        return applications.undo(changeId);
    }

    public void apply(List<ApplicationView> list) {
        all.setAll(list);
    }

    /** JavaFX thread: shows a freshly loaded application and resets the form. */
    public void show(ApplicationView view) {
        selected.set(view);
        nextStatus.set(null);
        note.set("");
    }

    /** Whether the form holds a status change that can be applied. */
    public boolean canApply() {
        return selected.get() != null && nextStatus.get() != null
                && nextStatus.get() != selected.get().application().status();
    }

    public ObservableList<ApplicationView> visible() {
        return visible;
    }

    public ObjectProperty<ApplicationView> selected() {
        return selected;
    }

    public ObjectProperty<ApplicationStatus> nextStatus() {
        return nextStatus;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty query() {
        return query;
    }
}
