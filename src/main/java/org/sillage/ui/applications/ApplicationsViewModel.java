package org.sillage.ui.applications;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.SentDocument;
import org.sillage.domain.Texts;
import org.sillage.service.AgendaService;
import org.sillage.service.AppServices;

/**
 * State of the applications screen. Worker-thread calls return fresh data; the properties and
 * {@code apply*} belong to the JavaFX thread.
 */
public final class ApplicationsViewModel {
    private final AppServices services;
    private final ObservableList<ApplicationView> all = FXCollections.observableArrayList();
    private final FilteredList<ApplicationView> visible = new FilteredList<>(all);
    private final ObjectProperty<Details> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationStatus> nextStatus = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");

    /** Everything the detail pane shows about one application. */
    public record Details(ApplicationView view, List<ChecklistItem> checklist, List<AgendaItem> agenda,
                          AgendaService.Flags flags, Map<Long, List<SentDocument>> sent,
                          List<org.sillage.domain.Contact> contacts, List<org.sillage.domain.Note> notes,
                          org.sillage.domain.Labels labels) {
        public long id() {
            return view.application().id();
        }
    }

    public ApplicationsViewModel(AppServices services) {
        this.services = services;
        query.addListener((obs, old, q) -> visible.setPredicate(a -> matches(a, q)));
    }

    private static boolean matches(ApplicationView a, String q) {
        return q == null || q.isBlank()
                || Texts.matchesAllWords(Texts.fold(a.title() + " " + a.organization()), q);
    }

    /** The list and the flags (expired, follow-up due) of each application, by id. */
    public record Snapshot(List<ApplicationView> applications, Map<Long, AgendaService.Flags> flags) {
    }

    private Map<Long, AgendaService.Flags> flags = Map.of();

    /** Worker thread. */
    public Snapshot load() {
        return new Snapshot(services.applications().list(), services.agenda().flagsOfAll());
    }

    /** Whether the last loaded list holds this application (it is gone when its posting was deleted). */
    public boolean exists(long applicationId) {
        return all.stream().anyMatch(a -> a.application().id() == applicationId);
    }

    /** One application's line of the list, with its flags. */
    public record Row(ApplicationView view, AgendaService.Flags flags) {
    }

    /** Worker thread: one application's line, read again. */
    public Row loadRow(long id) {
        ApplicationView view = services.applications().get(id);
        return new Row(view, services.agenda().flags(services.agenda().forApplication(id), view.application().status()));
    }

    /** JavaFX thread: replaces the line of that application, where it is listed. */
    public void replaceRow(Row row) {
        long id = row.view().application().id();
        Map<Long, AgendaService.Flags> f = new java.util.HashMap<>(flags);
        f.put(id, row.flags());
        flags = f;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).application().id() == id) {
                all.set(i, row.view());
                return;
            }
        }
    }

    public AgendaService.Flags flagsOf(long applicationId) {
        return flags.getOrDefault(applicationId, new AgendaService.Flags(false, false));
    }

    /** Worker thread. */
    public Details loadDetails(long id) {
        ApplicationView view = services.applications().get(id);
        List<AgendaItem> agenda = services.agenda().forApplication(id);
        return new Details(view, services.documents().checklist(id), agenda,
                services.agenda().flags(agenda, view.application().status()), services.applications().sentDocuments(id),
                services.contacts().forApplication(id), services.notes().forApplication(id),
                services.labels().ofApplication(id));
    }

    /** Worker thread: the required documents not yet ready, which a move to Applied warns about. */
    public List<ChecklistItem> missing(long id) {
        return services.documents().missing(id);
    }

    /** Worker thread: applies the chosen status and note. */
    public Details changeStatus(long id, ApplicationStatus to, String note, java.time.LocalDate on) {
        services.applications().changeStatus(id, to, note, on);
        return loadDetails(id);
    }

    /** Worker thread. */
    public Details undo(long changeId, long applicationId) {
        services.applications().undo(changeId);
        return loadDetails(applicationId);
    }

    public AppServices services() {
        return services;
    }

    public void apply(Snapshot snapshot) {
        this.flags = snapshot.flags();
        all.setAll(snapshot.applications());
    }

    /** JavaFX thread: shows a freshly loaded application and resets the form. */
    public void show(Details details) {
        selected.set(details);
        nextStatus.set(null);
        note.set("");
    }

    /** Whether the form holds a status change that can be applied. */
    public boolean canApply() {
        return selected.get() != null && nextStatus.get() != null
                && nextStatus.get() != selected.get().view().application().status();
    }

    public ObservableList<ApplicationView> visible() {
        return visible;
    }

    public ObjectProperty<Details> selected() {
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
