package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.domain.StatusChange;
import org.sillage.service.AppServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board, headless: a card dragged from Applied to Interview and the move undone from the bar; the same
 * move from the keyboard (Ctrl+→) on the selected card, and back (Ctrl+←).
 */
class BoardWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @AfterEach
    void cleanup() throws Exception {
        if (services != null) {
            closeWindow();
        }
    }

    /** Two applications, the first one sent. */
    private long[] twoApplications() {
        services = AppServices.open(data);
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            long posting = services.imports().importText((i == 0 ? "Comptable" : "Juriste")
                    + "\nCandidatures jusqu'au 20/05/2030.").postingId();
            ids[i] = services.applications().track(posting).applicationId();
        }
        services.applications().changeStatus(ids[0], ApplicationStatus.APPLIED, null);
        return ids;
    }

    /** A posting imported from {@code text} and tracked: its application's id. */
    private long tracked(String text) {
        return services.applications().track(services.imports().importText(text).postingId()).applicationId();
    }

    /** A column of the board, or null while the board is not built. */
    private ListView<BoardCard> column(ApplicationStatus s) {
        return robot.lookup("#boardList-" + s.name()).<ListView<BoardCard>>tryQuery().orElse(null);
    }

    private void showBoard() {
        show("navBoard");
    }

    private static boolean holds(ListView<BoardCard> list, long id) {
        return list != null && list.getItems().stream().anyMatch(c -> c.applicationId() == id);
    }

    private ApplicationStatus statusOf(long id) {
        return services.applications().get(id).application().status();
    }

    @Test
    void a_card_dragged_from_applied_to_interview_moves_and_the_move_is_undone_from_the_bar() throws Exception {
        long[] ids = twoApplications();
        openWindow(data, null);
        showBoard();
        waitUntil(() -> holds(column(ApplicationStatus.APPLIED), ids[0]));
        Label count = node("boardCount-APPLIED");
        assertThat(count.getText()).isEqualTo("Applied · 1");
        assertThat(robot.lookup("#boardNotice").queryAs(Node.class).isVisible()).isFalse();

        robot.drag("#card-" + ids[0], MouseButton.PRIMARY).dropTo("#boardList-INTERVIEW");
        waitUntil(() -> holds(column(ApplicationStatus.INTERVIEW), ids[0]));
        assertThat(holds(column(ApplicationStatus.APPLIED), ids[0])).isFalse();
        assertThat(statusOf(ids[0])).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(robot.lookup("#boardNotice").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#boardNoticeText").queryAs(Label.class).getText()).startsWith("Moved to Interview");

        robot.clickOn("#boardUndo");
        waitUntil(() -> holds(column(ApplicationStatus.APPLIED), ids[0]));
        assertThat(statusOf(ids[0])).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(services.applications().get(ids[0]).history()).filteredOn(StatusChange::isUndone)
                .extracting(StatusChange::to).containsExactly(ApplicationStatus.INTERVIEW);
        waitUntil(() -> !robot.lookup("#boardNotice").queryAs(Node.class).isVisible());
        // a card dropped on its own column stays where it is
        robot.drag("#card-" + ids[1], MouseButton.PRIMARY).dropTo("#boardList-SAVED");
        assertThat(statusOf(ids[1])).isEqualTo(ApplicationStatus.SAVED);
        // a move's notice belongs to the visit that made it: leaving and coming back, it is gone
        robot.drag("#card-" + ids[0], MouseButton.PRIMARY).dropTo("#boardList-INTERVIEW");
        waitUntil(() -> robot.lookup("#boardNotice").queryAs(Node.class).isVisible());
        show("navPostings");
        showBoard();
        waitUntil(() -> holds(column(ApplicationStatus.INTERVIEW), ids[0]));
        assertThat(robot.lookup("#boardNotice").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void a_column_scrolled_to_its_end_reads_its_next_cards() throws Exception {
        services = AppServices.open(data);
        int n = org.sillage.service.BoardService.PAGE + 5;
        for (int i = 0; i < n; i++) {
            tracked("Poste " + i + "\nCandidatures jusqu'au " + (1 + i % 28) + "/05/2030.");
        }
        openWindow(data, null);
        showBoard();
        ListView<BoardCard> saved = column(ApplicationStatus.SAVED);
        waitUntil(() -> saved.getItems().size() == org.sillage.service.BoardService.PAGE);
        assertThat(robot.lookup("#boardMore-SAVED").queryAs(Node.class).isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollBar bar = saved.lookupAll(".scroll-bar").stream()
                .filter(b -> b instanceof javafx.scene.control.ScrollBar sb
                        && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(javafx.scene.control.ScrollBar.class::cast).findFirst().orElseThrow();
        // not read before the person scrolls: the list measuring its cards does not count as reaching the end
        assertThat(saved.getItems()).hasSize(org.sillage.service.BoardService.PAGE);
        robot.interact(() -> bar.setValue(bar.getMax()));
        waitUntil(() -> saved.getItems().size() == n);
        waitUntil(() -> !robot.lookup("#boardMore-SAVED").queryAs(Node.class).isVisible());
    }

    @Test
    void coming_back_the_board_is_put_back_on_screen_with_its_new_cards_not_the_old_ones() throws Exception {
        long[] ids = twoApplications();
        openWindow(data, null);
        showBoard();
        waitUntil(() -> holds(column(ApplicationStatus.APPLIED), ids[0]));
        Node board = robot.lookup("#boardView").query();
        ListView<BoardCard> applied = column(ApplicationStatus.APPLIED);
        show("navPostings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.getScene()).isNull();
        // meanwhile the first one moves on, elsewhere
        services.applications().changeStatus(ids[0], ApplicationStatus.INTERVIEW, null);
        // what the columns hold at the moment the board is back in the window
        java.util.concurrent.atomic.AtomicReference<Boolean> staleWhenBack = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> board.sceneProperty().addListener((obs, was, now) -> {
            if (now != null && staleWhenBack.get() == null) {
                staleWhenBack.set(holds(applied, ids[0]));
            }
        }));
        showBoard();
        waitUntil(() -> holds(column(ApplicationStatus.INTERVIEW), ids[0]) && board.getScene() != null);
        assertThat(staleWhenBack.get()).isFalse();
    }

    @Test
    void the_selected_card_moves_from_the_keyboard_and_keeps_the_focus() throws Exception {
        long[] ids = twoApplications();
        openWindow(data, null);
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> holds(column(ApplicationStatus.SAVED), ids[1]));

        robot.clickOn("#card-" + ids[1]);
        shortcut(KeyCode.RIGHT);
        waitUntil(() -> holds(column(ApplicationStatus.PREPARING), ids[1]));
        assertThat(statusOf(ids[1])).isEqualTo(ApplicationStatus.PREPARING);
        waitUntil(() -> column(ApplicationStatus.PREPARING).isFocused());
        assertThat(column(ApplicationStatus.PREPARING).getSelectionModel().getSelectedItem().applicationId())
                .isEqualTo(ids[1]);

        // and straight back, still from the keyboard
        shortcut(KeyCode.LEFT);
        waitUntil(() -> holds(column(ApplicationStatus.SAVED), ids[1]));
        assertThat(statusOf(ids[1])).isEqualTo(ApplicationStatus.SAVED);
    }

    @Test
    void a_cards_badges_are_its_own_when_its_cell_is_reused() throws Exception {
        services = AppServices.open(data);
        long expired = tracked("Comptable\nCandidatures jusqu'au 20/05/2020.");
        long open = tracked("Juriste\nCandidatures jusqu'au 20/05/2099.");
        openWindow(data, null);
        showBoard();
        waitUntil(() -> holds(column(ApplicationStatus.SAVED), expired) && holds(column(ApplicationStatus.SAVED), open));
        waitUntil(() -> robot.lookup("#card-" + open).tryQuery().isPresent());
        Node badge = robot.lookup("#badge-expired-" + expired).query();
        assertThat(badge.isVisible()).isTrue();
        assertThat(((Label) badge).getText()).isEqualTo("Deadline passed");
        // the other card shows no badge at all
        Node card = robot.lookup("#card-" + open).query();
        assertThat(card.lookupAll(".flag")).filteredOn(Node::isVisible).isEmpty();
        assertThat(card.lookupAll(".board-card-title")).extracting(n -> ((Label) n).getText()).containsExactly("Juriste");
    }

    @Test
    void a_card_whose_title_wraps_on_many_lines_is_drawn_whole_in_its_cell() throws Exception {
        services = AppServices.open(data);
        long shortOne = tracked("Comptable\nCandidatures jusqu'au 20/05/2099.");
        long longOne = tracked("Chargé(e) de coopération Lille-Oujda Programme de coopération décentralisée et de"
                + " développement des partenariats territoriaux\nCandidatures jusqu'au 20/05/2099.");
        openWindow(data, null);
        showBoard();
        waitUntil(() -> robot.lookup("#card-" + shortOne).tryQuery().isPresent()
                && robot.lookup("#card-" + longOne).tryQuery().isPresent());
        for (long id : new long[] {shortOne, longOne}) {
            javafx.scene.control.ListCell<?> cell = robot.lookup("#card-" + id).queryAs(javafx.scene.control.ListCell.class);
            Node card = cell.getGraphic();
            // the card, title included, lies inside its cell: nothing is cut off at the top or the bottom
            assertThat(card.getBoundsInParent().getMinY()).isGreaterThanOrEqualTo(0);
            assertThat(card.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(cell.getHeight() + 0.5);
            Label title = (Label) card.lookup(".board-card-title");
            assertThat(title.getHeight()).isGreaterThanOrEqualTo(title.prefHeight(title.getWidth()) - 0.5);
        }
    }
}
