package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window by keyboard only: shortcuts, arrows in the menu, and a name for every control Tab reaches. */
class KeyboardWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @BeforeEach
    void start() throws Exception {
        openOnSamples(data, s -> s.applications().track(s.postings().list().get(0).id()));
    }

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    private Node focused() {
        return node("mainWindow").getScene().getFocusOwner();
    }

    @Test
    void shortcuts_and_arrows_move_between_screens_and_to_the_search() throws Exception {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#applicationsView").tryQuery().map(Node::isVisible).orElse(false));
        // the menu's order: postings, applications, board, table, agenda, dashboard, documents
        robot.type(KeyCode.DOWN, 3);
        waitUntil(() -> robot.lookup("#agendaView").tryQuery().map(Node::isVisible).orElse(false));
        robot.type(KeyCode.UP, 4);
        waitUntil(() -> robot.lookup("#postingsView").tryQuery().map(Node::isVisible).orElse(false));

        // Ctrl+F opens the one search over every screen; Esc closes it
        shortcut(KeyCode.F);
        waitUntil(() -> robot.lookup("#globalSearchField").tryQuery().map(Node::isFocused).orElse(false));
        TextField search = node("globalSearchField");
        robot.interact(() -> search.setText("lille"));
        waitUntil(() -> search.getText().equals("lille"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> search.getScene().getWindow() == null || !search.getScene().getWindow().isShowing());
    }

    @Test
    void every_control_tab_reaches_has_a_name_for_screen_readers() throws Exception {
        ListView<?> list = node("postingList");
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#postingDetail").queryAs(Node.class).isVisible());
        Set<String> nameless = new LinkedHashSet<>();
        walk(nameless);
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        robot.interact(() -> ((ListView<?>) node("applicationList")).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        walk(nameless);
        shortcut(KeyCode.DIGIT5);
        waitUntil(() -> robot.lookup("#agendaView").tryQuery().isPresent());
        walk(nameless);
        robot.clickOn("#agendaMonth");
        walk(nameless);
        shortcut(KeyCode.DIGIT7);
        WaitForAsyncUtils.waitForFxEvents();
        walk(nameless);
        assertThat(nameless).isEmpty();
    }

    @Test
    void every_control_of_the_settings_and_backups_dialogs_has_a_name_for_screen_readers() throws Exception {
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
        Set<String> nameless = new LinkedHashSet<>();
        walkDialog("#settingsDialog", nameless);
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#backupsButton").query()).fire());
        waitUntil(() -> robot.lookup("#backupDialog").tryQuery().isPresent());
        walkDialog("#backupDialog", nameless);
        assertThat(nameless).isEmpty();
    }

    private void walkDialog(String id, Set<String> nameless) {
        javafx.scene.Scene scene = robot.lookup(id).queryAs(Node.class).getScene();
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node n = scene.getFocusOwner();
            if (n != null && (n.getAccessibleText() == null || n.getAccessibleText().isBlank())) {
                nameless.add(id + " " + n.getClass().getSimpleName() + "#" + n.getId() + " " + n.getStyleClass());
            }
        }
    }

    private void walk(Set<String> nameless) {
        robot.interact(() -> {
            node("navPostings").getScene().getWindow().requestFocus();
            node("navPostings").getScene().getRoot().requestFocus();
        });
        Node first = null;
        for (int i = 0; i < 60; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node n = focused();
            if (n != null && n == first) {
                break; // round the whole window once: Tab came back to where it began
            }
            if (first == null) {
                first = n;
            }
            if (n != null && (n.getAccessibleText() == null || n.getAccessibleText().isBlank())) {
                nameless.add(n.getClass().getSimpleName() + "#" + n.getId() + " " + n.getStyleClass());
            }
        }
    }
}
