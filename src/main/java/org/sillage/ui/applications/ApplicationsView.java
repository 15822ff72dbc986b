package org.sillage.ui.applications;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.StatusChange;
import org.sillage.ui.applications.ApplicationsViewModel.Details;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The applications screen: the list, and the selected application's status, timeline, documents and events. */
public final class ApplicationsView extends SplitPane {
    private final UiContext ctx;
    private final ApplicationsViewModel vm;
    private final ListView<ApplicationView> list = new ListView<>();
    private final ListView<StatusChange> timeline = new ListView<>();
    private final Label title = new Label();
    private final Label organization = new Label();
    private final Label status = new Label();
    private final HBox flags = new HBox(6);
    private final ChecklistPane checklist;
    private final EventsPane events;
    private final EmailActions email;
    private final ContactsPane contacts;
    private final NotesPane notes;
    private final org.sillage.ui.labels.LabelsModel labels = new org.sillage.ui.labels.LabelsModel();
    private final TabPane tabs = new TabPane();
    private javafx.scene.control.DatePicker statusDate;

    public ApplicationsView(UiContext ctx, ApplicationsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("applicationsView");
        var m = ctx.messages();
        this.checklist = new ChecklistPane(ctx, this::open);
        this.events = new EventsPane(ctx, this::open);
        this.email = new EmailActions(ctx);
        this.contacts = new ContactsPane(ctx, new ContactsViewModel(ctx.services().contacts()));
        this.notes = new NotesPane(ctx, new NotesViewModel(ctx.services().notes()));
        email.titleFrom(() -> vm.selected().get() == null ? null : vm.selected().get().view().title());

        list.setId("applicationList");
        list.setAccessibleText(m.get("nav.applications"));
        list.setItems(vm.visible());
        list.setPlaceholder(placeholder(m.get("applications.empty")));
        list.setCellFactory(v -> new ApplicationCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null && (vm.selected().get() == null || vm.selected().get().id() != a.application().id())) {
                open(a.application().id());
            }
        });

        title.setId("applicationTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        organization.getStyleClass().add("text-muted");
        status.setId("statusLabel");
        status.getStyleClass().add("status-badge");
        flags.setId("applicationFlags");

        Button prepareEmail = new Button(m.get("application.prepare_email"), new FontIcon(Feather.MAIL));
        prepareEmail.setId("prepareEmail");
        prepareEmail.setOnAction(e -> email.prepare(vm.selected().get().id()));
        Button exportIcs = new Button(m.get("calendar.export_one"), new FontIcon(Feather.CALENDAR));
        exportIcs.setId("exportApplicationIcs");
        exportIcs.setOnAction(e -> email.exportCalendar(vm.selected().get().id()));
        Button openPosting = new Button(m.get("application.open_posting"), new FontIcon(Feather.FILE_TEXT));
        openPosting.setId("openPosting");
        openPosting.setOnAction(e -> ctx.navigator().showPostings(vm.selected().get().view().application().postingId()));
        Button remove = new Button(m.get("application.remove"), new FontIcon(Feather.X_CIRCLE));
        remove.setId("removeApplication");
        remove.getStyleClass().addAll("danger", "flat");
        remove.setOnAction(e -> removeSelected());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, prepareEmail, exportIcs, openPosting, remove);
        for (Button b : List.of(prepareEmail, exportIcs, openPosting, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox statusRow = new HBox(10, new Label(m.get("application.status")), status, flags, grow);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        timeline.setId("timeline");
        timeline.setAccessibleText(m.get("application.timeline"));
        timeline.setCellFactory(v -> new TimelineCell(ctx, this::undo,
                () -> vm.selected().get() == null ? java.util.Map.of() : vm.selected().get().sent(),
                c -> vm.selected().get() != null && org.sillage.service.ApplicationService.isLatest(
                        vm.selected().get().view().history(), c)));
        VBox timelineBox = new VBox(10, statusForm(), timeline);
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

        var labelsBar = new org.sillage.ui.labels.LabelsBar(ctx, labels, new org.sillage.ui.labels.LabelsModel.Source() {
            @Override
            public org.sillage.domain.Labels setPriority(long id, int priority) {
                return ctx.services().labels().setApplicationPriority(id, priority);
            }

            @Override
            public org.sillage.domain.Labels setTags(long id, List<String> tags) {
                return ctx.services().labels().setApplicationTags(id, tags);
            }
        }, "application");
        VBox detail = new VBox(10, title, organization, statusRow, labelsBar, actions, tabs);
        detail.setPadding(new Insets(16));
        detail.setId("applicationDetail");
        Label hint = placeholder(m.get("applications.select_hint"));
        StackPane right = new StackPane(hint, detail);
        detail.visibleProperty().bind(vm.selected().isNotNull());
        hint.visibleProperty().bind(vm.selected().isNull());

        StackPane left = new StackPane(list);
        left.setMinWidth(200);
        right.setMinWidth(320);
        getItems().addAll(left, right);
        ctx.dividers().remember("applications", this, 0.34);
        vm.selected().addListener((obs, old, a) -> show(a));
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private HBox statusForm() {
        var m = ctx.messages();
        ComboBox<ApplicationStatus> choice = new ComboBox<>();
        choice.setId("statusChoice");
        choice.getItems().setAll(ApplicationStatus.values());
        choice.setPromptText(m.get("application.new_status"));
        // a combo box cleared after use forgets its prompt; this cell keeps it
        choice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ApplicationStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? m.get("application.new_status") : m.get(s.messageKey()));
            }
        });
        choice.setConverter(Converters.showing(s -> m.get(s.messageKey())));
        choice.valueProperty().bindBidirectional(vm.nextStatus());
        javafx.scene.control.DatePicker on = new javafx.scene.control.DatePicker();
        on.setId("statusDate");
        org.sillage.ui.common.DateFields.install(on, m.locale());
        on.setPromptText(m.get("application.status_today"));
        on.setTooltip(new javafx.scene.control.Tooltip(m.get("application.status_date")));
        on.setAccessibleText(m.get("application.status_date"));
        on.setPrefWidth(140);
        statusDate = on;
        TextField note = new TextField();
        note.setId("noteField");
        note.setPromptText(m.get("application.note_prompt"));
        note.textProperty().bindBidirectional(vm.note());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button apply = new Button(m.get("application.apply_status"));
        apply.setId("applyStatus");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canApply(), vm.nextStatus(), vm.selected()));
        apply.setOnAction(e -> applyStatus());
        note.setOnAction(e -> {
            if (vm.canApply()) {
                applyStatus();
            }
        });
        HBox form = new HBox(8, choice, on, note, apply);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private static Label placeholder(String text) {
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
        BackgroundTask.wrap(c -> vm.load()).onSuccess(apps -> {
            vm.apply(apps);
            Long id = select != null ? select : vm.selected().get() == null ? null : vm.selected().get().id();
            list.refresh();
            if (id != null && vm.exists(id)) {
                vm.visible().stream().filter(a -> a.application().id() == id).findFirst().ifPresent(a -> {
                    list.getSelectionModel().select(a);
                    list.scrollTo(a);
                });
                open(id);
            } else {
                list.getSelectionModel().clearSelection();
                vm.selected().set(null);
            }
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** Reads one application's row again (after its status changed) and redraws it in the list. */
    public void refreshRow(long applicationId) {
        BackgroundTask.wrap(c -> vm.loadRow(applicationId)).onSuccess(row -> {
            ApplicationView shown = list.getSelectionModel().getSelectedItem();
            vm.replaceRow(row);
            if (shown != null && shown.application().id() == applicationId) {
                list.getSelectionModel().select(row.view());
            }
            list.refresh();
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** Stops following the application, after naming what goes; the posting stays. */
    private void removeSelected() {
        Details d = vm.selected().get();
        if (d == null) {
            return;
        }
        var m = ctx.messages();
        long id = d.id();
        BackgroundTask.wrap(c -> ctx.services().applications().removal(id)).onSuccess(r -> {
            String text = m.get("application.remove_text", m.get(r.status().messageKey()), r.changes(), r.events(),
                    r.documents());
            String header = m.get("application.remove_header",
                    d.view().title() == null ? m.get("posting.untitled") : d.view().title());
            if (!org.sillage.ui.common.Dialogs.confirmDestructive(ctx.window().get(), m, "removeApplicationConfirm",
                    header, text, m.get("application.remove"))) {
                return;
            }
            BackgroundTask.wrap(c -> {
                ctx.services().applications().remove(id);
                return null;
            }).onSuccess(v -> {
                list.getSelectionModel().clearSelection();
                vm.selected().set(null);
                ctx.taskBar().say(m.get("application.removed"));
                ctx.navigator().dataChanged();
                list.requestFocus();
            }).onFailure(this::fail).run(ctx.executor());
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** Exports the calendar of one application, or of all when null, asking where to save it. */
    @FunctionalInterface
    public interface CalendarExport {
        void export(Long applicationId);
    }

    public CalendarExport calendarExport() {
        return email::exportCalendar;
    }

    /** Shows one tab of the detail ("tabDocuments"...). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void open(long id) {
        BackgroundTask.wrap(c -> vm.loadDetails(id)).onSuccess(vm::show).onFailure(this::fail).run(ctx.executor());
    }

    /** Moving to Applied while required documents are not ready warns first; the user may go on. */
    private void applyStatus() {
        long id = vm.selected().get().id();
        ApplicationStatus to = vm.nextStatus().get();
        String note = vm.note().get();
        java.time.LocalDate on = org.sillage.ui.common.DateFields.typed(statusDate, ctx.messages().locale());
        if (to != ApplicationStatus.APPLIED) {
            doApply(id, to, note, on);
            return;
        }
        BackgroundTask.wrap(c -> vm.missing(id)).onSuccess(missing -> {
            if (missing.isEmpty() || confirmMissing(missing)) {
                doApply(id, to, note, on);
            }
        }).onFailure(this::fail).run(ctx.executor());
    }

    private boolean confirmMissing(List<ChecklistItem> missing) {
        var m = ctx.messages();
        String names = missing.stream().map(i -> "• " + DocumentNames.name(i, m)).collect(Collectors.joining("\n"));
        ButtonType anyway = new ButtonType(m.get("application.apply_anyway"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, m.get("application.missing_text", names), anyway,
                org.sillage.ui.common.Dialogs.cancel(m));
        alert.initOwner(ctx.window().get());
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(m.get("application.missing_header"));
        alert.getDialogPane().setId("missingDocumentsDialog");
        return alert.showAndWait().filter(b -> b == anyway).isPresent();
    }

    private void doApply(long id, ApplicationStatus to, String note, java.time.LocalDate on) {
        BackgroundTask.wrap(c -> vm.changeStatus(id, to, note, on)).onSuccess(details -> {
            vm.show(details);
            statusDate.setValue(null);
            statusDate.getEditor().clear();
            var m = ctx.messages();
            String said = m.get("application.status_changed", m.get(to.messageKey()));
            if (to == ApplicationStatus.APPLIED) {
                said += " " + details.agenda().stream()
                        .filter(i -> i.kind() == org.sillage.domain.EventKind.FOLLOW_UP && !i.done()).findFirst()
                        .map(i -> m.get("application.follow_up_proposed", ctx.formats().date(i.date()))).orElse("");
            }
            ctx.taskBar().say(said.strip());
            ctx.navigator().applicationChanged(details.id(), details.view().application().postingId());
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void undo(StatusChange change) {
        long appId = vm.selected().get().id();
        BackgroundTask.wrap(c -> vm.undo(change.id(), appId)).onSuccess(details -> {
            vm.show(details);
            ctx.taskBar().say(ctx.messages().get("application.undone"));
            ctx.navigator().applicationChanged(details.id(), details.view().application().postingId());
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
    }

    private void show(Details d) {
        if (d == null) {
            timeline.getItems().clear();
            return;
        }
        var m = ctx.messages();
        ApplicationView a = d.view();
        title.setText(a.title() == null ? m.get("posting.untitled") : a.title());
        organization.setText(a.organization() == null ? "" : a.organization());
        ApplicationStatus s = a.application().status();
        status.setText(m.get(s.messageKey()));
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
        status.getStyleClass().add("status-" + s.name().toLowerCase(Locale.ROOT));
        flags.getChildren().clear();
        if (d.flags().expired()) {
            flags.getChildren().add(flag("flagExpired", m.get("application.expired"), "flag-danger"));
        }
        if (d.flags().needsFollowUp()) {
            flags.getChildren().add(flag("flagFollowUp", m.get("application.needs_follow_up"), "flag-warning"));
        }
        var newestFirst = new java.util.ArrayList<>(a.history());
        java.util.Collections.reverse(newestFirst);
        timeline.getItems().setAll(newestFirst);
        checklist.show(d.id(), d.checklist());
        events.show(d.id(), d.agenda());
        contacts.show(d.id(), d.contacts());
        notes.show(d.id(), d.notes());
        labels.show(d.id(), d.labels());
    }

    private static Label flag(String id, String text, String style) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().addAll("flag", style);
        return l;
    }

    private final class ApplicationCell extends ListCell<ApplicationView> {
        ApplicationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ApplicationView a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            Label t = new Label(a.title() == null ? ctx.messages().get("posting.untitled") : a.title());
            t.getStyleClass().add("posting-title");
            Label org = new Label(a.organization() == null ? "" : a.organization());
            org.getStyleClass().add("text-muted");
            ApplicationStatus s = a.application().status();
            Label badge = new Label(ctx.messages().get(s.messageKey()));
            badge.getStyleClass().addAll("status-badge", "status-" + s.name().toLowerCase(Locale.ROOT));
            HBox badges = new HBox(6, badge);
            var f = vm.flagsOf(a.application().id());
            if (f.expired()) {
                badges.getChildren().add(flag(null, ctx.messages().get("application.expired"), "flag-danger"));
            }
            if (f.needsFollowUp()) {
                badges.getChildren().add(flag(null, ctx.messages().get("application.needs_follow_up"), "flag-warning"));
            }
            setGraphic(new VBox(2, t, org, badges));
        }
    }
}
