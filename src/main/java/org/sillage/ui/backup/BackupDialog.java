package org.sillage.ui.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sillage.i18n.Messages;
import org.sillage.service.FileCheckService;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * Backups: the list of backups in the data folder, "Back up now", "Restore a backup…" (after a
 * confirmation whose default button is Cancel), and a check of the kept files, which backups do not copy.
 */
public final class BackupDialog {
    private final UiContext ctx;
    private final Consumer<Path> restorer;
    private final ListView<Path> list = new ListView<>();
    private final Label status = new Label();

    /** @param restorer puts a backup in place; it closes and reopens the data folder */
    public BackupDialog(UiContext ctx, Consumer<Path> restorer) {
        this.ctx = ctx;
        this.restorer = restorer;
    }

    public void show() {
        Messages m = ctx.messages();
        list.setId("backupList");
        list.setAccessibleText(m.get("backup.title"));
        list.setPrefSize(520, 260);
        list.setPlaceholder(new Label(m.get("backup.list.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        Button now = new Button(m.get("backup.now"));
        now.setId("backupNow");
        now.setOnAction(e -> backupNow());
        Button restore = new Button(m.get("backup.restore"));
        restore.setId("backupRestore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restore(list.getSelectionModel().getSelectedItem()));
        Button check = new Button(m.get("backup.check"));
        check.setId("backupCheck");
        check.setOnAction(e -> checkFiles());
        status.setId("backupStatus");
        status.setWrapText(true);
        status.setMaxWidth(520);
        VBox content = new VBox(10, list, new HBox(8, now, restore, check), status);
        content.setPadding(new Insets(12));

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(ctx.window().get());
        dialog.setTitle(m.get("backup.title"));
        dialog.getDialogPane().setId("backupDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        refresh();
        dialog.show();
    }

    private String describe(Path backup) {
        try {
            Instant at = Files.getLastModifiedTime(backup).toInstant();
            long kb = Files.size(backup) / 1024;
            return ctx.formats().dateTime(at) + "  ·  " + backup.getFileName() + "  ·  " + kb + " KB";
        } catch (java.io.IOException e) {
            return backup.getFileName().toString();
        }
    }

    private void refresh() {
        BackgroundTask.wrap(c -> ctx.services().backups().list())
                .onSuccess((List<Path> backups) -> list.getItems().setAll(backups))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                .run(ctx.executor());
    }

    private void backupNow() {
        Messages m = ctx.messages();
        var task = BackgroundTask.wrap(c -> ctx.services().backups().backupNow())
                .onSuccess(p -> {
                    status.setText(m.get("backup.done", p.getFileName()));
                    refresh();
                })
                .onFailure(e -> status.setText(Errors.describe(e, m)))
                .run(ctx.executor());
        ctx.taskBar().follow(task, m.get("backup.now"));
    }

    private void restore(Path backup) {
        Messages m = ctx.messages();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, m.get("backup.restore.confirm", describe(backup)));
        ButtonType go = new ButtonType(m.get("startup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        confirm.getButtonTypes().setAll(go, cancel);
        // the safe choice is the default one
        ((Button) confirm.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        confirm.initOwner(ctx.window().get());
        confirm.setTitle(m.get("backup.title"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("restoreConfirm");
        if (confirm.showAndWait().filter(b -> b == go).isPresent()) {
            list.getScene().getWindow().hide();
            restorer.accept(backup);
        }
    }

    private void checkFiles() {
        Messages m = ctx.messages();
        var task = BackgroundTask.wrap(c -> ctx.services().fileCheck().check(c, c::isCancelled))
                .onSuccess((List<FileCheckService.Problem> problems) -> status.setText(problems.isEmpty()
                        ? m.get("backup.check.ok")
                        : m.get("backup.check.problems", problems.size(), String.join(", ",
                        problems.stream().map(p -> p.file().displayName()).limit(10).toList()))))
                .onFailure(e -> status.setText(Errors.describe(e, m)))
                .run(ctx.executor());
        ctx.taskBar().follow(task, m.get("backup.check"));
    }
}
