package org.sillage.ui.applications;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Note;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.DateFields;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** Free notes on an application, newest first; written below (Ctrl+Enter saves, Esc stops changing one). */
final class NotesPane extends VBox {
    private final UiContext ctx;
    private final NotesViewModel vm;
    private final VBox rows = new VBox(8);
    private final DatePicker day = new DatePicker();

    NotesPane(UiContext ctx, NotesViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("notes");
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 0));
        var m = ctx.messages();
        rows.setId("noteList");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        TextArea text = new TextArea();
        text.setId("noteText");
        text.setPromptText(m.get("note.prompt"));
        text.setAccessibleText(m.get("note.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.textProperty().bindBidirectional(vm.text());
        day.setId("noteDate");
        DateFields.install(day, m.locale());
        day.setPromptText(m.get("note.today"));
        day.setAccessibleText(m.get("note.date"));
        day.setTooltip(new javafx.scene.control.Tooltip(m.get("note.date")));
        day.setPrefWidth(150);
        day.valueProperty().bindBidirectional(vm.day());
        Button save = new Button();
        save.setId("saveNote");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.textProperty().bind(javafx.beans.binding.Bindings.when(vm.editing().isNull())
                .then(m.get("note.add")).otherwise(m.get("note.save")));
        save.disableProperty().bind(vm.canSave().not());
        save.setOnAction(e -> save());
        Button cancel = new Button(m.get("note.cancel"));
        cancel.setId("cancelNote");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(vm.editing().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.clearForm());
        var saveKey = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        text.setOnKeyPressed(e -> {
            if (saveKey.match(e) && vm.canSave().get()) {
                save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && vm.editing().get() != null) {
                vm.clearForm();
                e.consume();
            }
        });
        HBox buttons = new HBox(8, day, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scroll, text, buttons);
        vm.list().addListener((javafx.collections.ListChangeListener<Note>) c -> draw());
        draw();
    }

    void show(long applicationId, List<Note> notes) {
        vm.show(applicationId, notes);
    }

    private void draw() {
        var m = ctx.messages();
        rows.getChildren().clear();
        if (vm.list().isEmpty()) {
            Label none = new Label(m.get("note.empty"));
            none.getStyleClass().add("text-muted");
            rows.getChildren().add(none);
        }
        for (Note n : vm.list()) {
            Label when = new Label(ctx.formats().date(n.on()));
            when.getStyleClass().add("note-date");
            Label body = new Label(n.text());
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            body.setId("noteBody-" + n.id());
            VBox text = new VBox(2, when, body);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(120);
            Button edit = new Button(null, new FontIcon(Feather.EDIT_2));
            edit.getStyleClass().addAll("flat", "small");
            edit.setId("editNote-" + n.id());
            edit.setAccessibleText(m.get("note.edit"));
            edit.setOnAction(e -> vm.startEditing(n));
            Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
            delete.getStyleClass().addAll("flat", "small");
            delete.setId("deleteNote-" + n.id());
            delete.setAccessibleText(m.get("note.delete"));
            delete.setOnAction(e -> work(id -> vm.delete(id, n.id()), m.get("note.deleted")));
            HBox row = new HBox(8, text, edit, delete);
            row.setId("note-" + n.id());
            row.getStyleClass().add("note-row");
            rows.getChildren().add(row);
        }
    }

    private void save() {
        vm.day().set(DateFields.typed(day, ctx.messages().locale()));
        var s = vm.toSave();
        String said = ctx.messages().get(s.editing() == null ? "note.added" : "note.saved");
        BackgroundTask.wrap(c -> vm.save(s)).onSuccess(list -> {
            if (vm.applicationId() == s.applicationId()) {
                vm.clearForm();
                vm.show(s.applicationId(), list);
            }
            ctx.taskBar().say(said);
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private void work(java.util.function.LongFunction<List<Note>> action, String said) {
        long id = vm.applicationId();
        BackgroundTask.wrap(c -> action.apply(id)).onSuccess(list -> {
            if (vm.applicationId() == id) {
                vm.show(id, list);
            }
            ctx.taskBar().say(said);
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }
}
