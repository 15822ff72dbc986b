package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings → Backups as a person uses them: back up now, lose a posting, put the backup back; the window reopens on
 * the folder as it was, and says so.
 */
class BackupWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @BeforeEach
    void start() throws Exception {
        openOnSamples(data, s -> { });
    }

    @AfterEach
    void stop() throws Exception {
        services = shell.services(); // restoring reopened the folder
        closeWindow();
    }

    @Test
    void a_backup_made_now_brings_back_a_posting_deleted_after_it() throws Exception {
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
        robot.interact(() -> ((Button) node("backupsButton")).fire());
        waitUntil(() -> robot.lookup("#backupDialog").tryQuery().isPresent());
        robot.interact(() -> ((Button) node("backupNow")).fire());
        ListView<?> backups = node("backupList");
        waitUntil(() -> backups.getItems().size() == 1);
        assertThat(((Label) node("backupStatus")).getText()).startsWith("Backed up");

        long first = services.postings().list().get(0).id();
        services.postings().delete(first);
        robot.interact(() -> shell.window().dataChanged());
        ListView<?> postings = node("postingList");
        waitUntil(() -> postings.getItems().size() == 4);

        robot.interact(() -> backups.getSelectionModel().select(0));
        Platform.runLater(() -> ((Button) node("backupRestore")).fire()); // the confirmation waits for its answer
        waitUntil(() -> robot.lookup("#restoreConfirm").tryQuery().isPresent());
        DialogPane confirm = node("restoreConfirm");
        Button cancel = (Button) confirm.lookupButton(confirm.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow());
        assertThat(cancel.isDefaultButton()).as("the safe choice is the default").isTrue();
        Button go = (Button) confirm.lookupButton(confirm.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        robot.interact(go::fire);

        waitUntil(() -> shell.services() != services);
        ListView<?> reopened = node("postingList");
        waitUntil(() -> reopened.getItems().size() == 5);
        assertThat(shell.services().postings().list()).extracting(p -> p.id()).contains(first);
        assertThat(robot.lookup("#backupDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settingsDialog").tryQuery()).isEmpty();
    }
}
