package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportAction;
import org.sillage.service.AppServices;
import org.sillage.ui.agenda.AgendaViewModel;
import org.sillage.ui.sessions.SessionsView;

/**
 * The sessions screen, headless (ADR 0024): a session with two actions recorded for a job seeker, the report
 * written with one click, an action ticked done, and the actions in the agenda.
 */
class SessionsWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;
    @TempDir
    Path out;

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    private void write(String id, String text) {
        robot.clickOn("#" + id);
        robot.write(text);
    }

    @Test
    void a_session_with_two_actions_is_recorded_and_reported_and_its_actions_are_in_the_agenda() throws Exception {
        services = AppServices.open(data);
        Seeker amina = services.seekers().add(new Seeker.Details("Amina Kaci", null, null, null, null, null, null, "fr",
                null, null));
        services.seekers().switchTo(amina.id());
        LocalDate today = LocalDate.now();
        openWindow(data, null);

        show("navSessions");
        waitUntil(() -> "Sessions with Amina Kaci".equals(((javafx.scene.control.Label) node("sessionsTitle")).getText()));
        write("sessionDuration", "45");
        write("sessionDecisions", "Relancer la médiathèque « Lys » et préparer l’oral");
        robot.clickOn("#addAction");
        robot.clickOn("#addAction");
        write("actionWhat-0", "Write the cover letter");
        write("actionWhat-1", "Call the employer");
        robot.interact(() -> {
            ((ChoiceBox<SupportAction.Owner>) node("actionWho-1")).setValue(SupportAction.Owner.ADVISOR);
            ((DatePicker) node("actionDue-0")).getEditor().setText(today.plusDays(3).toString());
            ((DatePicker) node("actionDue-1")).getEditor().setText(today.plusDays(5).toString());
        });
        robot.clickOn("#saveSession");
        ListView<?> sessions = node("sessionList");
        waitUntil(() -> sessions.getItems().size() == 1 && robot.lookup("#actionState-0").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        var saved = services.sessions().list(0, 10).get(0);
        assertThat(saved.durationMinutes()).isEqualTo(45);
        assertThat(services.sessions().actions(saved.id())).extracting(a -> a.what() + ":" + a.owner() + ":" + a.dueOn())
                .containsExactly("Write the cover letter:SEEKER:" + today.plusDays(3),
                        "Call the employer:ADVISOR:" + today.plusDays(5));

        Path[] written = new Path[1];
        robot.interact(() -> ((SessionsView) node("sessionsView")).reportTo(name -> written[0] = out.resolve(name)));
        robot.clickOn("#sessionReport");
        waitUntil(() -> written[0] != null && Files.exists(written[0]));
        assertThat(written[0].getFileName().toString()).isEqualTo("session-report-amina-kaci-" + today + ".pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(written[0].toFile())) {
            text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
        }
        // Amina reads French: the report is in French whatever the window's language
        assertThat(text).contains("Compte rendu d’entretien", "Amina Kaci",
                "Relancer la médiathèque « Lys » et préparer l’oral", "Write the cover letter", "Call the employer",
                "Personne suivie", "Conseiller·ère");

        robot.interact(() -> ((ChoiceBox<SupportAction.State>) node("actionState-0")).setValue(SupportAction.State.DONE));
        long letter = services.sessions().actions(saved.id()).get(0).id();
        waitUntil(() -> services.sessions().action(letter).state() == SupportAction.State.DONE);
        assertThat(((TextField) node("actionWhat-0")).getText()).isEqualTo("Write the cover letter");
        assertThat(((TextArea) node("sessionDecisions")).getText()).startsWith("Relancer");

        show("navAgenda");
        ListView<AgendaViewModel.Row> agenda = node("agendaSections");
        waitUntil(() -> agenda.getItems().stream().anyMatch(r -> r instanceof AgendaViewModel.Entry));
        assertThat(agenda.getItems().stream().filter(r -> r instanceof AgendaViewModel.Entry)
                .map(r -> ((AgendaViewModel.Entry) r).item()).filter(AgendaItem::isAction)
                .map(i -> i.title() + (i.done() ? " (done)" : "")))
                .containsExactly("Call the employer", "Write the cover letter (done)");
    }
}
