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
    private final ListView<org.sillage.domain.ApplicationRow> list = new ListView<>();
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
    private final Button archive = new Button();
    private javafx.scene.control.DatePicker statusDate;
    private javafx.scene.control.DatePicker nextDate;
    /** Whether the next action's date field is empty or a date (a status change saves it too). */
    private final javafx.beans.property.BooleanProperty nextDateOk = new javafx.beans.property.SimpleBooleanProperty(true);

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
            if (a != null && (vm.selected().get() == null || vm.selected().get().id() != a.applicationId())) {
                open(a.applicationId());
            }
        });
        // the search field's words are looked for by the database (title and organisation)
        vm.query().addListener((obs, old, q) -> {
            if (getScene() != null) {
                reload(null);
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
        archive.setId("archiveApplication");
        archive.setOnAction(e -> act(vm::toggleArchived, null));
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, prepareEmail, exportIcs, openPosting, archive, remove);
        for (Button b : List.of(prepareEmail, exportIcs, openPosting, archive, remove)) {
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
        VBox timelineBox = new VBox(10, statusForm(), nextActionForm(), timeline);
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
        // in a low window (800 x 600 with reminders shown) the header took all the height and the tabs had none:
        // the tabs keep room enough for their forms, and the pane scrolls
        tabs.setMinHeight(TABS_MIN_HEIGHT);
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setId("applicationDetailScroll");
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        detailScroll.getStyleClass().add("edge-to-edge");
        StackPane right = new StackPane(hint, detailScroll);
        detailScroll.visibleProperty().bind(vm.selected().isNotNull());
        detail.visibleProperty().bind(vm.selected().isNotNull());
        hint.visibleProperty().bind(vm.selected().isNull());

        javafx.scene.control.CheckBox showArchived = new javafx.scene.control.CheckBox(m.get("applications.show_archived"));
        showArchived.setId("showArchived");
        showArchived.selectedProperty().bindBidirectional(vm.showArchived());
        showArchived.setOnAction(e -> reload(null));
        showArchived.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(showArchived, list);
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

    private javafx.scene.layout.VBox statusForm() {
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
        on.setMinWidth(DATE_MIN_WIDTH);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        statusDate = on;
        TextField note = new TextField();
        note.setId("noteField");
        note.setPromptText(m.get("application.note_prompt"));
        note.textProperty().bindBidirectional(vm.note());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button apply = new Button(m.get("application.apply_status"));
        apply.setId("applyStatus");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.getStyleClass().add("accent");
        // a date that does not read is never replaced by today: the change waits until it is written right
        var dateOk = org.sillage.ui.common.DateFields.dateValid(on, m.locale());
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canApply() || !dateOk.get() || !nextDateOk.get(),
                vm.nextStatus(), vm.selected(), dateOk, nextDateOk));
        apply.setOnAction(e -> applyStatus());
        note.setOnAction(e -> {
            if (vm.canApply() && dateOk.get() && nextDateOk.get()) {
                applyStatus();
            }
        });
        // the status and its date on one line, the note and the button on the next: three controls and the button
        // on one line were cut in an 800 pixels wide window ("Ne…", "Chang…"), and so was the button after them
        HBox row = new HBox(8, choice, on);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox noteRow = new HBox(8, note, apply);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.Label problem = org.sillage.ui.common.DateFields.problem(on, m);
        problem.setId("statusDateProblem");
        return new javafx.scene.layout.VBox(8, row, problem, noteRow);
    }

    /** The height the detail's tabs keep however low the window: the status form, the next action and a few changes. */
    private static final double TABS_MIN_HEIGHT = 380;

    /** A date picker narrower than this cuts the date it shows ("12/15/20"). */
    private static final double DATE_MIN_WIDTH = 142;

    /**
     * The next action: what the application holds, replaced by the proposal of a status when one is chosen
     * above; applied with the status, or saved alone.
     */
    private VBox nextActionForm() {
        var m = ctx.messages();
        Label label = new Label(m.get("application.next_action"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField text = new TextField();
        text.setId("nextActionField");
        text.setPromptText(m.get("application.next_action_prompt"));
        text.setAccessibleText(m.get("application.next_action"));
        text.textProperty().bindBidirectional(vm.nextText());
        HBox.setHgrow(text, Priority.ALWAYS);
        nextDate = new javafx.scene.control.DatePicker();
        nextDate.setId("nextActionDate");
        org.sillage.ui.common.DateFields.install(nextDate, m.locale());
        nextDate.setAccessibleText(m.get("application.next_action_date"));
        nextDate.setTooltip(new javafx.scene.control.Tooltip(m.get("application.next_action_date")));
        nextDate.setPrefWidth(140);
        nextDate.setMinWidth(DATE_MIN_WIDTH);
        nextDate.valueProperty().bindBidirectional(vm.nextOn());
        Button save = new Button(m.get("application.save_next_action"));
        save.setId("saveNextAction");
        save.setMinWidth(Region.USE_PREF_SIZE);
        nextDateOk.bind(org.sillage.ui.common.DateFields.dateValid(nextDate, m.locale()));
        save.disableProperty().bind(nextDateOk.not());
        save.setOnAction(e -> {
            var next = formNextAction();
            act(id -> vm.saveNextAction(id, next), m.get("application.next_action_saved"));
        });
        vm.nextStatus().addListener((obs, old, to) -> {
            Details d = vm.selected().get();
            if (to != null && d != null && to != d.view().application().status()) {
                long id = d.id();
                BackgroundTask.wrap(c -> vm.proposal(id, to)).onSuccess(p -> {
                    if (to == vm.nextStatus().get()) {
                        vm.offer(p);
                    }
                }).onFailure(this::fail).run(ctx.executor());
            }
        });
        // the label above the fields: beside them it left the text a few letters in an 800 pixels wide window
        HBox form = new HBox(8, text, nextDate, save);
        form.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.Label problem = org.sillage.ui.common.DateFields.problem(nextDate, m);
        problem.setId("nextActionDateProblem");
        return new VBox(4, label, form, problem);
    }

    /** The next action as typed (a date typed but not yet committed counts). */
    private org.sillage.domain.NextAction formNextAction() {
        java.time.LocalDate typed = org.sillage.ui.common.DateFields.typed(nextDate, ctx.messages().locale());
        return new org.sillage.domain.NextAction(vm.nextText().get(), typed != null ? typed : vm.nextOn().get());
    }

    /** Runs a change to the shown application in the background, then shows it and says {@code said}. */
    private void act(java.util.function.LongFunction<Details> work, String said) {
        Details d = vm.selected().get();
        if (d == null) {
            return;
        }
        long id = d.id();
        boolean wasArchived = d.view().application().isArchived();
        BackgroundTask.wrap(c -> work.apply(id)).onSuccess(details -> {
            vm.show(details);
            boolean archivedNow = details.view().application().isArchived();
            if (said != null) {
                ctx.taskBar().say(said);
            } else if (archivedNow != wasArchived) {
                ctx.taskBar().say(ctx.messages().get(archivedNow ? "application.archived_done" : "application.unarchived"));
            }
            if (archivedNow != wasArchived) {
                ctx.navigator().dataChanged();
            } else {
                ctx.navigator().applicationChanged(id, details.view().application().postingId());
            }
        }).onFailure(this::fail).run(ctx.executor());
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
        Long id = select != null ? select : vm.selected().get() == null ? null : vm.selected().get().id();
        var asked = vm.reload(id);
        BackgroundTask.wrap(c -> vm.load(asked)).onSuccess(apps -> {
            if (!vm.apply(apps)) {
                return;
            }
            list.refresh();
            if (id != null && apps.wantedExists()) {
                vm.visible().stream().filter(a -> a.applicationId() == id).findFirst().ifPresentOrElse(a -> {
                    list.getSelectionModel().select(a);
                    list.scrollTo(a);
                }, () -> list.getSelectionModel().clearSelection());
                open(id);
            } else {
                list.getSelectionModel().clearSelection();
                vm.selected().set(null);
            }
        }).onFailure(this::fail).run(ctx.executor());
    }

    /** Reads the next page in the background when the list is scrolled near the end of what is read. */
    private void loadMoreNear(int index) {
        if (index < vm.visible().size() - 30 || !vm.canLoadMore()) {
            return;
        }
        var asked = vm.startLoadingMore();
        BackgroundTask.wrap(c -> vm.load(asked)).onSuccess(vm::apply).onFailure(this::fail).run(ctx.executor());
    }

    /** Reads one application's row again (after its status changed) and redraws it in the list. */
    public void refreshRow(long applicationId) {
        BackgroundTask.wrap(c -> vm.loadRow(applicationId)).onSuccess(found -> found.ifPresent(row -> {
            var shown = list.getSelectionModel().getSelectedItem();
            vm.replaceRow(row);
            if (shown != null && shown.applicationId() == applicationId) {
                list.getSelectionModel().select(row.row());
            }
            list.refresh();
        })).onFailure(this::fail).run(ctx.executor());
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
        var next = formNextAction();
        BackgroundTask.wrap(c -> vm.changeStatus(id, to, note, on, next)).onSuccess(details -> {
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
        vm.loadFailed();
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
        if (d.flags().noAnswer()) {
            Button followUp = new Button(m.get("application.no_answer_follow_up"));
            followUp.setId("noAnswerFollowUp");
            followUp.getStyleClass().add("small");
            followUp.setOnAction(e -> act(vm::followUpNoAnswer, m.get("application.follow_up_set")));
            Button close = new Button(m.get("application.no_answer_close"));
            close.setId("noAnswerClose");
            close.getStyleClass().add("small");
            close.setOnAction(e -> act(vm::closeNoAnswer, m.get("application.no_answer_closed")));
            flags.getChildren().addAll(flag("flagNoAnswer", m.get("application.no_answer"), "flag-warning"), followUp, close);
        }
        if (a.application().isArchived()) {
            flags.getChildren().add(flag("flagArchived", m.get("application.archived"), "flag-muted"));
        }
        boolean archived = a.application().isArchived();
        archive.setText(m.get(archived ? "application.unarchive" : "application.archive"));
        archive.setGraphic(new FontIcon(archived ? Feather.INBOX : Feather.ARCHIVE));
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

    private final class ApplicationCell extends ListCell<org.sillage.domain.ApplicationRow> {
        ApplicationCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(org.sillage.domain.ApplicationRow a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            loadMoreNear(getIndex());
            Label t = new Label(a.title() == null ? ctx.messages().get("posting.untitled") : a.title());
            t.getStyleClass().add("posting-title");
            Label org = new Label(a.organization() == null ? "" : a.organization());
            org.getStyleClass().add("text-muted");
            ApplicationStatus s = a.status();
            Label badge = new Label(ctx.messages().get(s.messageKey()));
            badge.getStyleClass().addAll("status-badge", "status-" + s.name().toLowerCase(Locale.ROOT));
            HBox badges = new HBox(6, badge);
            var f = vm.flagsOf(a.applicationId());
            if (f.expired()) {
                badges.getChildren().add(flag(null, ctx.messages().get("application.expired"), "flag-danger"));
            }
            if (f.needsFollowUp()) {
                badges.getChildren().add(flag(null, ctx.messages().get("application.needs_follow_up"), "flag-warning"));
            }
            if (f.noAnswer()) {
                badges.getChildren().add(flag(null, ctx.messages().get("application.no_answer"), "flag-warning"));
            }
            setGraphic(new VBox(2, t, org, badges));
        }
    }
}
