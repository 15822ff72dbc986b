package org.sillage.ui.applications;

import java.util.Collections;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sillage.domain.StatusChange;
import org.sillage.service.ApplicationService;
import org.sillage.ui.applications.ApplicationsViewModel.Details;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.shell.UiContext;

/** The applications screen: the list, and the selected application's status, timeline, documents and events. */
public final class ApplicationsView extends SplitPane {
    /** The height the detail's tabs keep however low the window: the status form, the next action and a few changes. */
    private static final double TABS_MIN_HEIGHT = 380;

    private final UiContext ctx;
    private final ApplicationsViewModel vm;
    private final ShownApplication shown;
    private final ApplicationList list;
    private final ApplicationHeader header;
    private final ListView<StatusChange> timeline = new ListView<>();
    private final ChecklistPane checklist;
    private final EventsPane events;
    private final ContactsPane contacts;
    private final NotesPane notes;
    private final TabPane tabs = new TabPane();

    public ApplicationsView(UiContext ctx, ApplicationsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("applicationsView");
        var m = ctx.messages();
        shown = new ShownApplication(ctx, vm);
        list = new ApplicationList(ctx, vm, shown);
        header = new ApplicationHeader(ctx, vm, shown, list::removed);
        checklist = new ChecklistPane(ctx, shown::open);
        events = new EventsPane(ctx, shown::open);
        contacts = new ContactsPane(ctx, new ContactsViewModel(ctx.services().contacts()));
        notes = new NotesPane(ctx, new NotesViewModel(ctx.services().notes()));
        // the search field's words are looked for by the database (title and organisation)
        vm.query().addListener((obs, old, q) -> {
            if (getScene() != null) {
                reload(null);
            }
        });

        timeline.setId("timeline");
        timeline.setAccessibleText(m.get("application.timeline"));
        timeline.setCellFactory(v -> new TimelineCell(ctx, this::undo,
                () -> vm.selected().get() == null ? Map.of() : vm.selected().get().sent(),
                c -> vm.selected().get() != null && ApplicationService.isLatest(vm.selected().get().view().history(), c)));
        VBox timelineBox = new VBox(10, new StatusForm(ctx, vm, shown), timeline);
        timelineBox.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        tabs.setId("applicationTabs");
        tabs.setAccessibleText(m.get("application.details"));
        tabs.getTabs().addAll(tab("tabTimeline", m.get("application.timeline"), timelineBox),
                tab("tabDocuments", m.get("application.documents"), checklist),
                tab("tabEvents", m.get("application.events"), events),
                tab("tabContacts", m.get("application.contacts"), contacts),
                tab("tabNotes", m.get("application.notes"), notes));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // in a low window (800 x 600 with reminders shown) the header took all the height and the tabs had none:
        // the tabs keep room enough for their forms, and the pane scrolls
        tabs.setMinHeight(TABS_MIN_HEIGHT);

        VBox detail = new VBox(10, header, tabs);
        detail.setPadding(new Insets(16));
        detail.setId("applicationDetail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setId("applicationDetailScroll");
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.getStyleClass().add("edge-to-edge");
        Label hint = placeholder(m.get("applications.select_hint"));
        StackPane right = new StackPane(hint, detailScroll);
        detailScroll.visibleProperty().bind(vm.selected().isNotNull());
        detail.visibleProperty().bind(vm.selected().isNotNull());
        hint.visibleProperty().bind(vm.selected().isNull());
        right.setMinWidth(320);
        getItems().addAll(list, right);
        ctx.dividers().remember("applications", this, 0.34);
        vm.selected().addListener((obs, old, a) -> show(a));
    }

    private static Tab tab(String id, String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setPadding(new Insets(16));
        return l;
    }

    /**
     * Reloads the list, then shows {@code select}, else the application shown before if it still exists;
     * an application that is gone (its posting deleted) leaves the detail empty rather than failing.
     */
    public void reload(Long select) {
        list.reload(select);
    }

    /** Reads one application's row again (after its status changed) and redraws it in the list. */
    public void refreshRow(long applicationId) {
        list.refreshRow(applicationId);
    }

    /** Exports the calendar of one application, or of all when null, asking where to save it. */
    @FunctionalInterface
    public interface CalendarExport {
        void export(Long applicationId);
    }

    public CalendarExport calendarExport() {
        return header.email()::exportCalendar;
    }

    /** Shows one tab of the detail ("tabDocuments"...). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void undo(StatusChange change) {
        long appId = vm.selected().get().id();
        BackgroundTask.wrap(c -> vm.undo(change.id(), appId)).onSuccess(details -> {
            vm.show(details);
            ctx.taskBar().say(ctx.messages().get("application.undone"));
            ctx.navigator().applicationChanged(details.id(), details.view().application().postingId());
        }).onFailure(shown::fail).run(ctx.executor());
    }

    private void show(Details d) {
        if (d == null) {
            timeline.getItems().clear();
            return;
        }
        header.show(d);
        var newestFirst = new java.util.ArrayList<>(d.view().history());
        Collections.reverse(newestFirst);
        timeline.getItems().setAll(newestFirst);
        checklist.show(d.id(), d.checklist());
        events.show(d.id(), d.agenda());
        contacts.show(d.id(), d.contacts());
        notes.show(d.id(), d.notes());
    }
}
