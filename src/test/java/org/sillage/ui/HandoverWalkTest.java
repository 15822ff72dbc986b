package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Handover;
import org.sillage.domain.NextAction;
import org.sillage.domain.Seeker;
import org.sillage.service.AppServices;

/**
 * The hand-over from the window (ADR 0025), headless: a passphrase too short and two that differ are
 * refused in the export dialog and said why; an archive opened with a wrong passphrase says so and
 * imports nothing; the right one merges it, and the field changed on both sides waits in the conflicts
 * dialog until a person takes the archive's value.
 */
class HandoverWalkTest extends FxWalk {
    private static final String PASS = "correct horse battery staple";
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path advisorFolder;
    @TempDir
    Path own;
    @TempDir
    Path work;

    @AfterEach
    void cleanup() throws Exception {
        if (services != null) {
            closeWindow();
        }
    }

    private void noErrorShown() {
        robot.lookup("#errorDialog").tryQuery().ifPresent(d -> {
            throw new AssertionError(((DialogPane) d).getContentText());
        });
    }

    private void typePassphrase(String first, String again) throws Exception {
        waitUntil(() -> robot.lookup("#passphraseDialog").tryQuery().isPresent());
        robot.interact(() -> {
            ((javafx.scene.control.PasswordField) node("passphraseField")).setText(first);
            robot.lookup("#passphraseAgain").tryQuery()
                    .ifPresent(n -> ((javafx.scene.control.PasswordField) n).setText(again));
        });
        robot.clickOn("#passphraseOk");
    }

    private String status() {
        return ((Label) node("statusMessage")).getText();
    }

    @Test
    void export_refuses_bad_passphrases_and_import_merges_with_the_conflict_left_to_a_person() throws Exception {
        Path first = work.resolve("zoe-1.sillage");
        Path second = work.resolve("zoe-2.sillage");
        long appA;
        try (AppServices advisor = AppServices.open(advisorFolder)) {
            Seeker zoe = advisor.seekers().add(new Seeker.Details("Zoé Vandermeulen", "Zoé", "Vandermeulen",
                    null, null, null, null, "fr", LocalDate.of(2026, 11, 2), "CV"));
            advisor.seekers().switchTo(zoe.id());
            long posting = advisor.imports().importText("Comptable fournisseurs\nOxybulle SARL\n\nCandidature avant le 20 mars 2031.").postingId();
            appA = advisor.applications().track(posting).applicationId();
            advisor.handover().export(zoe.id(), first, PASS.toCharArray());
        }
        services = AppServices.open(own);
        services.handover().importArchive(first, PASS.toCharArray());
        Seeker zoe = services.handover().seeker("Zoé Vandermeulen");
        services.seekers().switchTo(zoe.id());
        long appB = services.applications().list().get(0).application().id();
        // the same next action set to different things on each side
        services.applications().setNextAction(appB, new NextAction("Envoyer le portfolio", LocalDate.of(2031, 2, 24)));
        try (AppServices advisor = AppServices.open(advisorFolder)) {
            Seeker theirs = advisor.handover().seeker("Zoé Vandermeulen");
            advisor.seekers().switchTo(theirs.id());
            advisor.applications().setNextAction(appA, new NextAction("Appeler Jeanne", LocalDate.of(2031, 2, 25)));
            advisor.handover().export(theirs.id(), second, PASS.toCharArray());
        }
        openWindow(own, null);
        ((org.sillage.ui.common.TaskBar) node("taskBar")).showFor(javafx.util.Duration.minutes(5));

        // export: too short, then two that differ, each refused with its reason, then written
        Path out = work.resolve("back.sillage");
        javafx.application.Platform.runLater(() -> shell.window().handover().exportTo(out));
        typePassphrase("short", "short");
        waitUntil(() -> ((Label) node("passphraseStatus")).getText().contains("too short"));
        typePassphrase(PASS, PASS + "!");
        waitUntil(() -> ((Label) node("passphraseStatus")).getText().contains("differ"));
        typePassphrase(PASS, PASS);
        waitUntil(() -> status().startsWith("Exported Zoé Vandermeulen"));
        assertThat(Files.size(out)).isPositive();

        // import with a wrong passphrase: said, nothing imported
        javafx.application.Platform.runLater(() -> shell.window().handover().importArchive(second));
        typePassphrase("wrong passphrase here", null);
        waitUntil(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane error = node("errorDialog");
        assertThat(error.getContentText()).contains("does not open the archive").contains("Nothing was imported");
        robot.interact(() -> ((javafx.stage.Stage) error.getScene().getWindow()).close());
        assertThat(services.handover().conflicts(zoe.id())).isEmpty();
        assertThat(services.applications().get(appB).application().nextAction().text()).isEqualTo("Envoyer le portfolio");

        // the right one: merged, and the conflict shown until a person chooses
        javafx.application.Platform.runLater(() -> shell.window().handover().importArchive(second));
        typePassphrase(PASS, null);
        waitUntil(() -> robot.lookup("#conflictsDialog").tryQuery().isPresent());
        noErrorShown();
        assertThat(status()).startsWith("Imported Zoé Vandermeulen");
        ListView<Handover.Conflict> conflicts = node("conflictList");
        waitUntil(() -> conflicts.getItems().size() == 1);
        assertThat(conflicts.getItems().get(0).field()).isEqualTo("next_action");
        robot.interact(() -> conflicts.getSelectionModel().select(0));
        robot.clickOn("#conflictTakeTheirs");
        waitUntil(() -> conflicts.getItems().isEmpty());
        assertThat(services.handover().conflicts(zoe.id())).isEmpty();
        assertThat(services.applications().get(appB).application().nextAction().text()).isEqualTo("Appeler Jeanne");
    }
}
