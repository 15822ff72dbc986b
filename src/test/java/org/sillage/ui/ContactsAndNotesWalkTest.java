package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.Contact;
import org.sillage.domain.Note;
import org.sillage.domain.PostingSummary;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application detail, headless: a contact written (with an address corrected), one met on another
 * application found by name, a note, stars and a tag from the keyboard; and the postings screen warning
 * that the organisation was applied to before.
 */
class ContactsAndNotesWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;
    @TempDir
    Path files;

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    private long importPosting(String name, String title, String organization) throws Exception {
        Path f = Files.writeString(files.resolve(name), "Intitulé du poste : " + title + "\nEmployeur : " + organization
                + "\n\nCandidature (CV et lettre de motivation) avant le 15 mars 2099 à rh." + name + "@example.fr\n",
                StandardCharsets.UTF_8);
        return services.imports().importPaths(List.of(f), ProgressListener.NONE, () -> false).outcomes().get(0).postingId();
    }

    private void openApplication(long applicationId) throws Exception {
        show("navApplications");
        ListView<org.sillage.domain.ApplicationRow> list = node("applicationList");
        waitUntil(() -> list.getItems().stream().anyMatch(a -> a.applicationId() == applicationId));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(a -> a.applicationId() == applicationId).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }

    @Test
    void a_contact_a_known_contact_a_note_stars_and_a_tag_are_added_to_an_application() throws Exception {
        services = AppServices.open(data);
        long app = services.applications().track(importPosting("a.txt", "Comptable fournisseurs", "Oxybulle SARL")).applicationId();
        long other = services.applications().track(importPosting("b.txt", "Juriste", "Ville de Lille")).applicationId();
        services.contacts().addTo(other, new Contact(0, "Hélène Lefèvre", "DRH", null, null, null));
        openWindow(data, null);
        openApplication(app);

        robot.clickOn("#tabContacts");
        robot.clickOn("#newContact");
        waitUntil(() -> robot.lookup("#contactEditor").tryQuery().isPresent());
        robot.clickOn("#contactName").write("Jeanne Dupont");
        robot.clickOn("#contactRole").write("Recruiter");
        robot.clickOn("#contactEmail").write("jeanne.oxybulle.fr");
        Label problem = node("contactProblem");
        waitUntil(() -> problem.getText().contains("“jeanne.oxybulle.fr” is not an e-mail address"));
        Button ok = (Button) robot.lookup("#contactEditor .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> ((javafx.scene.control.TextField) node("contactEmail")).setText("jeanne@oxybulle.fr"));
        waitUntil(() -> problem.getText().isEmpty() && !ok.isDisabled());
        robot.clickOn(ok);
        waitUntil(() -> services.contacts().forApplication(app).size() == 1);
        Contact jeanne = services.contacts().forApplication(app).get(0);
        assertThat(jeanne).isEqualTo(new Contact(jeanne.id(), "Jeanne Dupont", "Recruiter", "jeanne@oxybulle.fr", null, null));
        waitUntil(() -> robot.lookup("#contact-" + jeanne.id()).tryQuery().isPresent());

        // someone met on another application, found by a piece of their name, without its accent
        robot.clickOn("#contactSearch").write("hele");
        ListView<Contact> results = node("contactResults");
        waitUntil(() -> results.getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> services.contacts().forApplication(app).size() == 2);
        assertThat(services.contacts().forApplication(app)).extracting(Contact::name).containsExactly("Hélène Lefèvre", "Jeanne Dupont");
        assertThat(services.contacts().forApplication(other)).extracting(Contact::name).containsExactly("Hélène Lefèvre");

        // Jeanne is on no other application: taking her off deletes her, which is asked first
        robot.clickOn("#unlinkContact-" + jeanne.id());
        waitUntil(() -> robot.lookup("#deleteContactConfirm").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.contacts().forApplication(app)).hasSize(2);
        robot.clickOn("#unlinkContact-" + jeanne.id());
        waitUntil(() -> robot.lookup("#deleteContactConfirmConfirm").tryQuery().isPresent());
        robot.clickOn("#deleteContactConfirmConfirm");
        waitUntil(() -> services.contacts().forApplication(app).size() == 1);
        assertThat(services.contacts().search("jeanne", 5)).isEmpty();

        robot.clickOn("#tabNotes");
        robot.clickOn("#noteText").write("Called the HR desk: the panel meets in March.");
        robot.clickOn("#saveNote");
        waitUntil(() -> services.notes().forApplication(app).size() == 1);
        Note note = services.notes().forApplication(app).get(0);
        assertThat(note.text()).isEqualTo("Called the HR desk: the panel meets in March.");
        waitUntil(() -> robot.lookup("#noteBody-" + note.id()).tryQuery().isPresent());
        assertThat(((javafx.scene.control.TextArea) node("noteText")).getText()).isEmpty();

        // the stars and the tags from the keyboard
        robot.clickOn("#applicationStar2");
        waitUntil(() -> services.labels().ofApplication(app).priority() == 2);
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> services.labels().ofApplication(app).priority() == 3);
        robot.clickOn("#applicationTagInput").write("Lille").type(KeyCode.ENTER);
        waitUntil(() -> services.labels().ofApplication(app).tags().equals(List.of("Lille")));
        robot.type(KeyCode.BACK_SPACE);
        waitUntil(() -> services.labels().ofApplication(app).tags().isEmpty());
    }

    @Test
    void the_postings_screen_says_the_organisation_was_applied_to_and_never_answered() throws Exception {
        services = AppServices.open(data);
        long sent = services.applications().track(importPosting("a.txt", "Chargé de mission emploi", "Ville de Roubaix"))
                .applicationId();
        services.applications().changeStatus(sent, ApplicationStatus.APPLIED, null);
        long again = importPosting("b.txt", "Chargée de mission emploi (H/F)", "La Ville de Roubaix");
        long unrelated = importPosting("c.txt", "Juriste", "Ville de Roubaix");
        openWindow(data, null);
        ListView<PostingSummary> list = node("postingList");
        waitUntil(() -> list.getItems().size() == 3);
        Label warning = node("alreadyApplied");

        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream().filter(p -> p.id() == again)
                .findFirst().orElseThrow()));
        waitUntil(warning::isVisible);
        assertThat(warning.getText()).contains("Already applied to Ville de Roubaix for “Chargé de mission emploi”")
                .contains("no answer since");

        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream().filter(p -> p.id() == unrelated)
                .findFirst().orElseThrow()));
        waitUntil(() -> ((Label) node("postingTitle")).getText().equals("Juriste"));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warning.isVisible()).isFalse();
    }
}
