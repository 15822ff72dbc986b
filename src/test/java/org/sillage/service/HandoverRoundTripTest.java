package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.domain.Contact;
import org.sillage.domain.EventKind;
import org.sillage.domain.Field;
import org.sillage.domain.Handover;
import org.sillage.domain.NextAction;
import org.sillage.domain.Seeker;

/**
 * A seeker's record between two data folders (an advisor's and the seeker's own): exported, imported,
 * edited on both sides and exchanged back and forth, twice. Nothing is lost, nothing is doubled, edits on
 * one side are taken, edits on both are listed as conflicts; the same archive twice changes nothing.
 */
class HandoverRoundTripTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();
    @TempDir
    Path a;
    @TempDir
    Path b;
    @TempDir
    Path work;
    AppServices advisor;
    AppServices own;
    long zoeA;
    long appA;
    long appA2;
    long postingA;
    long noteA;
    long contactA;

    @BeforeEach
    void advisorRecordsAFollowUp() throws Exception {
        advisor = AppServices.open(a);
        own = AppServices.open(b);
        Seeker zoe = advisor.seekers().add(new Seeker.Details("Zoé Vandermeulen", "Zoé", "Vandermeulen",
                "zoe.vdm@example.org", "06 11 22 33 44", "Comptabilité", "Mobile", "fr", LocalDate.of(2026, 11, 2), "CV, suivi"));
        zoeA = zoe.id();
        advisor.seekers().switchTo(zoeA);
        postingA = advisor.imports().importText("Comptable fournisseurs\nOxybulle SARL\n\nCDI. Candidature avant le 20 mars 2031 à jobs@oxybulle.fr").postingId();
        long posting2 = advisor.imports().importText("Chargé de mission emploi\nVille de Roubaix\n\nCandidature avant le 15 mars 2031 à rh@roubaix.fr").postingId();
        appA = advisor.applications().track(postingA).applicationId();
        appA2 = advisor.applications().track(posting2).applicationId();
        advisor.applications().changeStatus(appA, ApplicationStatus.APPLIED, "sent by e-mail");
        advisor.agenda().addEvent(appA, EventKind.INTERVIEW, LocalDate.of(2031, 3, 2), null, null, "Lille", "with the DRH");
        var item = advisor.documents().addItem(appA2, "cv", true);
        Path cv = Files.writeString(work.resolve("cv-zoe.txt"), "CV de Zoé Vandermeulen, comptable", StandardCharsets.UTF_8);
        advisor.documents().attach(item.id(), cv);
        contactA = advisor.contacts().addTo(appA, new Contact(0, "Jeanne Dupont", "DRH", "jeanne@oxybulle.fr", "03 20 00 00 00", null)).id();
        noteA = advisor.notes().add(appA, LocalDate.of(2031, 2, 20), "Relancer après l'entretien").id();
        advisor.postings().correct(postingA, Field.TITLE, "Comptable fournisseurs (H/F)");
    }

    @AfterEach
    void close() {
        advisor.close();
        own.close();
    }

    private Path export(AppServices from, long seeker, String name) {
        return from.handover().export(seeker, work.resolve(name), PASS).file();
    }

    private static long seekerIn(AppServices s, String name) {
        return s.handover().seeker(name).id();
    }

    private static List<Handover.Row> record(AppServices s, long seeker) {
        return s.handover().rows(seeker);
    }

    @Test
    void the_whole_record_arrives_and_the_same_archive_twice_changes_nothing() {
        Path x1 = export(advisor, zoeA, "zoe-1.sillage");
        Handover.ImportSummary first = own.handover().importArchive(x1, PASS);
        assertThat(first.added()).isGreaterThan(8);
        assertThat(first.files()).isEqualTo(1);
        long zoeB = seekerIn(own, "Zoé Vandermeulen");
        // the seeker's own Sillage had nothing yet: its one person becomes Zoé
        assertThat(own.seekers().all()).hasSize(1);
        assertThat(own.seekers().get(zoeB).email()).isEqualTo("zoe.vdm@example.org");
        assertThat(record(own, zoeB)).containsExactlyInAnyOrderElementsOf(record(advisor, zoeA));

        own.seekers().switchTo(zoeB);
        List<ApplicationView> apps = own.applications().list();
        assertThat(apps).hasSize(2);
        assertThat(apps).extracting(ApplicationView::title).contains("Comptable fournisseurs (H/F)");
        long appB2 = apps.stream().filter(v -> v.title().startsWith("Chargé")).findFirst().orElseThrow().application().id();
        var attached = own.documents().checklist(appB2).get(0).files().get(0);
        assertThat(new String(own.documents().content(attached), StandardCharsets.UTF_8)).contains("Vandermeulen");

        List<Handover.Row> before = record(own, zoeB);
        Handover.ImportSummary second = own.handover().importArchive(x1, PASS);
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.files()).isEqualTo(1);
        assertThat(record(own, zoeB)).isEqualTo(before);
        assertThat(own.handover().conflicts(zoeB)).isEmpty();
    }

    @Test
    void edits_on_both_sides_merge_field_by_field_and_a_conflict_waits_for_a_person_twice_over() {
        own.handover().importArchive(export(advisor, zoeA, "x1.sillage"), PASS);
        long zoeB = seekerIn(own, "Zoé Vandermeulen");
        own.seekers().switchTo(zoeB);
        long appB = own.applications().list().stream().filter(v -> v.title().startsWith("Comptable"))
                .findFirst().orElseThrow().application().id();

        // on the advisor's side: a note edited, the contact's phone, the next action
        advisor.notes().update(noteA, LocalDate.of(2031, 2, 21), "Relancer le 25 février");
        advisor.contacts().update(new Contact(contactA, "Jeanne Dupont", "DRH", "jeanne@oxybulle.fr", "03 20 99 99 99", null));
        advisor.applications().setNextAction(appA, new NextAction("Appeler Jeanne", LocalDate.of(2031, 2, 25)));
        // on the seeker's side: a new note, the interview's place, the same next action to something else
        own.notes().add(appB, LocalDate.of(2031, 2, 22), "Préparer les questions");
        var event = own.agenda().events(appB).stream().filter(e -> e.kind() == EventKind.INTERVIEW).findFirst().orElseThrow();
        own.agenda().updateEvent(new org.sillage.domain.ApplicationEvent(event.id(), appB, event.kind(), event.date(),
                event.time(), event.zone(), "Roubaix, 2e étage", event.note(), event.done()));
        own.applications().setNextAction(appB, new NextAction("Envoyer le portfolio", LocalDate.of(2031, 2, 24)));

        Handover.ImportSummary back = advisor.handover().importArchive(export(own, zoeB, "y1.sillage"), PASS);
        assertThat(back.conflicts()).isEqualTo(1);
        List<Handover.Conflict> conflicts = advisor.handover().conflicts(zoeA);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("application");
            assertThat(c.field()).isEqualTo("next_action");
            assertThat(c.mine()).isEqualTo("Appeler Jeanne");
            assertThat(c.theirs()).isEqualTo("Envoyer le portfolio");
            assertThat(c.label()).isEqualTo("Comptable fournisseurs (H/F)");
        });
        // taken from the seeker's side; kept on the advisor's; nothing doubled
        assertThat(advisor.notes().forApplication(appA)).extracting(n -> n.text())
                .containsExactlyInAnyOrder("Relancer le 25 février", "Préparer les questions");
        assertThat(advisor.agenda().events(appA)).hasSize(2).filteredOn(e -> e.kind() == EventKind.INTERVIEW)
                .singleElement().satisfies(e -> assertThat(e.place()).isEqualTo("Roubaix, 2e étage"));
        assertThat(advisor.contacts().forApplication(appA)).singleElement()
                .satisfies(c -> assertThat(c.phone()).isEqualTo("03 20 99 99 99"));
        assertThat(advisor.applications().get(appA).application().nextAction().text()).isEqualTo("Appeler Jeanne");
        assertThat(advisor.applications().list()).hasSize(2);

        // the same archive again: the conflict is not doubled, nothing changes
        assertThat(advisor.handover().importArchive(work.resolve("y1.sillage"), PASS).changedNothing()).isTrue();
        assertThat(advisor.handover().conflicts(zoeA)).hasSize(1);

        // a person chooses the seeker's value; the next exchange then agrees everywhere
        advisor.handover().resolve(conflicts.get(0).id(), Handover.Keep.THEIRS);
        assertThat(advisor.applications().get(appA).application().nextAction().text()).isEqualTo("Envoyer le portfolio");
        assertThat(advisor.handover().conflicts(zoeA)).isEmpty();
        Handover.ImportSummary again = own.handover().importArchive(export(advisor, zoeA, "x2.sillage"), PASS);
        assertThat(again.conflicts()).isZero();
        assertThat(own.notes().forApplication(appB)).extracting(n -> n.text())
                .containsExactlyInAnyOrder("Relancer le 25 février", "Préparer les questions");
        assertThat(record(own, zoeB)).containsExactlyInAnyOrderElementsOf(record(advisor, zoeA));

        // second round: a status change there, a priority and a profile edit here
        own.applications().changeStatus(appB, ApplicationStatus.INTERVIEW, "convoquée");
        advisor.labels().setApplicationPriority(appA, 3);
        Seeker z = advisor.seekers().get(zoeA);
        advisor.seekers().update(zoeA, new Seeker.Details(z.displayName(), z.firstName(), z.lastName(), z.email(),
                "07 00 00 00 00", z.targetJobs(), z.notes(), z.reportLanguage(), z.consentOn(), z.consentScope()));
        assertThat(advisor.handover().importArchive(export(own, zoeB, "y2.sillage"), PASS).conflicts()).isZero();
        assertThat(own.handover().importArchive(export(advisor, zoeA, "x3.sillage"), PASS).conflicts()).isZero();
        assertThat(advisor.applications().get(appA).application().status()).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(own.seekers().get(zoeB).phone()).isEqualTo("07 00 00 00 00");
        assertThat(record(own, zoeB)).containsExactlyInAnyOrderElementsOf(record(advisor, zoeA));
        assertThat(advisor.handover().conflicts(zoeA)).isEmpty();
        assertThat(own.handover().conflicts(zoeB)).isEmpty();
    }

    @Test
    void the_same_change_made_on_both_sides_is_no_conflict() {
        own.handover().importArchive(export(advisor, zoeA, "x1.sillage"), PASS);
        long zoeB = seekerIn(own, "Zoé Vandermeulen");
        own.seekers().switchTo(zoeB);
        long appB = own.applications().list().get(0).application().id();
        long appOnA = own.applications().get(appB).title().equals(advisor.applications().get(appA).title()) ? appA : appA2;
        advisor.labels().setApplicationPriority(appOnA, 2);
        own.labels().setApplicationPriority(appB, 2);
        assertThat(advisor.handover().importArchive(export(own, zoeB, "y1.sillage"), PASS).conflicts()).isZero();
    }

    @Test
    void a_folder_that_already_has_people_gets_the_seeker_as_one_more() {
        own.seekers().add(new Seeker.Details("Brahim", null, null, null, null, null, null, null, null, null));
        own.handover().importArchive(export(advisor, zoeA, "x1.sillage"), PASS);
        assertThat(own.seekers().all()).extracting(Seeker::displayName).containsExactlyInAnyOrder("me", "Brahim", "Zoé Vandermeulen");
    }

    /**
     * A change to Applied made on one side and handed over undoes on the other as where it was made (ADR 0062):
     * the follow-up it planned goes, the documents it sent are Ready again. Before, the marks stayed behind.
     */
    @Test
    void a_change_to_applied_handed_over_undoes_its_follow_up_and_its_sending_on_the_other_side() {
        var cv = advisor.documents().addItem(appA2, "cv", true);
        assertThat(cv.id()).isPositive();
        var letter = advisor.documents().addItem(appA2, "cover_letter", true);
        advisor.documents().setState(letter.id(), org.sillage.domain.DocumentState.READY);
        advisor.applications().changeStatus(appA2, ApplicationStatus.APPLIED, null);
        own.handover().importArchive(export(advisor, zoeA, "x1.sillage"), PASS);
        long zoeB = seekerIn(own, "Zoé Vandermeulen");
        own.seekers().switchTo(zoeB);
        long appB2 = own.applications().list().stream().filter(v -> v.title().startsWith("Chargé")).findFirst()
                .orElseThrow().application().id();
        assertThat(record(own, zoeB)).containsExactlyInAnyOrderElementsOf(record(advisor, zoeA));
        java.util.function.Supplier<List<org.sillage.domain.ApplicationEvent>> followUps = () -> own.agenda().events(appB2)
                .stream().filter(e -> e.kind() == EventKind.FOLLOW_UP).toList();
        java.util.function.Supplier<org.sillage.domain.DocumentState> letterState = () -> own.documents().checklist(appB2)
                .stream().filter(d -> d.kind().equals("cover_letter")).findFirst().orElseThrow().state();
        assertThat(followUps.get()).hasSize(1);
        assertThat(letterState.get()).isEqualTo(org.sillage.domain.DocumentState.SENT);

        var history = own.applications().get(appB2).history();
        own.applications().undo(history.get(history.size() - 1).id());
        assertThat(followUps.get()).isEmpty();
        assertThat(letterState.get()).isEqualTo(org.sillage.domain.DocumentState.READY);

        // and back: the advisor's side takes the undone change and the letter's state, with no conflict (the
        // follow-up's deletion is not carried, as no deletion is: ADR 0025)
        assertThat(advisor.handover().importArchive(export(own, zoeB, "y1.sillage"), PASS).conflicts()).isZero();
        assertThat(advisor.applications().get(appA2).application().status()).isEqualTo(ApplicationStatus.SAVED);
        assertThat(advisor.documents().checklist(appA2).stream().filter(d -> d.kind().equals("cover_letter"))
                .findFirst().orElseThrow().state()).isEqualTo(org.sillage.domain.DocumentState.READY);
    }
}
