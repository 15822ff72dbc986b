package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.service.AppServices;

/** Settings → Password protection: the checks of the dialog, then the folder encrypted and opened again. */
class ProtectionWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @BeforeAll
    static void quickKeys() {
        System.setProperty("sillage.kdf.iterations", "1000");
    }

    @AfterAll
    static void usualKeys() {
        System.clearProperty("sillage.kdf.iterations");
    }

    @BeforeEach
    void start() throws Exception {
        openOnSamples(data, s -> { });
    }

    @AfterEach
    void stop() throws Exception {
        services = shell.services(); // protecting reopened the folder
        closeWindow();
    }

    private void fill(String id, String text) {
        robot.interact(() -> ((PasswordField) node(id)).setText(text));
    }

    @Test
    void protecting_checks_the_password_then_encrypts_and_reopens_the_folder() throws Exception {
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
        robot.interact(() -> ((Button) node("protectionButton")).fire());
        waitUntil(() -> robot.lookup("#protectionDialog").tryQuery().isPresent());
        Label status = node("protectStatus");

        fill("protectNew", "short");
        fill("protectAgain", "short");
        robot.interact(() -> ((Button) node("protectEnable")).fire());
        assertThat(status.getText()).contains("at least 8 characters");

        fill("protectNew", "a long secret phrase");
        fill("protectAgain", "a long secret phrase!");
        robot.interact(() -> ((Button) node("protectEnable")).fire());
        assertThat(status.getText()).contains("differ");
        assertThat(AppServices.isProtected(data)).isFalse();

        fill("protectAgain", "a long secret phrase");
        robot.interact(() -> ((Button) node("protectEnable")).fire());
        waitUntil(() -> shell.services() != services && shell.services().key().isProtected());
        ListView<?> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 5);
        assertThat(AppServices.isProtected(data)).isTrue();
        assertThat(new String(Files.readAllBytes(data.resolve("sillage.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Lille");
        assertThat(robot.lookup("#settingsDialog").tryQuery()).isEmpty();
    }
}
