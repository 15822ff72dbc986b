package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.DocumentState;
import org.sillage.service.AppServices;
import org.sillage.service.ProgressListener;
import org.sillage.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seed 004 tracked on 17 February 2021, two days before its deadline: the reminder, the agenda, the
 * month calendar and the document checklist, headless.
 */
class AgendaAndChecklistWalkTest extends FxWalk {
    @RegisterExtension
    static final FxLanguage LANGUAGE = new FxLanguage(Locale.ENGLISH);

    @TempDir
    Path data;
    private long applicationId;

    @BeforeEach
    void start() throws Exception {
        services = AppServices.open(data, Clock.fixed(Instant.parse("2021-02-17T09:00:00Z"), ZoneId.of("Europe/Paris")));
        services.imports().importSamples(ProgressListener.NONE, () -> false);
        long posting = services.postings().list().stream().filter(p -> p.title().startsWith("Coordinateur(trice)"))
                .findFirst().orElseThrow().id();
        applicationId = services.applications().track(posting).applicationId();
        openWindow(data, null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        closeWindow();
    }

    @Test
    void a_near_deadline_is_reminded_and_snoozing_hides_it() throws Exception {
        VBox bar = node("reminderBar");
        waitUntil(bar::isVisible);
        assertThat(robot.lookup("#reminderBar .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("Deadline soon").contains("Coordinateur(trice)"));
        robot.clickOn(".snooze-button");
        waitUntil(() -> !bar.isVisible());
        assertThat(services.reminders().due()).isEmpty();
    }

    @Test
    void the_agenda_lists_the_deadline_this_week_and_the_month_shows_it_on_its_day() throws Exception {
        show("navAgenda");
        waitUntil(() -> robot.lookup("#section-this_week").tryQuery().isPresent());
        assertThat(robot.lookup("#agendaSections .agenda-this_week .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("Coordinateur(trice)"));

        robot.clickOn("#agendaMonth");
        waitUntil(() -> robot.lookup("#day-2021-02-19 .month-item").tryQuery().isPresent());
        assertThat(((Label) robot.lookup("#monthTitle").query()).getText()).containsIgnoringCase("february 2021");

        assertThat(robot.lookup("#day-2021-02-19 .month-item").queryAs(Label.class).getText()).startsWith("12:00 ");
        robot.clickOn("#day-2021-02-19 .month-item");
        waitUntil(() -> robot.lookup("#applicationTitle").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Coordinateur(trice)")).orElse(false));
        // the month opens the application on its dates
        assertThat(robot.lookup("#applicationTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("tabEvents");
    }

    @Test
    void an_interview_added_in_dates_can_be_moved_and_marked_done() throws Exception {
        var interview = services.agenda().addEvent(applicationId, org.sillage.domain.EventKind.INTERVIEW,
                java.time.LocalDate.of(2021, 3, 2), java.time.LocalTime.of(10, 0), null, "Kortrijk", null);
        show("navApplications");
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        robot.interact(() -> ((javafx.scene.control.ListView<?>) node("applicationList")).getSelectionModel().select(0));
        robot.clickOn("#tabEvents");
        waitUntil(() -> robot.lookup("#editEvent-" + interview.id()).tryQuery().isPresent());
        robot.clickOn("#editEvent-" + interview.id());
        waitUntil(() -> robot.lookup("#editEventDate").tryQuery().isPresent());
        javafx.scene.control.DatePicker date = node("editEventDate");
        robot.interact(() -> date.setValue(java.time.LocalDate.of(2021, 3, 4)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> services.agenda().events(applicationId).get(0).date().equals(java.time.LocalDate.of(2021, 3, 4)));
        waitUntil(() -> robot.lookup("#done-" + interview.id()).tryQuery().isPresent());
        robot.clickOn("#done-" + interview.id());
        waitUntil(() -> services.agenda().events(applicationId).get(0).done());
        assertThat(services.agenda().events(applicationId).get(0).place()).isEqualTo("Kortrijk");
    }

    @Test
    void an_event_takes_an_iso_date_and_9_00_and_is_in_the_posting_s_time_zone() throws Exception {
        show("navApplications");
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        robot.interact(() -> ((javafx.scene.control.ListView<?>) node("applicationList")).getSelectionModel().select(0));
        robot.clickOn("#tabEvents");
        javafx.scene.control.ComboBox<String> zone = node("eventZone");
        waitUntil(() -> "Europe/Brussels".equals(zone.getEditor().getText()));
        Label hint = node("eventHint");
        assertThat(hint.getText()).contains("2026-12-15").contains("9h30");

        robot.clickOn("#eventDate").write("2021-03-02").type(KeyCode.ENTER);
        assertThat(((javafx.scene.control.DatePicker) node("eventDate")).getEditor().getText()).isNotBlank();
        robot.clickOn("#eventTime").write("9:00");
        robot.clickOn("#addEvent");
        waitUntil(() -> services.agenda().events(applicationId).size() == 1);
        var e = services.agenda().events(applicationId).get(0);
        assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2021, 3, 2));
        assertThat(e.time()).isEqualTo(java.time.LocalTime.of(9, 0));
        assertThat(e.zone()).isEqualTo("Europe/Brussels");

        robot.clickOn("#eventTime").write("25h");
        waitUntil(() -> hint.getText().contains("“25h” is not a time"));
        assertThat(((javafx.scene.control.Button) node("addEvent")).isDisabled()).isTrue();
    }

    @Test
    void the_checklist_tracks_document_states_and_applying_with_missing_ones_warns() throws Exception {
        services.applications().list();
        show("navApplications");
        waitUntil(() -> robot.lookup("#statusLabel").tryQuery().isPresent());
        robot.interact(() -> ((javafx.scene.control.ListView<?>) node("applicationList")).getSelectionModel().select(0));
        waitUntil(() -> "Saved".equals(((Label) node("statusLabel")).getText()));
        robot.clickOn("#tabDocuments");

        var items = services.documents().checklist(applicationId);
        assertThat(items).extracting(ChecklistItem::kind).containsExactly("cv", "cover_letter", "translation");
        waitUntil(() -> robot.lookup("#state-" + items.get(0).id()).tryQuery().isPresent());
        ChoiceBox<DocumentState> cvState = node("state-" + items.get(0).id());
        robot.interact(() -> cvState.setValue(DocumentState.READY));
        waitUntil(() -> services.documents().checklist(applicationId).get(0).state() == DocumentState.READY);

        robot.clickOn("#newDocumentField").write("References");
        robot.clickOn("#addDocument");
        waitUntil(() -> services.documents().checklist(applicationId).size() == 4);

        robot.clickOn("#tabTimeline");
        ComboBox<ApplicationStatus> choice = node("statusChoice");
        robot.interact(() -> choice.setValue(ApplicationStatus.APPLIED));
        robot.clickOn("#applyStatus");
        waitUntil(() -> robot.lookup("#missingDocumentsDialog").tryQuery().isPresent());
        String warning = robot.lookup("#missingDocumentsDialog .content").queryAs(Label.class).getText();
        assertThat(warning).contains("Cover letter").contains("Translation").contains("References").doesNotContain("CV");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.applications().get(applicationId).application().status()).isEqualTo(ApplicationStatus.SAVED);
    }
}
