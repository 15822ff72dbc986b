package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.service.ProgressListener;
import org.testfx.util.WaitForAsyncUtils;

/** After an action by keyboard, the focus stays where the user was, not on the window or the first control. */
class FocusAfterActionTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @BeforeEach
    void start() throws Exception {
        services = org.sillage.service.AppServices.open(data);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        services.applications().track(services.postings().list().get(0).id());
        openWindow(data, null);
        waitUntil(() -> ((ListView<?>) node("postingList")).getItems().size() == 5);
    }

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    private Node focused() {
        return node("mainWindow").getScene().getFocusOwner();
    }

    @Test
    void applying_a_status_from_the_keyboard_leaves_the_focus_in_the_status_form() throws Exception {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#applicationList").tryQuery().isPresent());
        robot.interact(() -> ((ListView<?>) node("applicationList")).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#statusChoice").queryAs(Node.class).isVisible());
        ComboBox<ApplicationStatus> choice = node("statusChoice");
        robot.interact(() -> {
            choice.setValue(ApplicationStatus.PREPARING);
            node("applyStatus").requestFocus();
        });
        waitUntil(() -> "applyStatus".equals(focused().getId()));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> services.applications().list().get(0).application().status() == ApplicationStatus.PREPARING);
        try {
            waitUntil(() -> focused() != null && "statusChoice".equals(focused().getId()));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says where the focus went
        }
        Node owner = focused();
        assertThat(owner).as("something keeps the focus").isNotNull();
        assertThat(owner.getId()).as("the focus stays in the status form").isIn("statusChoice", "statusDate", "noteField",
                "applyStatus");
    }

    @Test
    void a_status_date_that_is_no_date_is_said_and_never_replaced_by_today() throws Exception {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> robot.lookup("#applicationList").tryQuery().isPresent());
        robot.interact(() -> ((ListView<?>) node("applicationList")).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#statusChoice").queryAs(Node.class).isVisible());
        ComboBox<ApplicationStatus> choice = node("statusChoice");
        javafx.scene.control.DatePicker on = node("statusDate");
        robot.interact(() -> {
            choice.setValue(ApplicationStatus.APPLIED);
            on.getEditor().setText("31/02/2026");
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label problem = node("statusDateProblem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("31/02/2026");
        assertThat(node("applyStatus").isDisabled()).as("the change waits for a date that reads").isTrue();
        javafx.scene.control.DatePicker next = node("nextActionDate");
        robot.interact(() -> next.getEditor().setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node("saveNextAction").isDisabled()).isTrue();
        assertThat(((javafx.scene.control.Label) node("nextActionDateProblem")).getText()).contains("abc");
        robot.interact(() -> {
            on.getEditor().setText("");
            next.getEditor().setText("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        assertThat(node("applyStatus").isDisabled()).isFalse();
        assertThat(services.applications().list().get(0).application().status()).isEqualTo(ApplicationStatus.SAVED);
    }

    @Test
    void after_a_correction_the_focus_is_back_on_the_field_that_was_corrected() throws Exception {
        ListView<org.sillage.domain.PostingSummary> list = node("postingList");
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#edit-deadline").tryQuery().isPresent());
        robot.interact(() -> node("edit-deadline").requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#fieldEditorValue").tryQuery().isPresent());
        javafx.scene.control.DatePicker picker = robot.lookup("#fieldEditorValue").query();
        // a date that does not read is said, and Save waits for it (it failed with "Something went wrong")
        robot.interact(() -> picker.getEditor().setText("32/13/2021"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fieldEditorProblem").queryAs(javafx.scene.control.Label.class).getText()).contains("32/13/2021");
        javafx.scene.control.DialogPane pane = robot.lookup("#fieldEditor").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.lookupButton(pane.getButtonTypes().get(0)).isDisabled()).isTrue();
        robot.interact(() -> picker.setValue(java.time.LocalDate.of(2021, 3, 1)));
        robot.interact(() -> picker.getEditor().setText(picker.getConverter().toString(picker.getValue())));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#corrected-deadline").tryQuery().isPresent());
        try {
            waitUntil(() -> focused() != null && "edit-deadline".equals(focused().getId()));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says where the focus went
        }
        assertThat(focused()).isNotNull();
        assertThat(focused().getId()).isEqualTo("edit-deadline");
    }
}
