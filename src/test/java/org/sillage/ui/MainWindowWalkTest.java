package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.PostingSummary;
import org.sillage.domain.StatusChange;
import org.sillage.service.AppServices;
import org.sillage.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first walk a newcomer takes, headless: load the samples, track one, change its status twice with
 * a note, restart on the same data folder, and find the status and history intact.
 */
class MainWindowWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.FRENCH);

    @TempDir
    Path data;

    private void start() throws Exception {
        openWindow(data, null);
    }

    private void stop() throws Exception {
        closeWindow();
    }

    @AfterEach
    void cleanup() throws Exception {
        if (services != null) {
            stop();
        }
    }

    @Test
    void load_samples_track_change_status_twice_and_find_it_all_after_a_restart() throws Exception {
        start();
        // once the (empty) list has been read: not before, while the rows may still be on their way
        waitUntil(() -> robot.lookup("#emptyState").queryAs(javafx.scene.Node.class).isVisible());

        robot.clickOn("#loadSamples");
        ListView<PostingSummary> postings = node("postingList");
        // "5 imported" is said only once the five are listed
        Label said = node("statusMessage");
        waitUntil(() -> said.getText().startsWith("5"));
        assertThat(postings.getItems()).hasSize(5);

        robot.interact(() -> postings.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#postingDetail").queryAs(javafx.scene.Node.class).isVisible());
        robot.clickOn("#trackButton");

        // tracking runs in the background (it also asks whether the organisation was applied to before, and
        // commits the search index, ADR 0020): the screen comes a moment later
        waitUntil(() -> robot.lookup("#applicationList").tryQuery().isPresent());
        ListView<ApplicationView> applications = node("applicationList");
        waitUntil(() -> applications.getItems().size() == 1);
        Label status = node("statusLabel");
        waitUntil(() -> "À postuler".equals(status.getText()));

        ComboBox<ApplicationStatus> choice = node("statusChoice");
        robot.interact(() -> choice.setValue(ApplicationStatus.APPLIED));
        robot.clickOn("#noteField").write("CV et lettre envoyés");
        robot.clickOn("#applyStatus");
        // the posting asks for documents not marked ready: Sillage warns, and the user goes on anyway
        waitUntil(() -> robot.lookup("#missingDocumentsDialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Envoyée".equals(status.getText()));

        robot.interact(() -> choice.setValue(ApplicationStatus.INTERVIEW));
        robot.clickOn("#noteField").write("Entretien mardi").type(KeyCode.ENTER);
        waitUntil(() -> "Entretien".equals(status.getText()));

        stop();
        start();

        show("navApplications");
        ListView<ApplicationView> reopened = node("applicationList");
        waitUntil(() -> reopened.getItems().size() == 1);
        robot.interact(() -> reopened.getSelectionModel().select(0));
        Label statusAfter = node("statusLabel");
        waitUntil(() -> "Entretien".equals(statusAfter.getText()));
        ListView<StatusChange> timeline = node("timeline");
        assertThat(timeline.getItems()).extracting(StatusChange::to)
                .containsExactly(ApplicationStatus.INTERVIEW, ApplicationStatus.APPLIED, ApplicationStatus.SAVED);
        assertThat(timeline.getItems()).extracting(StatusChange::note)
                .containsExactly("Entretien mardi", "CV et lettre envoyés", null);

        show("navPostings");
        ListView<PostingSummary> postingsAfter = node("postingList");
        waitUntil(() -> postingsAfter.getItems().size() == 5);
        assertThat(postingsAfter.getItems()).hasSize(5);
        assertThat(postingsAfter.getItems()).filteredOn(PostingSummary::isTracked).singleElement()
                .extracting(PostingSummary::status).isEqualTo(ApplicationStatus.INTERVIEW);
    }

    @Test
    void undo_from_the_timeline_restores_the_previous_status() throws Exception {
        start();
        robot.clickOn("#loadSamples");
        ListView<PostingSummary> postings = node("postingList");
        waitUntil(() -> postings.getItems().size() == 5);
        robot.interact(() -> postings.getSelectionModel().select(2));
        waitUntil(() -> robot.lookup("#postingDetail").queryAs(javafx.scene.Node.class).isVisible());
        robot.clickOn("#trackButton");
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        Label status = node("statusLabel");
        waitUntil(() -> "À postuler".equals(status.getText()));
        ComboBox<ApplicationStatus> choice = node("statusChoice");
        robot.interact(() -> choice.setValue(ApplicationStatus.PREPARING));
        robot.clickOn("#applyStatus");
        waitUntil(() -> "En préparation".equals(status.getText()));
        // the cleared drop-down shows its prompt again
        assertThat(((javafx.scene.control.ListCell<?>) choice.getButtonCell()).getText()).isEqualTo("Nouveau statut");
        robot.interact(() -> choice.setValue(ApplicationStatus.APPLIED));
        robot.clickOn("#applyStatus");
        waitUntil(() -> robot.lookup("#missingDocumentsDialog").tryQuery().isPresent() || "Envoyée".equals(status.getText()));
        if (robot.lookup("#missingDocumentsDialog").tryQuery().isPresent()) {
            robot.type(KeyCode.ENTER);
        }
        waitUntil(() -> "Envoyée".equals(status.getText()));

        // only the latest change offers Undo
        assertThat(robot.lookup(".undo-button").queryAll()).hasSize(1);
        robot.clickOn(".undo-button");
        waitUntil(() -> "En préparation".equals(status.getText()));
        ListView<StatusChange> timeline = node("timeline");
        assertThat(timeline.getItems().get(0).isUndone()).isTrue();
        robot.clickOn(".undo-button");
        waitUntil(() -> "À postuler".equals(status.getText()));
        waitUntil(() -> robot.lookup(".undo-button").queryAll().isEmpty());
    }

    @Test
    void search_finds_postings_whatever_their_accents() throws Exception {
        start();
        robot.clickOn("#loadSamples");
        ListView<PostingSummary> postings = node("postingList");
        waitUntil(() -> postings.getItems().size() == 5);
        robot.interact(() -> postings.getItems().stream().filter(p -> p.title().startsWith("Head of"))
                .findFirst().ifPresent(p -> postings.getSelectionModel().select(p)));
        waitUntil(() -> robot.lookup("#postingDetail").queryAs(javafx.scene.Node.class).isVisible());
        robot.clickOn("#searchField").write("cooperation oujda");
        waitUntil(() -> postings.getItems().size() == 1);
        assertThat(postings.getItems().get(0).title()).contains("coopération");
        // the posting shown before no longer matches: its detail goes
        waitUntil(() -> !robot.lookup("#postingDetail").queryAs(javafx.scene.Node.class).isVisible());
    }

    /**
     * What the start reads besides the list (reminders, postings to read again, today's backup) waits for the
     * first list to be on screen, and runs once, not again when the fallback's few seconds are up (ADR 0063).
     */
    @Test
    void the_start_reads_the_rest_once_the_list_is_on_screen_and_only_once() throws Exception {
        start();
        robot.clickOn("#loadSamples");
        ListView<PostingSummary> postings = node("postingList");
        waitUntil(() -> postings.getItems().size() == 5);
        stop();

        services = AppServices.open(data);
        var layout = services.settings().windowLayout();
        java.util.List<Integer> rowsWhenRun = new java.util.concurrent.CopyOnWriteArrayList<>();
        FxToolkit.setupStage(stage -> {
            shell = new Shell(services, stage, Locale.FRENCH, layout);
            shell.show();
            // registered before the list's rows have come from the background
            assertThat(shell.window().postingsLoaded().get()).isFalse();
            ListView<PostingSummary> list = (ListView<PostingSummary>) stage.getScene().lookup("#postingList");
            shell.window().afterStart(() -> rowsWhenRun.add(list.getItems().size()));
        });
        waitUntil(() -> !rowsWhenRun.isEmpty());
        assertThat(rowsWhenRun).containsExactly(5);
        // the board's, the dashboard's and the agenda's first reads, once, a little after (not before the list)
        assertThat(shell.window().screensWarmed()).isFalse();
        waitUntil(() -> shell.window().screensWarmed());
        // the fallback (5 s after the window) finds it done
        Thread.sleep(5_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsWhenRun).containsExactly(5);
    }
}
