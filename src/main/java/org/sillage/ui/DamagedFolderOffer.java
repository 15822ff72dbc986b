package org.sillage.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.BackupService;
import org.sillage.service.FolderKey;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.common.Formats;

/**
 * The database cannot be read at start: the newest backup is offered. Restoring keeps the damaged database aside;
 * the work runs off the JavaFX thread, then the folder is handed on, open. With no backup, the person is told so.
 */
final class DamagedFolderOffer {
    private DamagedFolderOffer() {
    }

    /**
     * Asks (and waits for the answer, as start-up does), then restores in the background: {@code restoring} runs
     * as it starts (no dialog shows while it works). {@code quit} runs when there is no backup or the person declines.
     */
    static void show(Path folder, FolderKey key, Messages messages, Runnable restoring, Consumer<OpenedFolder> restored,
                     Consumer<UserException> failed, Runnable quit) {
        var latest = BackupService.latest(folder);
        if (latest.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "", Dialogs.close(messages));
            alert.setTitle(messages.get("app.name"));
            alert.setHeaderText(messages.get("startup.damaged.title"));
            alert.getDialogPane().setId("damagedNoBackup");
            Dialogs.wrappedText(alert, "damagedText", messages.get("startup.damaged.none", folder));
            alert.showAndWait();
            quit.run();
            return;
        }
        Path backup = latest.get();
        String when;
        try {
            when = new Formats(messages).dateTime(Files.getLastModifiedTime(backup).toInstant());
        } catch (java.io.IOException e) {
            when = backup.getFileName().toString();
        }
        ButtonType restore = new ButtonType(messages.get("startup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType decline = new ButtonType(messages.get("startup.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, decline);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("startup.damaged.title"));
        alert.getDialogPane().setId("damagedOffer");
        Dialogs.wrappedText(alert, "damagedText", messages.get("startup.damaged.offer", folder, when));
        if (alert.showAndWait().filter(b -> b == restore).isEmpty()) {
            quit.run();
            return;
        }
        restoring.run();
        CompletableFuture.supplyAsync(() -> {
            BackupService.restore(folder, backup, key);
            return OpenedFolder.open(folder, key);
        }).whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                failed.accept(OpenedFolder.why(error));
            } else {
                restored.accept(opened);
            }
        }));
    }
}
