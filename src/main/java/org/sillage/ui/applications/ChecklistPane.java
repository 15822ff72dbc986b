package org.sillage.ui.applications;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.DocumentState;
import org.sillage.domain.LibraryEntry;
import org.sillage.domain.StoredFileRef;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The documents an application needs: each item with its constraints, its state (To prepare → Ready →
 * Sent) and its files; items can be added and removed, files attached from disk or from the library.
 */
final class ChecklistPane extends VBox {
    private final UiContext ctx;
    private final Consumer<Long> reload;
    private final VBox items = new VBox(8);
    private long applicationId;

    ChecklistPane(UiContext ctx, Consumer<Long> reload) {
        this.ctx = ctx;
        this.reload = reload;
        setId("checklist");
        setSpacing(10);
        setPadding(new Insets(10, 0, 0, 0));
        var m = ctx.messages();
        TextField newItem = new TextField();
        newItem.setId("newDocumentField");
        newItem.setPromptText(m.get("checklist.add_prompt"));
        HBox.setHgrow(newItem, Priority.ALWAYS);
        Button add = new Button(m.get("checklist.add"), new FontIcon(Feather.PLUS));
        add.setId("addDocument");
        add.disableProperty().bind(newItem.textProperty().isEmpty());
        add.setOnAction(e -> {
            String label = newItem.getText();
            newItem.clear();
            work(() -> ctx.services().documents().addItem(applicationId, label, true));
        });
        newItem.setOnAction(e -> add.fire());
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, new HBox(8, newItem, add));
    }

    void show(long applicationId, List<ChecklistItem> checklist) {
        this.applicationId = applicationId;
        items.getChildren().clear();
        if (checklist.isEmpty()) {
            Label none = new Label(ctx.messages().get("checklist.empty"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            items.getChildren().add(none);
        }
        checklist.forEach(i -> items.getChildren().add(row(i)));
    }

    private VBox row(ChecklistItem item) {
        var m = ctx.messages();
        Label name = new Label(DocumentNames.name(item, m));
        name.getStyleClass().add("checklist-name");
        if (!item.required()) {
            name.setText(name.getText() + " (" + m.get("document.optional") + ")");
        }
        ChoiceBox<DocumentState> state = new ChoiceBox<>();
        state.setId("state-" + item.id());
        state.getItems().setAll(DocumentState.values());
        state.setConverter(Converters.showing(s -> m.get(s.messageKey())));
        state.setValue(item.state());
        state.getStyleClass().add("state-" + item.state().name().toLowerCase(Locale.ROOT));
        state.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != item.state()) {
                work(() -> ctx.services().documents().setState(item.id(), now));
            }
        });
        Button attach = new Button(m.get("checklist.attach"), new FontIcon(Feather.PAPERCLIP));
        attach.setId("attach-" + item.id());
        attach.getStyleClass().add("small");
        attach.setOnAction(e -> chooseFile(item));
        Button reuse = new Button(m.get("checklist.reuse"), new FontIcon(Feather.BOOK));
        reuse.setId("reuse-" + item.id());
        reuse.getStyleClass().add("small");
        reuse.setOnAction(e -> chooseFromLibrary(item));
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId("remove-" + item.id());
        remove.getStyleClass().addAll("flat", "small");
        remove.setTooltip(new Tooltip(m.get("checklist.remove")));
        remove.setOnAction(e -> work(() -> {
            ctx.services().documents().removeItem(item.id());
            return null;
        }));
        // the name wraps and the row grows with it; the buttons keep their words
        name.setWrapText(true);
        name.setMinWidth(90);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        for (var control : List.of(state, attach, reuse, remove)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        // on a narrow window the controls go under the name rather than off the edge
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 6, name, state, attach, reuse, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinHeight(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, top);
        box.getStyleClass().addAll("checklist-item", "state-" + item.state().name().toLowerCase(Locale.ROOT));
        box.setId("item-" + item.id());
        String constraints = DocumentNames.constraints(item);
        if (!constraints.isEmpty()) {
            Label c = new Label(constraints);
            c.getStyleClass().add("text-muted");
            c.setWrapText(true);
            box.getChildren().add(c);
        }
        for (StoredFileRef f : item.files()) {
            box.getChildren().add(fileRow(item, f));
        }
        return box;
    }

    private HBox fileRow(ChecklistItem item, StoredFileRef f) {
        var m = ctx.messages();
        Label name = new Label(f.displayName(), new FontIcon(Feather.FILE));
        name.setTooltip(new Tooltip("sha-256 " + f.sha256()));
        Button open = new Button(m.get("checklist.open"));
        open.getStyleClass().addAll("flat", "small");
        open.setOnAction(e -> BackgroundTask.wrap(c -> ctx.services().documents().viewable(f))
                .onSuccess(path -> ctx.opener().open(path, p -> ctx.taskBar().say(m.get("system.cannot_open", p))))
                .onFailure(this::fail).run(ctx.executor()));
        Button detach = new Button(m.get("checklist.detach"));
        detach.getStyleClass().addAll("flat", "small");
        detach.setOnAction(e -> work(() -> ctx.services().documents().detach(item.id(), f.id())));
        HBox row = new HBox(8, name, open, detach);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 0, 0, 16));
        return row;
    }

    private void chooseFile(ChecklistItem item) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.messages().get("checklist.attach"));
        File file = chooser.showOpenDialog(ctx.window().get());
        if (file != null) {
            work(() -> ctx.services().documents().attach(item.id(), file.toPath()));
        }
    }

    private void chooseFromLibrary(ChecklistItem item) {
        BackgroundTask.wrap(c -> ctx.services().documents().library()).onSuccess(library -> {
            if (library.isEmpty()) {
                ctx.taskBar().say(ctx.messages().get("library.empty"));
                return;
            }
            java.util.Map<String, LibraryEntry> byLabel = new java.util.LinkedHashMap<>();
            for (LibraryEntry entry : library) {
                byLabel.put(ctx.messages().get("library.entry", entry.file().displayName(), entry.applicationCount()), entry);
            }
            List<String> labels = List.copyOf(byLabel.keySet());
            ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
            dialog.initOwner(ctx.window().get());
            dialog.setTitle(ctx.messages().get("checklist.reuse"));
            dialog.setHeaderText(ctx.messages().get("checklist.reuse_header"));
            dialog.showAndWait().map(byLabel::get).ifPresent(entry ->
                    work(() -> ctx.services().documents().attachStored(item.id(), entry.file().id())));
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void work(java.util.concurrent.Callable<?> action) {
        BackgroundTask.wrap(c -> action.call()).onSuccess(v -> reload.accept(applicationId))
                .onFailure(this::fail).run(ctx.executor());
    }

    private void fail(Throwable e) {
        Errors.show(ctx.window().get(), e, ctx.messages());
        reload.accept(applicationId);
    }
}
