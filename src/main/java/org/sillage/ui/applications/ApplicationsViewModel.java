package org.sillage.ui.applications;

import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.SentDocument;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.service.AgendaService;
import org.sillage.service.AppServices;

/**
 * State of the applications screen. Worker-thread calls return fresh data; the properties and
 * {@code apply*} belong to the JavaFX thread.
 */
public final class ApplicationsViewModel {
    private final AppServices services;
    /** The rows read so far, newest first, of the applications the search keeps: a page at a time (ADR 0018). */
    private final ObservableList<ApplicationRow> all = FXCollections.observableArrayList();
    /** How many applications the search keeps, counted by the database. */
    private int total;
    private boolean loadingMore;
    /** Counts the reloads; a page read before the last one is dropped. */
    private int generation;
    private final int pageSize;
    /** Rows per page. */
    public static final int PAGE = 100;
    private final ObjectProperty<Details> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationStatus> nextStatus = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty nextText = new SimpleStringProperty("");
    private final ObjectProperty<java.time.LocalDate> nextOn = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty showArchived = new javafx.beans.property.SimpleBooleanProperty();

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
        this(services, PAGE);
    }

    ApplicationsViewModel(AppServices services, int pageSize) {
        this.services = services;
        this.pageSize = pageSize;
    }

    /** What the list is read for: the search's words, from which row, how many; and an application to show. */
    public record Request(String query, int offset, int size, Long wanted, int generation, boolean archived) {
        ApplicationFilter filter() {
            return ApplicationFilter.NONE.withWords(query).withArchived(archived);
        }
    }

    /**
     * What a request read: the rows, their flags (expired, follow-up due) by id, the count (-1 when not
     * asked), and whether the wanted application exists.
     */
    public record Snapshot(Request request, List<ApplicationRow> applications, Map<Long, AgendaService.Flags> flags,
                           int total, boolean wantedExists) {
    }

    private Map<Long, AgendaService.Flags> flags = Map.of();

    /** JavaFX thread: a reload of the first rows (as many as are shown, a page at least); {@code wanted} to be shown after. */
    public Request reload(Long wanted) {
        generation++;
        loadingMore = true;
        return new Request(query.get(), 0, Math.max(pageSize, all.size()), wanted, generation, showArchived.get());
    }

    /** Worker thread. */
    public Snapshot load(Request r) {
        List<ApplicationRow> rows = services.table().page(r.filter(), ApplicationSort.NEWEST, r.offset(), r.size());
        var found = services.agenda().flagsOf(rows.stream().map(ApplicationRow::applicationId).toList());
        int count = r.offset() == 0 ? services.table().count(r.filter()) : -1;
        boolean wanted = r.wanted() != null && (rows.stream().anyMatch(a -> a.applicationId() == r.wanted())
                || services.table().row(r.wanted()).isPresent());
        return new Snapshot(r, rows, found, count, wanted);
    }

    /** JavaFX thread: shows what was read, unless a later reload was asked for; false when dropped. */
    public boolean apply(Snapshot s) {
        if (s.request().generation() != generation) {
            return false;
        }
        loadingMore = false;
        Map<Long, AgendaService.Flags> f = s.request().offset() == 0 ? new java.util.HashMap<>() : new java.util.HashMap<>(flags);
        f.putAll(s.flags());
        if (s.request().offset() == 0) {
            flags = f;
            all.setAll(s.applications());
        } else if (s.request().offset() == all.size()) {
            flags = f;
            all.addAll(s.applications());
        }
        if (s.total() >= 0) {
            total = s.total();
        }
        return true;
    }

    /** JavaFX thread: whether rows beyond those read remain, and none is being read. */
    public boolean canLoadMore() {
        return !loadingMore && all.size() < total;
    }

    /** JavaFX thread: the next page, noted as asked for. */
    public Request startLoadingMore() {
        loadingMore = true;
        return new Request(query.get(), all.size(), pageSize, null, generation, showArchived.get());
    }

    /** JavaFX thread: a page that could not be read may be asked for again. */
    public void loadFailed() {
        loadingMore = false;
    }

    /** How many applications the search keeps. */
    public int total() {
        return total;
    }

    /** One application's line of the list, with its flags. */
    public record Row(ApplicationRow row, AgendaService.Flags flags) {
    }

    /** Worker thread: one application's line, read again (empty when it is gone). */
    public java.util.Optional<Row> loadRow(long id) {
        return services.table().row(id).map(row -> new Row(row,
                services.agenda().flags(services.agenda().forApplication(id), row.status())));
    }

    /** JavaFX thread: replaces the line of that application, where it is listed. */
    public void replaceRow(Row row) {
        long id = row.row().applicationId();
        Map<Long, AgendaService.Flags> f = new java.util.HashMap<>(flags);
        f.put(id, row.flags());
        flags = f;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).applicationId() == id) {
                all.set(i, row.row());
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
                services.agenda().flags(agenda, view.application()), services.applications().sentDocuments(id),
                services.contacts().forApplication(id), services.notes().forApplication(id),
                services.labels().ofApplication(id));
    }

    /** Worker thread: the required documents not yet ready, which a move to Applied warns about. */
    public List<ChecklistItem> missing(long id) {
        return services.documents().missing(id);
    }

    /** Worker thread: applies the chosen status and note, with the next action as the form holds it. */
    public Details changeStatus(long id, ApplicationStatus to, String note, java.time.LocalDate on,
                                org.sillage.domain.NextAction next) {
        services.applications().changeStatus(id, to, note, on, next);
        return loadDetails(id);
    }

    /** Worker thread: the next action a move to {@code to} proposes, for the form to offer. */
    public org.sillage.domain.NextAction proposal(long id, ApplicationStatus to) {
        return services.applications().proposeNextAction(id, to);
    }

    /** Worker thread: saves the next action alone. */
    public Details saveNextAction(long id, org.sillage.domain.NextAction next) {
        services.applications().setNextAction(id, next);
        return loadDetails(id);
    }

    /** Worker thread: archives, or unarchives an archived application. */
    public Details toggleArchived(long id) {
        if (services.applications().get(id).application().isArchived()) {
            services.applications().unarchive(id);
        } else {
            services.applications().archive(id);
        }
        return loadDetails(id);
    }

    /** Worker thread: no answer: a follow-up as the next action today. */
    public Details followUpNoAnswer(long id) {
        services.applications().followUpNoAnswer(id);
        return loadDetails(id);
    }

    /** Worker thread: no answer: closed as rejected. */
    public Details closeNoAnswer(long id) {
        services.applications().closeNoAnswer(id);
        return loadDetails(id);
    }

    /** The next action as the form holds it ({@link org.sillage.domain.NextAction#NONE} when its text is empty). */
    public org.sillage.domain.NextAction formNextAction() {
        return new org.sillage.domain.NextAction(nextText.get(), nextOn.get());
    }

    /** JavaFX thread: the form offers a proposal. */
    public void offer(org.sillage.domain.NextAction proposal) {
        nextText.set(proposal.text() == null ? "" : proposal.text());
        nextOn.set(proposal.on());
    }

    /** Worker thread. */
    public Details undo(long changeId, long applicationId) {
        services.applications().undo(changeId);
        return loadDetails(applicationId);
    }

    public AppServices services() {
        return services;
    }

    /** JavaFX thread: shows a freshly loaded application and resets the form. */
    public void show(Details details) {
        selected.set(details);
        nextStatus.set(null);
        note.set("");
        if (details != null) {
            offer(details.view().application().nextAction());
        }
    }

    public StringProperty nextText() {
        return nextText;
    }

    public ObjectProperty<java.time.LocalDate> nextOn() {
        return nextOn;
    }

    public javafx.beans.property.BooleanProperty showArchived() {
        return showArchived;
    }

    /** Whether the form holds a status change that can be applied. */
    public boolean canApply() {
        return selected.get() != null && nextStatus.get() != null
                && nextStatus.get() != selected.get().view().application().status();
    }

    public ObservableList<ApplicationRow> visible() {
        return all;
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
