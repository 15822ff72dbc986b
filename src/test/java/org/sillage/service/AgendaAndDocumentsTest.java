package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;
import org.sillage.domain.Field;
import org.sillage.domain.UserException;

/** Issue 5 at the service level: deadlines in their zone, calendar export, checklist, follow-ups, reminders, e-mail. */
class AgendaAndDocumentsTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;
    AppServices services;

    private void open(String instant) {
        services = AppServices.open(folder, Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Paris")));
        services.imports().importSamples(ProgressListener.NONE, () -> false);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private long postingTitled(String start) {
        return services.postings().list().stream()
                .filter(p -> p.title() != null && p.title().toLowerCase(java.util.Locale.ROOT).startsWith(start.toLowerCase(java.util.Locale.ROOT)))
                .findFirst().orElseThrow().id();
    }

    private long track(String titleStart) {
        return services.applications().track(postingTitled(titleStart)).applicationId();
    }

    @Test
    void seed_004_deadline_is_noon_in_brussels_and_survives_an_ics_round_trip() throws Exception {
        open("2021-02-01T09:00:00Z");
        long app = track("Coordinateur(trice)");
        AgendaItem deadline = services.agenda().forApplication(app).get(0);
        assertThat(deadline.kind()).isEqualTo(EventKind.DEADLINE);
        assertThat(deadline.due()).isEqualTo(ZonedDateTime.of(2021, 2, 19, 12, 0, 0, 0, ZoneId.of("Europe/Brussels")));

        Path ics = files.resolve("out/sillage.ics");
        assertThat(services.calendar().export(ics, app, i -> i.title())).isEqualTo(1);
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        Temporal start = event.getStartDate().orElseThrow().getDate();
        assertThat(Instant.from(start)).isEqualTo(deadline.due().toInstant());
        String installation = services.settings().installationId();
        // the installation's id keeps two people's exports apart
        assertThat(event.getUid().orElseThrow().getValue())
                .isEqualTo("deadline-" + app + "@" + installation + ".sillage.local");
        assertThat(Files.readString(ics)).contains("DTSTART;TZID=Europe/Brussels:20210219T120000");
        // the calendar reminds two days before the deadline
        assertThat(Files.readString(ics)).contains("BEGIN:VALARM").contains("TRIGGER:-P2D").contains("ACTION:DISPLAY");

        String again = services.calendar().ics(app, i -> i.title());
        assertThat(again).contains("UID:deadline-" + app + "@" + installation + ".sillage.local");
    }

    @Test
    void seed_004_checklist_has_cv_letter_and_translation_with_their_constraints() {
        open("2021-02-01T09:00:00Z");
        List<ChecklistItem> list = services.documents().checklist(track("Coordinateur(trice)"));
        assertThat(list).extracting(ChecklistItem::kind).containsExactly("cv", "cover_letter", "translation");
        assertThat(list.get(0).format()).isEqualTo("PDF");
        assertThat(list.get(0).length()).contains("A4 recto verso");
        assertThat(list.get(1).format()).isEqualTo("PDF");
        assertThat(list.get(1).length()).contains("A4");
        assertThat(list).allMatch(i -> i.required() && i.state() == DocumentState.TO_PREPARE);
    }

    @Test
    void seed_002_email_fills_the_required_subject_with_the_candidate_names() {
        open("2021-06-01T09:00:00Z");
        services.settings().setProfile("Marie", "Dupont", "marie@example.org");
        var draft = services.email().draft(track("coordinateur.rice"));
        assertThat(draft.to()).containsExactly("contact@lepartenariat.org");
        assertThat(draft.subject()).isEqualTo("Coordination Maroc – Dupont Marie");
        assertThat(draft.body()).contains("Marie Dupont").contains("Bonjour");
        assertThat(EmailService.mailto(draft)).startsWith("mailto:contact%40lepartenariat.org?subject=Coordination%20Maroc%20%E2%80%93%20Dupont%20Marie&body=");
    }

    @Test
    void a_dutch_posting_gets_its_email_in_dutch_with_its_required_subject() {
        open("2025-03-01T09:00:00Z");
        long posting = services.imports().importText("""
                Stad Kortrijk zoekt een
                Projectmedewerker jeugdwerk (m/v/x)

                Contract: contract van onbepaalde duur, voltijds
                Solliciteer uiterlijk op 14 maart 2025 via jobs@kortrijk.be met je cv en motivatiebrief.
                Vermeld in het onderwerp "Vacature 2025-12 – Voornaam Achternaam".
                """).postingId();
        services.settings().setProfile("Marie", "Dupont", null);
        var draft = services.email().draft(services.applications().track(posting).applicationId());
        assertThat(draft.language()).isEqualTo("nl");
        assertThat(draft.to()).containsExactly("jobs@kortrijk.be");
        assertThat(draft.subject()).isEqualTo("Vacature 2025-12 – Marie Dupont");
        assertThat(draft.body()).startsWith("Geachte");
    }

    @Test
    void applying_freezes_the_attached_files_marks_ready_items_sent_and_proposes_a_follow_up() throws Exception {
        open("2021-02-01T09:00:00Z");
        long app = track("Coordinateur(trice)");
        List<ChecklistItem> list = services.documents().checklist(app);
        Path cv = Files.writeString(files.resolve("CV v3.pdf"), "%PDF-1.4 my cv");
        // attaching a file makes the document ready
        assertThat(services.documents().attach(list.get(0).id(), cv).state()).isEqualTo(DocumentState.READY);
        Files.delete(cv);

        assertThat(services.documents().missing(app)).extracting(ChecklistItem::kind)
                .containsExactly("cover_letter", "translation");
        var view = services.applications().changeStatus(app, ApplicationStatus.APPLIED, "sent anyway");

        long change = view.history().get(view.history().size() - 1).id();
        var sent = services.applications().sentDocuments(app).get(change);
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.fileName()).isEqualTo("CV v3.pdf");
            assertThat(s.sha256()).hasSize(64);
        });
        ChecklistItem first = services.documents().checklist(app).get(0);
        assertThat(first.state()).isEqualTo(DocumentState.SENT);
        assertThat(new String(services.documents().content(first.files().get(0)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.4 my cv");

        var followUp = services.agenda().events(app);
        assertThat(followUp).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.FOLLOW_UP);
            assertThat(e.date()).isEqualTo(LocalDate.of(2021, 2, 11));
        });
        assertThat(services.documents().library()).singleElement()
                .satisfies(l -> assertThat(l.applicationCount()).isEqualTo(1));
    }

    @Test
    void reminders_cover_near_deadlines_and_can_be_snoozed_or_dismissed() {
        open("2021-02-17T09:00:00Z");
        long app = track("Coordinateur(trice)");
        var due = services.reminders().due();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderService.Reminder.Kind.DEADLINE_SOON);
            assertThat(r.item().applicationId()).isEqualTo(app);
        });
        services.reminders().snooze(due.get(0).key(), Duration.ofHours(1));
        assertThat(services.reminders().due()).isEmpty();
        services.close();
        services = AppServices.open(folder, Clock.fixed(Instant.parse("2021-02-17T11:00:00Z"), ZoneId.of("Europe/Paris")));
        assertThat(services.reminders().due()).hasSize(1);
        services.reminders().dismiss(due.get(0).key());
        assertThat(services.reminders().due()).isEmpty();
    }

    @Test
    void a_changed_deadline_reminds_again_and_an_expired_application_is_flagged_not_moved() {
        open("2021-02-20T09:00:00Z");
        long app = track("Coordinateur(trice)");
        var items = services.agenda().forApplication(app);
        assertThat(services.agenda().flags(items, ApplicationStatus.SAVED).expired()).isTrue();
        assertThat(services.applications().get(app).application().status()).isEqualTo(ApplicationStatus.SAVED);
        var passed = services.reminders().due();
        assertThat(passed).singleElement().extracting(r -> r.kind()).isEqualTo(ReminderService.Reminder.Kind.DEADLINE_PASSED);
        services.reminders().dismiss(passed.get(0).key());

        services.postings().correct(services.applications().get(app).application().postingId(), Field.DEADLINE, "2021-02-22");
        assertThat(services.reminders().due()).singleElement().extracting(r -> r.kind())
                .isEqualTo(ReminderService.Reminder.Kind.DEADLINE_SOON);
    }

    @Test
    void an_overdue_follow_up_needs_attention_until_done() {
        open("2021-03-01T09:00:00Z");
        long app = track("Coordinateur(trice)");
        services.applications().changeStatus(app, ApplicationStatus.APPLIED, null);
        var followUp = services.agenda().addEvent(app, EventKind.FOLLOW_UP, LocalDate.of(2021, 2, 25), null, null, null, null);
        var items = services.agenda().forApplication(app);
        assertThat(services.agenda().flags(items, ApplicationStatus.APPLIED).needsFollowUp()).isTrue();
        assertThat(services.reminders().due()).extracting(r -> r.kind()).contains(ReminderService.Reminder.Kind.FOLLOW_UP_OVERDUE);
        services.agenda().setDone(followUp.id(), true);
        assertThat(services.agenda().flags(services.agenda().forApplication(app), ApplicationStatus.APPLIED).needsFollowUp()).isFalse();
    }

    @Test
    void events_are_validated_and_items_can_be_added_and_removed() {
        open("2021-02-01T09:00:00Z");
        long app = track("Coordinateur(trice)");
        assertThatThrownBy(() -> services.agenda().addEvent(app, EventKind.INTERVIEW, null, null, null, null, null))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.event.date"));
        assertThatThrownBy(() -> services.agenda().addEvent(app, EventKind.INTERVIEW, LocalDate.of(2021, 3, 2),
                LocalTime.of(10, 0), "Mars/Olympus", null, null)).isInstanceOf(UserException.class);
        var interview = services.agenda().addEvent(app, EventKind.INTERVIEW, LocalDate.of(2021, 3, 2), LocalTime.of(10, 0),
                "Europe/Brussels", "Agence, Kortrijk", "bring the portfolio");
        assertThat(services.agenda().forApplication(app)).extracting(AgendaItem::kind)
                .containsExactly(EventKind.DEADLINE, EventKind.INTERVIEW);
        services.agenda().deleteEvent(interview.id());

        ChecklistItem extra = services.documents().addItem(app, "Casier judiciaire", true);
        assertThat(extra.kind()).isEqualTo("other:Casier judiciaire");
        services.documents().removeItem(extra.id());
        assertThat(services.documents().checklist(app)).hasSize(3);
    }
}
