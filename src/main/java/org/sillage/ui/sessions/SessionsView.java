package org.sillage.ui.sessions;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
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
    private final SessionActions actionRows;
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
        list.setCellFactory(v -> new SessionCell(ctx));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null && (vm.editing().get() == null || vm.editing().get().id() != s.id())) {
                BackgroundTask.wrap(c -> vm.open(s.id())).onSuccess(vm::edit)
                        .onFailure(ex -> Errors.show(ctx.window().get(), ex, m)).run(ctx.executor());
            }
        });

        DateFields.install(day, m.locale());
        day.setId("sessionDate");
        day.valueProperty().bindBidirectional(vm.day());
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
        actionRows = new SessionActions(ctx, vm);
        Button addAction = new Button(m.get("sessions.action.add"), new FontIcon(Feather.PLUS));
        addAction.setId("addAction");
        addAction.setOnAction(e -> vm.addAction());

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

    private void save() {
        var m = ctx.messages();
        SessionsViewModel.Save s;
        try {
            // a date typed but not yet committed with Enter counts; one that is no date is said
            for (DatePicker p : actionRows.datePickers(day)) {
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

}
