package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.PostingSummary;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;
import org.sillage.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The posting screen: evidence, corrections, and the language switch, headless. */
class PostingScreenTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;

    @BeforeEach
    void start() throws Exception {
        services = AppServices.open(data);
        services.imports().importText("""
                Animateur (H/F)
                Candidatures jusqu'au 19 février 2021 à 12h00 à jobs@example.org
                """);
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        openWindow(data, null);
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 6);
    }

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    private void selectPosting(String titleStart) throws Exception {
        ListView<PostingSummary> list = node("postingList");
        robot.interact(() -> list.getItems().stream().filter(p -> p.title() != null && p.title().startsWith(titleStart))
                .findFirst().ifPresent(p -> list.getSelectionModel().select(p)));
        Label title = node("postingTitle");
        waitUntil(() -> title.getText().startsWith(titleStart));
    }

    @Test
    void a_value_with_evidence_reveals_its_span_in_the_text() throws Exception {
        selectPosting("Animateur");
        Label deadline = node("field-deadline");
        assertThat(deadline.getText()).contains("2021");
        assertThat(deadline.getStyleClass()).contains("field-has-evidence");
        robot.clickOn(deadline);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".evidence-mark.focus").queryAll()).isNotEmpty();
    }

    @Test
    void a_corrected_field_is_marked_and_survives_re_extraction() throws Exception {
        selectPosting("Animateur");
        robot.clickOn("#edit-deadline");
        DatePicker picker = robot.lookup("#fieldEditorValue").query();
        robot.interact(() -> picker.setValue(java.time.LocalDate.of(2021, 3, 1)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#corrected-deadline").tryQuery().isPresent());
        assertThat(((Label) node("field-deadline")).getText()).contains("2021").contains("Mar");

        services.postings().reextractAll(ProgressListener.NONE, () -> false);
        long id = services.postings().list().stream().filter(p -> p.title().startsWith("Animateur")).findFirst()
                .orElseThrow().id();
        assertThat(services.postings().get(id).effective().deadline()).hasToString("2021-03-01");
        assertThat(services.postings().get(id).extracted().deadline()).hasToString("2021-02-19");
    }

    @Test
    void ctrl_v_in_the_postings_view_imports_the_clipboard_page_with_its_job_posting_data() throws Exception {
        String html = """
                <html><body><nav>Accueil | Offres | Connexion</nav><main><h1>Animatrice nature</h1>
                <p>Le CPIE recrute une animatrice nature pour ses sorties scolaires.</p></main>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
                "title":"Animatrice nature","hiringOrganization":{"@type":"Organization","name":"CPIE Flandre"},
                "validThrough":"2026-12-15T12:00:00+01:00","employmentType":"TEMPORARY"}</script></body></html>""";
        robot.interact(() -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString("Animatrice nature");
            content.putHtml(html);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#postingList");
        shortcut(KeyCode.V);
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 7);
        var imported = services.postings().list().stream().filter(p -> "Animatrice nature".equals(p.title()))
                .findFirst().orElseThrow();
        var fields = services.postings().get(imported.id()).effective();
        assertThat(fields.organization()).isEqualTo("CPIE Flandre");
        assertThat(fields.deadline()).hasToString("2026-12-15");
        assertThat(fields.contractType()).isEqualTo(org.sillage.domain.ContractType.CDD);
        assertThat(services.postings().get(imported.id()).originalText()).doesNotContain("Connexion");
    }

    @Test
    void a_pasted_note_is_imported_only_once_confirmed_and_keeps_its_line_breaks() throws Exception {
        String note = "Appeler maman demain\nAcheter du lait\nRDV dentiste jeudi";
        robot.interact(() -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString(note);
            content.putHtml("<div>Appeler maman demain\nAcheter du lait\nRDV dentiste jeudi</div>");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#postingList");
        shortcut(KeyCode.V);
        waitUntil(() -> robot.lookup("#notAPostingDialog").tryQuery().isPresent());
        assertThat(services.postings().count()).isEqualTo(6);
        robot.clickOn("#importAnyway");
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 7);
        var stored = services.postings().list().stream().filter(p -> "Appeler maman demain".equals(p.title()))
                .findFirst().orElseThrow();
        assertThat(services.postings().get(stored.id()).originalText()).isEqualTo(note);
    }

    @Test
    void files_dropped_in_bulk_end_with_a_report_that_gives_each_failure_its_reason() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(data.resolve("inbox"));
        java.nio.file.Files.writeString(inbox.resolve("a-good.txt"), "Médiateur numérique\nCandidature à rh@ville.fr");
        java.nio.file.Files.writeString(inbox.resolve("b-empty.txt"), "   ");
        java.nio.file.Files.write(inbox.resolve("c-image.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        robot.interact(() -> shell.window().imports().importFiles(java.util.List.of(inbox)));
        waitUntil(() -> robot.lookup("#importReport").tryQuery().isPresent());
        String report = robot.lookup("#importReport").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(report).contains("a-good.txt: imported").contains("b-empty.txt").contains("is empty")
                .contains("c-image.pdf");
        robot.type(KeyCode.ESCAPE);
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 7);
    }

    @Test
    void an_address_that_only_receives_a_copy_is_shown_once_as_the_copy() throws Exception {
        selectPosting("Coordinateur(trice)");
        waitUntil(() -> robot.lookup("#field-cc_emails").tryQuery().isPresent());
        assertThat(((Label) node("field-cc_emails")).getText()).isEqualTo("loic.delhuvenne@eurometropolis.eu");
        assertThat(((Label) node("field-application_emails")).getText()).isEqualTo("—");
    }

    @Test
    void one_file_that_fails_alone_says_why() throws Exception {
        Path image = data.resolve("photo.png");
        java.nio.file.Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        robot.interact(() -> shell.window().imports().importFiles(java.util.List.of(image)));
        waitUntil(() -> robot.lookup("#importReport").tryQuery().isPresent());
        String report = robot.lookup("#importReport").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(report).contains("photo.png").doesNotContain("error.import");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void a_posting_is_deleted_after_confirmation_and_enter_keeps_it() throws Exception {
        selectPosting("Animateur");
        robot.clickOn("#deletePosting");
        waitUntil(() -> robot.lookup("#deleteConfirm").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.postings().count()).isEqualTo(6);
        robot.clickOn("#deletePosting");
        waitUntil(() -> robot.lookup("#deleteConfirm").tryQuery().isPresent());
        // the safe button is the default: Enter keeps the posting
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.postings().count()).isEqualTo(6);
        robot.clickOn("#deletePosting");
        waitUntil(() -> robot.lookup("#deleteConfirmConfirm").tryQuery().isPresent());
        robot.clickOn("#deleteConfirmConfirm");
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 5);
        assertThat(services.postings().list()).noneMatch(p -> p.title().startsWith("Animateur"));
    }

    @Test
    void deleting_a_tracked_posting_names_its_application_and_leaves_no_ghost_in_applications() throws Exception {
        selectPosting("Animateur");
        robot.clickOn("#trackButton");
        Label status = waitFor("statusLabel");
        waitUntil(() -> "Saved".equals(status.getText()));
        robot.clickOn("#openPosting");
        Label title = node("postingTitle");
        waitUntil(() -> title.getText().startsWith("Animateur"));
        robot.clickOn("#deletePosting");
        waitUntil(() -> robot.lookup("#deleteConfirm").tryQuery().isPresent());
        String text = robot.lookup("#deleteConfirm").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(text).contains("application (Saved)").contains("1 timeline entry").contains("Files you attached stay");
        robot.clickOn("#deleteConfirmConfirm");
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 5);

        show("navApplications");
        ListView<?> applications = node("applicationList");
        waitUntil(() -> applications.getItems().isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#applicationDetail").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void an_application_can_be_removed_and_its_posting_stays() throws Exception {
        selectPosting("Animateur");
        robot.clickOn("#trackButton");
        Label status = waitFor("statusLabel");
        waitUntil(() -> "Saved".equals(status.getText()));
        robot.clickOn("#removeApplication");
        waitUntil(() -> robot.lookup("#removeApplicationConfirmConfirm").tryQuery().isPresent());
        robot.clickOn("#removeApplicationConfirmConfirm");
        ListView<?> applications = node("applicationList");
        waitUntil(() -> applications.getItems().isEmpty());
        assertThat(services.postings().count()).isEqualTo(6);
        assertThat(services.postings().list()).filteredOn(p -> p.title().startsWith("Animateur"))
                .singleElement().matches(p -> !p.isTracked());
        assertThat(robot.lookup("#errorDialog").tryQuery()).isEmpty();
    }

    private <T extends Node> T waitFor(String id) throws Exception {
        waitUntil(() -> robot.lookup("#" + id).tryQuery().isPresent());
        return node(id);
    }

    @Test
    void the_language_can_be_switched_in_the_settings() throws Exception {
        ToggleButton nav = node("navPostings");
        assertThat(nav.getText()).isEqualTo("Postings");
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#languageChoice").tryQuery().isPresent());
        ChoiceBox<String> language = robot.lookup("#languageChoice").query();
        robot.interact(() -> language.setValue("fr"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Offres".equals(((ToggleButton) node("navPostings")).getText()));
        assertThat(services.settings().language()).contains("fr");
        // dialogs speak the chosen language too, not the system's
        robot.clickOn("#settingsButton");
        waitUntil(() -> robot.lookup("#settingsCancel").tryQuery().isPresent());
        assertThat(robot.lookup("#settingsCancel").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Annuler");
        robot.type(KeyCode.ESCAPE);
    }
}
