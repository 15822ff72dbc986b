package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.service.ProgressListener;

/** The window on a small screen: everything reachable at 800×600, and size, place and dividers remembered. */
class SmallScreenWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.FRENCH);

    @TempDir
    Path data;

    @AfterEach
    void stop() throws Exception {
        if (services != null) {
            closeWindow();
        }
    }

    private Stage stage() {
        return (Stage) node("mainWindow").getScene().getWindow();
    }

    @Test
    void at_800_by_600_the_toolbar_keeps_its_icons_with_tooltips_and_everything_is_on_screen() throws Exception {
        openWindow(data, null);
        robot.interact(() -> {
            stage().setWidth(800);
            stage().setHeight(600);
        });
        waitUntil(() -> node("mainWindow").getLayoutBounds().getWidth() <= 800);
        Bounds window = node("mainWindow").localToScreen(node("mainWindow").getLayoutBounds());
        for (String id : new String[] {"searchField", "importButton", "pasteButton", "settingsButton", "navPostings"}) {
            Node n = node(id);
            Bounds b = n.localToScreen(n.getLayoutBounds());
            assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(window.getMaxX() + 0.5);
            assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(window.getMinX() - 0.5);
        }
        Button importButton = node("importButton");
        assertThat(importButton.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(importButton.getTooltip().getText()).isEqualTo("Importer…");
        assertThat(stage().getMinWidth()).isLessThanOrEqualTo(800);
    }

    @Test
    void at_800_by_600_with_a_reminder_shown_the_status_form_of_an_application_can_be_reached() throws Exception {
        services = org.sillage.service.AppServices.open(data);
        services.imports().importSamples(org.sillage.service.ProgressListener.NONE, () -> false);
        // the sample with a deadline long passed: tracked, it raises a reminder above the screens
        long expired = services.postings().list().stream().filter(p -> p.deadline() != null
                && p.deadline().isBefore(java.time.LocalDate.now())).findFirst().orElseThrow().id();
        services.applications().track(expired);
        openWindow(data, null);
        robot.interact(() -> {
            stage().setWidth(800);
            stage().setHeight(600);
        });
        waitUntil(() -> node("mainWindow").getLayoutBounds().getWidth() <= 800);
        robot.interact(() -> ((javafx.scene.control.ToggleButton) node("navApplications")).fire());
        waitUntil(() -> robot.lookup("#applicationList").tryQuery().isPresent()
                && !((javafx.scene.control.ListView<?>) node("applicationList")).getItems().isEmpty());
        robot.interact(() -> ((javafx.scene.control.ListView<?>) node("applicationList")).getSelectionModel().select(0));
        waitUntil(() -> node("applyStatus").isVisible());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = node("applicationDetailScroll");
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Bounds window = node("mainWindow").localToScreen(node("mainWindow").getLayoutBounds());
        for (String id : new String[] {"statusChoice", "applyStatus", "nextActionField", "saveNextAction", "timeline"}) {
            Node n = node(id);
            Bounds b = n.localToScreen(n.getLayoutBounds());
            assertThat(b.getHeight()).as(id + " has room").isGreaterThan(20);
            assertThat(b.getMaxY()).as(id + " is on screen").isLessThanOrEqualTo(window.getMaxY() + 0.5);
            assertThat(b.getMaxX()).as(id + " is not cut on the right").isLessThanOrEqualTo(window.getMaxX() + 0.5);
        }
    }

    @Test
    void size_place_and_dividers_are_remembered() throws Exception {
        services = org.sillage.service.AppServices.open(data);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        openWindow(data, null);
        robot.interact(() -> {
            stage().setX(40);
            stage().setY(30);
            stage().setWidth(900);
            stage().setHeight(640);
            ((SplitPane) node("postingsView")).setDividerPositions(0.5);
        });
        waitUntil(() -> stage().getWidth() == 900);
        closeWindow();

        openWindow(data, null);
        assertThat(stage().getWidth()).isEqualTo(900);
        assertThat(stage().getHeight()).isEqualTo(640);
        assertThat(stage().getX()).isEqualTo(40);
        assertThat(((SplitPane) node("postingsView")).getDividerPositions()[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
    }
}
