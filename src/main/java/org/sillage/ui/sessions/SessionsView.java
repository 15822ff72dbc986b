package org.sillage.ui.sessions;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.DateFields;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The current seeker's one-on-one sessions (ADR 0024): the list, newest first, and a form that records or
 * changes a session with its actions; actions already saved are ticked done or cancelled at once. "Report
 * (PDF)…" writes the session report.
 */
public final class SessionsView extends BorderPane {
    private final UiContext ctx;
    private final SessionsViewModel vm;
    private final Label title = new Label();
    private final ListView<SupportSession> list = new ListView<>();
    private final DatePicker day = new DatePicker();
    private final VBox actionRows = new VBox(12);
    private final List<DatePicker> pickers = new java.util.ArrayList<>();
    private final Label problem = new Label();
    private final Button delete;
    /** Where a report goes: a save dialog, or what a test gives. */
    private Function<String, Path> reportTarget = this::chooseFile;

    public SessionsView(UiContext ctx, SessionsViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        var m = ctx.messages();
        setId("sessionsView");
        title.setId("sessionsTitle");
        title.getStyleClass().add("title-3");
        Button newSession = new Button(m.get("sessions.new"), new FontIcon(Feather.PLUS));
        newSession.setId("newSession");
        newSession.setOnAction(e -> vm.startNew(ctx.services().sessions().today()));
        Button report = new Button(m.get("sessions.report"), new FontIcon(Feather.PRINTER));
        report.setId("sessionReport");
        report.setTooltip(new Tooltip(m.get("sessions.report.hint")));
        report.setOnAction(e -> writeReport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : List.of(newSession, report)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(8, title, spacer, newSession, report);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        list.setId("sessionList");
        list.setItems(vm.sessions());
        list.setPlaceholder(wrapped(m.get("sessions.empty")));
        list.setCellFactory(v -> new SessionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && (vm.editing().get() == null || vm.editing().get().id() != s.id())) {
                BackgroundTask.wrap(c -> vm.open(s.id())).onSuccess(vm::edit)
                        .onFailure(ex -> Errors.show(ctx.window().get(), ex, m)).run(ctx.executor());
            }
        });

        DateFields.install(day, m.locale());
        day.setId("sessionDate");
        day.valueProperty().bindBidirectional(vm.day());
        pickers.add(day);
        TextField duration = new TextField();
        duration.setId("sessionDuration");
        duration.setPromptText("45");
        duration.setPrefColumnCount(5);
        duration.textProperty().bindBidirectional(vm.duration());
        TextArea reviewed = area("sessionReviewed", 2, null);
        reviewed.textProperty().bindBidirectional(vm.reviewed());
        TextArea decisions = area("sessionDecisions", 3, null);
        decisions.textProperty().bindBidirectional(vm.decisions());
        TextArea notes = area("sessionNotes", 3, null);
        notes.setPromptText(m.get("sessions.notes.hint"));
        notes.textProperty().bindBidirectional(vm.notes());
        Label minutes = new Label(m.get("sessions.duration"));
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        duration.setMinWidth(Region.USE_PREF_SIZE);
        day.setPrefWidth(160);
        HBox when = new HBox(8, day, minutes, duration);
        when.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("sessions.date")), when);
        form.addRow(1, new Label(m.get("sessions.reviewed")), reviewed);
        form.addRow(2, new Label(m.get("sessions.decisions")), decisions);
        form.addRow(3, new Label(m.get("sessions.notes")), notes);
        var grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // the labels stay whole on a small screen
        form.getColumnConstraints().addAll(labels, grow);

        Label actionsTitle = new Label(m.get("sessions.actions"));
        actionsTitle.getStyleClass().add("title-4");
        actionRows.setId("sessionActions");
        Button addAction = new Button(m.get("sessions.action.add"), new FontIcon(Feather.PLUS));
        addAction.setId("addAction");
        addAction.setOnAction(e -> vm.addAction());
        vm.actions().addListener((javafx.collections.ListChangeListener<SessionsViewModel.ActionRow>) c -> rebuildActions());

        Button save = new Button(m.get("sessions.save"), new FontIcon(Feather.CHECK));
        save.setId("saveSession");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        delete = new Button(m.get("sessions.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("deleteSession");
        delete.disableProperty().bind(vm.editing().isNull());
        delete.setOnAction(e -> delete());
        problem.setId("sessionProblem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        HBox buttons = new HBox(8, save, delete, problem);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox editor = new VBox(10, form, actionsTitle, actionRows, addAction, buttons);
        editor.setId("sessionForm");
        editor.setPadding(new Insets(8, 16, 16, 8));
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        BorderPane.setMargin(split, new Insets(0, 16, 16, 16));
        setCenter(split);
        vm.editing().addListener((obs, old, s) -> {
            problem.setText("");
            if (s == null) {
                list.getSelectionModel().clearSelection();
            }
        });
    }

    private static TextArea area(String id, int rows, String text) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    /** Reads the current seeker's sessions again. */
    public void reload() {
        BackgroundTask.wrap(c -> vm.load()).onSuccess(s -> {
            vm.apply(s);
            String person = SessionsViewModel.personShown(s);
            title.setText(person == null ? ctx.messages().get("nav.sessions")
                    : ctx.messages().get("sessions.title_for", person));
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    /** For tests: where the next reports go instead of a save dialog. */
    public void reportTo(Function<String, Path> target) {
        this.reportTarget = target;
    }

    private void rebuildActions() {
        pickers.retainAll(List.of(day));
        actionRows.getChildren().clear();
        int i = 0;
        for (SessionsViewModel.ActionRow row : vm.actions()) {
            actionRows.getChildren().add(actionRow(row, i++));
        }
    }

    private VBox actionRow(SessionsViewModel.ActionRow row, int i) {
        var m = ctx.messages();
        TextField what = new TextField();
        what.setId("actionWhat-" + i);
        what.setPromptText(m.get("sessions.action.what"));
        what.textProperty().bindBidirectional(row.what());
        ChoiceBox<SupportAction.Owner> who = new ChoiceBox<>();
        who.setId("actionWho-" + i);
        who.getItems().setAll(SupportAction.Owner.values());
        who.setConverter(converter(o -> m.get(o.messageKey())));
        who.valueProperty().bindBidirectional(row.owner());
        DatePicker due = new DatePicker();
        DateFields.install(due, m.locale());
        due.setId("actionDue-" + i);
        due.valueProperty().bindBidirectional(row.due());
        pickers.add(due);
        ChoiceBox<SupportAction.State> state = new ChoiceBox<>();
        state.setId("actionState-" + i);
        state.getItems().setAll(SupportAction.State.values());
        state.setConverter(converter(s -> m.get(s.messageKey())));
        state.setValue(row.state().get());
        state.setDisable(!row.saved());
        state.setTooltip(new Tooltip(m.get(row.saved() ? "sessions.action.state" : "sessions.action.state_unsaved")));
        row.state().addListener((obs, old, s) -> state.setValue(s));
        state.setOnAction(e -> {
            if (state.getValue() != null && state.getValue() != row.state().get()) {
                BackgroundTask.wrap(c -> vm.setState(row.id(), state.getValue())).onSuccess(a -> {
                    vm.applyState(a);
                    ctx.navigator().dataChanged();
                }).onFailure(ex -> {
                    state.setValue(row.state().get());
                    Errors.show(ctx.window().get(), ex, m);
                }).run(ctx.executor());
            }
        });
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId("actionRemove-" + i);
        remove.setTooltip(new Tooltip(m.get("sessions.action.remove")));
        remove.setOnAction(e -> vm.removeAction(row));
        who.setPrefWidth(140);
        state.setPrefWidth(120);
        due.setPrefWidth(150);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox details = new HBox(6, who, due, state, gap, remove);
        details.setAlignment(Pos.CENTER_LEFT);
        VBox action = new VBox(4, what, details);
        action.getStyleClass().add("session-action");
        return action;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void save() {
        var m = ctx.messages();
        SessionsViewModel.Save s;
        try {
            // a date typed but not yet committed with Enter counts; one that is no date is said
            for (DatePicker p : pickers) {
                p.setValue(org.sillage.domain.DateTimeInput.parseDate(p.getEditor().getText(), m.locale()));
            }
            s = vm.toSave();
        } catch (UserException e) {
            problem.setText(m.translate(e));
            return;
        }
        BackgroundTask.wrap(c -> vm.save(s)).onSuccess(saved -> {
            vm.applySaved(saved);
            list.getSelectionModel().select(saved.session().session());
            ctx.taskBar().say(m.get("sessions.saved"));
            ctx.navigator().dataChanged();
        }).onFailure(e -> problem.setText(Errors.describe(e, m))).run(ctx.executor());
    }

    private void delete() {
        var m = ctx.messages();
        SupportSession s = vm.editing().get();
        if (s == null || !Dialogs.confirmDestructive(ctx.window().get(), m, "deleteSessionDialog",
                m.get("sessions.delete.header", ctx.formats().date(s.heldOn())), m.get("sessions.delete.text"),
                m.get("sessions.delete"))) {
            return;
        }
        BackgroundTask.wrap(c -> vm.delete(s.id())).onSuccess(rest -> {
            vm.applyDeleted(rest, ctx.services().sessions().today());
            ctx.navigator().dataChanged();
        }).onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
    }

    private void writeReport() {
        var m = ctx.messages();
        SupportSession s = vm.editing().get();
        var person = vm.seeker().get();
        String name = SessionsViewModel.fileName(m.get("sessions.report.file"), person == null ? null
                : person.displayName(), s == null ? ctx.services().sessions().today() : s.heldOn());
        Path file = reportTarget.apply(name);
        if (file == null) {
            return;
        }
        Long id = s == null ? null : s.id();
        var task = BackgroundTask.wrap(c -> vm.report(id, file))
                .onSuccess(r -> ctx.taskBar().say(m.get("sessions.report.done", file)))
                .onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
        ctx.taskBar().follow(task, m.get("sessions.report.writing"));
    }

    private Path chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.messages().get("sessions.report"));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showSaveDialog(ctx.window().get());
        return f == null ? null : f.toPath();
    }

    /** A line of the list: the day and the length, then the first words of the decisions. */
    private final class SessionCell extends ListCell<SupportSession> {
        private final Label when = new Label();
        private final Label what = new Label();
        private final VBox box = new VBox(2, when, what);

        SessionCell() {
            when.getStyleClass().add("text-bold");
            what.getStyleClass().add("text-muted");
            setPrefWidth(0); // the list's width, never a horizontal scroll: long decisions end with "…"
        }

        @Override
        protected void updateItem(SupportSession s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            when.setText(ctx.formats().date(s.heldOn()) + (s.durationMinutes() == null ? ""
                    : " · " + ctx.messages().get("sessions.minutes", s.durationMinutes())));
            what.setText(s.decisions() == null ? "" : s.decisions().lines().findFirst().orElse(""));
            what.setVisible(s.decisions() != null);
            what.setManaged(s.decisions() != null);
            setGraphic(box);
            setAccessibleText(when.getText() + ", " + what.getText());
        }
    }
}
