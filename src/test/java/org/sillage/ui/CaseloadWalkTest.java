package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.CaseloadRow;
import org.sillage.domain.PostingSummary;
import org.sillage.domain.Seeker;
import org.sillage.service.AppServices;

/**
 * Issue 9's walk, headless: three job seekers added from the seeker menu, one posting proposed to two of
 * them, each person opened from the caseload (their name in the menu and the title, only their own
 * applications), a session with two actions recorded for one and its report written, and the next person
 * seeing none of it.
 */
class CaseloadWalkTest extends FxWalk {
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

    private void addSeeker(String name) throws Exception {
        robot.clickOn("#seekerMenu");
        robot.clickOn("#seekerAddItem");
        waitUntil(() -> robot.lookup("#seekerName").tryQuery().isPresent());
        robot.clickOn("#seekerName").write(name);
        robot.clickOn("#seekerSave");
        waitUntil(() -> services.seekers().all().stream().anyMatch(s -> s.displayName().equals(name)));
    }

    private Seeker seeker(String name) {
        return services.seekers().all().stream().filter(s -> s.displayName().equals(name)).findFirst().orElseThrow();
    }

    /** An error a walk did not expect fails it with what the dialog said. */
    private void noErrorShown() {
        robot.lookup("#errorDialog").tryQuery().ifPresent(d -> {
            throw new AssertionError(((javafx.scene.control.DialogPane) d).getContentText());
        });
    }

    /** Opens a person from the caseload by double-clicking their line. */
    private void open(String name) throws Exception {
        noErrorShown();
        show("navCaseload");
        TableView<CaseloadRow> table = node("caseloadTable");
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.name().equals(name)));
        TableRow<?> row = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof CaseloadRow c
                && c.name().equals(name)).query();
        robot.doubleClickOn(row, MouseButton.PRIMARY);
        waitUntil(() -> name.equals(((MenuButton) node("seekerMenu")).getText()));
    }

    private List<Long> applicationsShown() throws Exception {
        ListView<ApplicationRow> list = node("applicationList");
        waitUntil(() -> list.isVisible());
        org.sillage.ui.common.BackgroundTask.awaitSettled(java.time.Duration.ofSeconds(10));
        return List.copyOf(list.getItems().stream().map(ApplicationRow::postingId).toList());
    }

    @Test
    void three_seekers_a_posting_proposed_to_two_and_each_sees_only_their_own_applications() throws Exception {
        services = AppServices.open(data);
        long shared = services.imports().importText("Comptable\nCandidatures jusqu'au 20/05/2030.").postingId();
        long other = services.imports().importText("Juriste\nCandidatures jusqu'au 21/05/2030.").postingId();
        openWindow(data, null);
        MenuButton chip = node("seekerMenu");
        assertThat(chip.getText()).as("a personal installation shows no name").isNull();
        assertThat(node("navCaseload").isVisible()).isFalse();

        addSeeker("Amina");
        addSeeker("Brahim");
        addSeeker("Chloé");
        waitUntil(() -> node("navCaseload").isVisible());
        TableView<CaseloadRow> table = node("caseloadTable");
        waitUntil(() -> table.getItems().size() == 4);

        // the posting proposed to Amina and Brahim; Chloé tracks another one herself, later
        show("navPostings");
        ListView<PostingSummary> postings = node("postingList");
        waitUntil(() -> postings.getItems().size() == 2);
        int index = postings.getItems().stream().map(PostingSummary::id).toList().indexOf(shared);
        robot.interact(() -> postings.getSelectionModel().select(index));
        waitUntil(() -> node("proposeButton").isVisible());
        robot.clickOn("#proposeButton");
        waitUntil(() -> robot.lookup("#propose-" + seeker("Amina").id()).tryQuery().isPresent());
        robot.clickOn("#propose-" + seeker("Amina").id());
        robot.clickOn("#propose-" + seeker("Brahim").id());
        robot.clickOn("#proposeConfirm");
        show("navCaseload");
        waitUntil(() -> table.getItems().stream().filter(r -> r.activeCount() == 1).map(CaseloadRow::name).toList()
                .containsAll(List.of("Amina", "Brahim")));

        open("Chloé");
        assertThat(applicationsShown()).isEmpty();
        assertThat(((Stage) chip.getScene().getWindow()).getTitle()).startsWith("Chloé — ");
        show("navPostings");
        waitUntil(() -> postings.getItems().size() == 2);
        int otherIndex = postings.getItems().stream().map(PostingSummary::id).toList().indexOf(other);
        robot.interact(() -> postings.getSelectionModel().select(otherIndex));
        robot.clickOn("#trackButton");
        waitUntil(() -> services.applications().list().size() == 1);

        open("Amina");
        assertThat(applicationsShown()).containsExactly(shared);
        assertThat(chip.getText()).isEqualTo("Amina");
        assertThat(((Stage) chip.getScene().getWindow()).getTitle()).startsWith("Amina — ");

        open("Brahim");
        assertThat(applicationsShown()).containsExactly(shared);
        assertThat(((Stage) chip.getScene().getWindow()).getTitle()).startsWith("Brahim — ");

        open("Chloé");
        assertThat(applicationsShown()).containsExactly(other);
        show("navCaseload");
        waitUntil(() -> table.getItems().stream().filter(r -> r.activeCount() == 1).count() == 3);

        // a session with Amina, two actions, the report (issue 9's walk, steps 3 and 4), in the same walk
        open("Amina");
        show("navSessions");
        waitUntil(() -> "Sessions with Amina".equals(((javafx.scene.control.Label) node("sessionsTitle")).getText()));
        robot.clickOn("#sessionDecisions").write("Apply to the accountant post");
        robot.clickOn("#addAction");
        robot.clickOn("#addAction");
        robot.clickOn("#actionWhat-0").write("Write the cover letter");
        robot.clickOn("#actionWhat-1").write("Call the employer");
        String due = java.time.LocalDate.now().plusDays(4).toString();
        robot.interact(() -> ((javafx.scene.control.DatePicker) node("actionDue-0")).getEditor().setText(due));
        robot.clickOn("#saveSession");
        ListView<?> sessions = node("sessionList");
        waitUntil(() -> sessions.getItems().size() == 1);
        Path[] written = new Path[1];
        robot.interact(() -> ((org.sillage.ui.sessions.SessionsView) node("sessionsView"))
                .reportTo(name -> written[0] = data.resolve(name)));
        robot.clickOn("#sessionReport");
        waitUntil(() -> written[0] != null && java.nio.file.Files.exists(written[0]));
        String report;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(written[0].toFile())) {
            report = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
        assertThat(report).contains("Amina", "Apply to the accountant post", "Write the cover letter", "Call the employer",
                "Comptable");

        // switching: Brahim sees his own application, and neither Amina's session nor her actions
        open("Brahim");
        assertThat(applicationsShown()).containsExactly(shared);
        show("navSessions");
        waitUntil(() -> "Sessions with Brahim".equals(((javafx.scene.control.Label) node("sessionsTitle")).getText()));
        org.sillage.ui.common.BackgroundTask.awaitSettled(java.time.Duration.ofSeconds(10));
        assertThat(((ListView<?>) node("sessionList")).getItems()).isEmpty();
        assertThat(services.agenda().items()).noneMatch(org.sillage.domain.AgendaItem::isAction);
        open("Amina");
        assertThat(services.agenda().items()).filteredOn(org.sillage.domain.AgendaItem::isAction)
                .extracting(org.sillage.domain.AgendaItem::title).containsExactly("Write the cover letter");
    }
}
