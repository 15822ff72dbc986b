package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.service.FolderKey;
import org.sillage.service.ProgressListener;
import org.sillage.service.ProtectionService;

/**
 * What the window asks before it can open a folder: the password of a protected one (a wrong one said in the
 * dialog, the right one opening it), and the newest backup of one whose database cannot be read.
 */
class StartDialogsTest extends FxWalk {
    private static final String PASSWORD = "a long secret phrase";
    private static Locale before;

    @TempDir
    Path data;

    private final AtomicReference<OpenedFolder> opened = new AtomicReference<>();
    private final AtomicReference<String> ended = new AtomicReference<>();

    @BeforeAll
    static void toolkit() throws Exception {
        before = toolkitIn(Locale.ENGLISH);
        System.setProperty("sillage.kdf.iterations", "1000");
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(before);
        System.clearProperty("sillage.kdf.iterations");
    }

    @AfterEach
    void close() {
        if (opened.get() != null) {
            opened.get().services().close();
        }
    }

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    private UnlockDialog.Outcome outcome() {
        return new UnlockDialog.Outcome() {
            @Override
            public void opened(OpenedFolder folder) {
                opened.set(folder);
            }

            @Override
            public void damaged(FolderKey key) {
                ended.set("damaged");
            }

            @Override
            public void failed(UserException error) {
                ended.set(error.key());
            }

            @Override
            public void quit() {
                ended.set("quit");
            }
        };
    }

    private void samplesIn(Path folder, boolean backup) {
        try (AppServices s = AppServices.open(folder)) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            if (backup) {
                s.backups().backupNow();
            }
        }
    }

    private Button button(String paneId, ButtonBar.ButtonData kind) {
        DialogPane pane = node(paneId);
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == kind).findFirst().orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    @Test
    void a_wrong_password_is_said_in_the_dialog_and_the_right_one_opens_the_folder() throws Exception {
        samplesIn(data, false);
        ProtectionService.enable(data, PASSWORD.toCharArray());
        robot.interact(() -> UnlockDialog.show(data, messages, outcome()));
        waitUntil(() -> robot.lookup("#unlockDialog").tryQuery().isPresent());

        robot.interact(() -> ((PasswordField) node("unlockPassword")).setText("not the password"));
        robot.interact(() -> button("unlockDialog", ButtonBar.ButtonData.OK_DONE).fire());
        Label status = node("unlockStatus");
        waitUntil(() -> status.getText().equals(messages.get("error.password.wrong")));
        assertThat(((PasswordField) node("unlockPassword")).getText()).isEmpty();
        assertThat(opened.get()).isNull();
        assertThat(ended.get()).isNull();

        robot.interact(() -> ((PasswordField) node("unlockPassword")).setText(PASSWORD));
        robot.interact(() -> button("unlockDialog", ButtonBar.ButtonData.OK_DONE).fire());
        waitUntil(() -> opened.get() != null);
        assertThat(opened.get().services().postings().list()).hasSize(5);
        assertThat(robot.lookup("#unlockDialog").tryQuery()).isEmpty();
        assertThat(ended.get()).isNull();
    }

    @Test
    void quitting_the_password_dialog_opens_nothing() throws Exception {
        samplesIn(data, false);
        ProtectionService.enable(data, PASSWORD.toCharArray());
        robot.interact(() -> UnlockDialog.show(data, messages, outcome()));
        waitUntil(() -> robot.lookup("#unlockDialog").tryQuery().isPresent());
        robot.interact(() -> button("unlockDialog", ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        waitUntil(() -> "quit".equals(ended.get()));
        assertThat(opened.get()).isNull();
    }

    @Test
    void a_damaged_database_is_offered_its_newest_backup_and_opens_restored() throws Exception {
        samplesIn(data, true);
        damage(data);
        Platform.runLater(() -> DamagedFolderOffer.show(data, FolderKey.NONE, messages, () -> ended.set("restoring"), opened::set,
                e -> ended.set(e.key()), () -> ended.set("quit")));
        waitUntil(() -> robot.lookup("#damagedOffer").tryQuery().isPresent());
        assertThat(((Label) node("damagedText")).getText()).contains(data.toString()).contains("backup");
        assertThat(cutTexts()).isEmpty();
        robot.interact(() -> button("damagedOffer", ButtonBar.ButtonData.OK_DONE).fire());
        waitUntil(() -> opened.get() != null);
        assertThat(opened.get().services().postings().list()).hasSize(5);
        assertThat(ended.get()).isEqualTo("restoring");
    }

    @Test
    void the_offer_is_read_whole_in_french() throws Exception {
        samplesIn(data, true);
        damage(data);
        Messages french = Messages.forLocale(Locale.FRENCH);
        Platform.runLater(() -> DamagedFolderOffer.show(data, FolderKey.NONE, french, () -> ended.set("restoring"), opened::set,
                e -> ended.set(e.key()), () -> ended.set("quit")));
        waitUntil(() -> robot.lookup("#damagedOffer").tryQuery().isPresent());
        assertThat(cutTexts()).isEmpty();
        robot.interact(() -> button("damagedOffer", ButtonBar.ButtonData.CANCEL_CLOSE).fire());
        waitUntil(() -> "quit".equals(ended.get()));
    }

    /** The texts of the shown windows that end in an ellipsis they do not have: cut to fit. */
    private List<String> cutTexts() throws Exception {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    for (Node n : w.getScene().getRoot().lookupAll(".text")) {
                        if (n instanceof Text t && t.getParent() instanceof Labeled l && l.getText() != null
                                && !t.getText().equals(l.getText()) && t.getText().endsWith(l.getEllipsisString())) {
                            cut.add(l.getText() + " shown as " + t.getText());
                        }
                    }
                }
            }
        });
        return cut;
    }

    @Test
    void a_damaged_database_with_no_backup_is_said_and_nothing_opens() throws Exception {
        samplesIn(data, false);
        damage(data);
        Platform.runLater(() -> DamagedFolderOffer.show(data, FolderKey.NONE, messages, () -> ended.set("restoring"), opened::set,
                e -> ended.set(e.key()), () -> ended.set("quit")));
        waitUntil(() -> robot.lookup("#damagedNoBackup").tryQuery().isPresent());
        assertThat(((Label) node("damagedText")).getText()).isEqualTo(messages.get("startup.damaged.none", data));
        DialogPane pane = node("damagedNoBackup");
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        waitUntil(() -> "quit".equals(ended.get()));
        assertThat(opened.get()).isNull();
    }

    private static void damage(Path folder) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("sillage.mv.db").toFile(), "rw")) {
            byte[] junk = new byte[(int) f.length()];
            new java.util.Random(1).nextBytes(junk);
            f.seek(0);
            f.write(junk);
        }
    }
}
