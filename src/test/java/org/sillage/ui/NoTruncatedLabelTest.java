package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280×800, in English and in French, no label, button or tab of any screen is cut short with "…"
 * (list lines and table cells, which show long posting titles on one line, excepted); nor at 800×600 on the
 * first screen, an application's timeline and the table's column titles.
 */
class NoTruncatedLabelTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    @SuppressWarnings("unchecked")
    void no_label_is_truncated_at_1280_by_800(String language) throws Exception {
        services = AppServices.open(data);
        services.settings().setLanguage(language);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        long posting = services.postings().list().stream().filter(p -> p.title().startsWith("Coordinateur(trice)"))
                .findFirst().orElseThrow().id();
        services.applications().track(posting);
        // a corrected deadline: its dialog offers to go back to what Sillage read
        services.postings().correct(posting, org.sillage.domain.Field.DEADLINE, "2021-03-01");
        openWindow(data, null);
        robot.interact(() -> {
            Stage stage = (Stage) node("mainWindow").getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        List<String> cut = new ArrayList<>();
        ListView<?> postings = node("postingList");
        waitUntil(() -> postings.getItems().size() == 5);
        for (int i = 0; i < 5; i++) {
            int index = i;
            robot.interact(() -> postings.getSelectionModel().select(index));
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
            collect("postings " + i, cut);
        }
        show("navApplications");
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        robot.interact(() -> ((ListView<?>) node("applicationList")).getSelectionModel().select(0));
        for (String tab : new String[] {"tabTimeline", "tabDocuments", "tabEvents"}) {
            robot.clickOn("#" + tab);
            WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
            collect(tab, cut);
        }
        show("navAgenda");
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        collect("agenda", cut);
        show("navDashboard");
        waitUntil(() -> robot.lookup("#dashboardResponseRate").tryQuery().isPresent());
        collect("dashboard", cut);
        show("navDocuments");
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        collect("documents", cut);
        show("navSessions");
        waitUntil(() -> robot.lookup("#sessionForm").tryQuery().isPresent());
        robot.clickOn("#addAction");
        collect("sessions", cut);
        show("navPostings");
        robot.interact(() -> postings.getItems().stream().filter(p -> p instanceof org.sillage.domain.PostingSummary s
                && s.id() == posting).findFirst().ifPresent(p -> ((ListView<Object>) postings).getSelectionModel().select(p)));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#edit-deadline");
        waitUntil(() -> robot.lookup("#fieldEditorReset").tryQuery().isPresent());
        collect("correction dialog", cut);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#settingsDialog").tryQuery().isPresent());
        collect("settings", cut);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(cut).as(language).isEmpty();
    }

    /** The smallest window Sillage supports: the first screen a newcomer sees, and the status form. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void the_empty_list_and_the_status_form_fit_800_by_600(String language) throws Exception {
        services = AppServices.open(data);
        services.settings().setLanguage(language);
        List<String> cut = new ArrayList<>();
        openWindow(data, null);
        resize(800, 600);
        waitUntil(() -> robot.lookup("#loadSamples").tryQuery().isPresent());
        collect("empty postings", cut);
        closeWindow();

        services = AppServices.open(data);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        services.applications().track(services.postings().list().get(0).id());
        openWindow(data, null);
        resize(800, 600);
        show("navApplications");
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        robot.interact(() -> ((ListView<?>) node("applicationList")).getSelectionModel().select(0));
        robot.clickOn("#tabTimeline");
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        collect("timeline", cut);
        show("navTable");
        waitUntil(() -> robot.lookup("#column-title").tryQuery().isPresent() || robot.lookup(".table-view").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        collect("table", cut);
        assertThat(cut).as(language).isEmpty();
    }

    private void resize(double width, double height) {
        robot.interact(() -> {
            Stage stage = (Stage) node("mainWindow").getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void collect(String where, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    walk(w.getScene().getRoot(), where, cut);
                }
            }
        });
    }

    private static void walk(Node n, String where, List<String> cut) {
        if (!n.isVisible() || n instanceof ListCell<?> || n instanceof javafx.scene.control.TableCell<?, ?>) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && t.getText() != null && !t.getText().equals(l.getText())
                    && t.getText().endsWith(l.getEllipsisString())) {
                String entry = where + ": «" + l.getText() + "» shown as «" + ((Text) shown).getText() + "»";
                if (!cut.contains(entry)) {
                    cut.add(entry);
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, where, cut);
            }
        }
    }
}
