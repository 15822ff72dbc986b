package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.DocumentState;
import org.sillage.domain.SessionReport;
import org.sillage.domain.Seeker;
import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportAction.Owner;
import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;

/**
 * A report for a constructed seeker, read back with PDFBox: the person, the changes since the previous
 * session and only those, the missing documents of coming deadlines, the decisions and the actions, in
 * French and in English.
 */
class ReportServiceTest {
    @TempDir
    Path folder;
    @TempDir
    Path out;
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 2, 10, 0), ZoneId.of("Europe/Paris"));
    private AppServices s;
    private long firstSession;
    private long secondSession;
    private String coordinator;
    private String animator;
    private String librarian;

    private long tracked(String text) {
        long posting = s.imports().importText(text).postingId();
        return s.applications().track(posting).applicationId();
    }

    @BeforeEach
    void a_seeker_with_two_sessions() {
        s = AppServices.open(folder, clock);
        Seeker amina = s.seekers().add(new Seeker.Details("Amina Kaci", "Amina", "Kaci", "amina@example.org",
                "06 12 34 56 78", "Médiatrice, animatrice", null, "fr", null, null));
        s.seekers().switchTo(amina.id());
        // 2 November: two applications, one sent
        long coordination = tracked("Coordinateur de projets jeunesse (H/F)\nOrganisme : Ville de Roubaix\n"
                + "Date limite de candidature : 20 novembre 2026.\nPoste à temps plein.");
        long animation = tracked("Animatrice socioculturelle\nCentre social du Lys\n"
                + "Candidatures jusqu'au 30 décembre 2026.\nContrat CDD de 12 mois.");
        s.applications().changeStatus(animation, ApplicationStatus.APPLIED, "envoyée par courriel");
        s.documents().checklist(coordination).forEach(i -> s.documents().removeItem(i.id()));
        var cv = s.documents().addItem(coordination, "cv", true);
        s.documents().addItem(coordination, "cover_letter", true);
        // 3 November: the first session
        clock.set(LocalDateTime.of(2026, 11, 3, 9, 0));
        firstSession = s.sessions().save(null, new SupportSession.Details(LocalDate.of(2026, 11, 3), 60,
                "Notes privées du conseiller", "Le CV et deux offres", "Postuler à Roubaix"), List.of()).session().id();
        // 10 November: an interview is set, another posting is tracked, the CV is ready
        clock.set(LocalDateTime.of(2026, 11, 10, 15, 0));
        s.applications().changeStatus(animation, ApplicationStatus.INTERVIEW, null);
        long library = tracked("Assistant de bibliothèque\nMédiathèque de Tourcoing\nPoste à pourvoir au 1er janvier 2027.");
        s.documents().setState(cv.id(), DocumentState.READY);
        // 12 November: the second session
        clock.set(LocalDateTime.of(2026, 11, 12, 14, 0));
        secondSession = s.sessions().save(null, new SupportSession.Details(LocalDate.of(2026, 11, 12), 45,
                "Notes privées du conseiller", "L’entretien du Centre social",
                "Préparer l’oral « mise en situation » avec l’œil du jury"), List.of(
                new SessionService.ActionDraft(0, new SupportAction.Details("Écrire la lettre de motivation pour Roubaix",
                        Owner.SEEKER, LocalDate.of(2026, 11, 18))),
                new SessionService.ActionDraft(0, new SupportAction.Details("Appeler le Centre social",
                        Owner.ADVISOR, LocalDate.of(2026, 11, 14))))).session().id();
        coordinator = s.applications().get(coordination).title();
        animator = s.applications().get(animation).title();
        librarian = s.applications().get(library).title();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        s.close();
    }

    private String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // the report keeps French spaces unbreakable (before », :, after «): read them as spaces
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_report_reads_the_changes_since_the_previous_session_and_the_missing_documents() {
        SessionReport r = s.reports().read(secondSession);
        assertEquals(LocalDate.of(2026, 11, 3), r.previous());
        assertEquals(LocalDate.of(2026, 11, 4), r.since());
        assertThat(r.changes()).extracting(c -> c.title() + ":" + c.from() + "->" + c.to())
                .containsExactlyInAnyOrder(animator + ":APPLIED->INTERVIEW", librarian + ":null->SAVED");
        assertThat(r.applications()).hasSize(3);
        assertThat(r.deadlines()).singleElement().satisfies(d -> {
            assertEquals(coordinator, d.title());
            assertThat(d.missing()).extracting(SessionReport.Missing::kind).containsExactly("cover_letter");
        });
        assertThat(r.actions()).hasSize(2);
        assertThat(r.otherActions()).isEmpty();

        SessionReport first = s.reports().read(firstSession);
        assertThat(first.previous()).isNull();
        assertEquals(LocalDate.of(2026, 10, 4), first.since());
        assertThat(first.changes()).extracting(c -> c.title() + ":" + c.to())
                .contains(animator + ":APPLIED").doesNotContain(animator + ":INTERVIEW");
        assertThat(first.otherActions()).extracting(SupportAction::what).hasSize(2);
    }

    @Test
    void the_report_in_french_holds_the_person_the_changes_the_missing_documents_the_decisions_and_the_actions()
            throws IOException {
        Path pdf = out.resolve("compte-rendu.pdf");
        s.reports().export(secondSession, pdf);
        String text = pdfText(pdf);
        assertThat(coordinator).isNotBlank();
        assertThat(text).contains("Compte rendu d’entretien", "Amina Kaci", "Entretien du 12 novembre 2026 (45 min)",
                "changements depuis l’entretien du 3 novembre 2026", animator, "Envoyée → Entretien", librarian,
                coordinator, "Lettre de motivation",
                "Préparer l’oral « mise en situation » avec l’œil du jury", "L’entretien du Centre social",
                "Écrire la lettre de motivation pour Roubaix", "Personne suivie", "18/11/2026",
                "Appeler le Centre social", "Conseiller·ère", "14/11/2026", "À faire");
        assertThat(text).doesNotContain("Notes privées", "Cover letter", "Session report");
        // each missing document has its bullet; the CV is ready, so it has none
        assertThat(text).contains("• Lettre de motivation").doesNotContain("• CV");
    }

    @Test
    void the_report_in_english_when_the_person_reads_english() throws IOException {
        Seeker amina = s.seekers().current();
        var d = amina.details();
        s.seekers().update(amina.id(), new Seeker.Details(d.displayName(), d.firstName(), d.lastName(), d.email(),
                d.phone(), d.targetJobs(), d.notes(), "en", d.consentOn(), d.consentScope()));
        Path pdf = out.resolve("report.pdf");
        s.reports().export(secondSession, pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Session report", "Amina Kaci", "Session of November 12, 2026 (45 min)",
                "changes since the session of November 3, 2026", "Applied → Interview", "• Cover letter",
                "Préparer l’oral « mise en situation » avec l’œil du jury", "Job seeker", "Advisor", "11/18/26");
        assertThat(text).doesNotContain("Compte rendu", "Lettre de motivation", "Personne suivie");
    }

    @Test
    void without_a_report_language_the_interface_language_is_used() throws IOException {
        Seeker amina = s.seekers().current();
        var d = amina.details();
        s.seekers().update(amina.id(), new Seeker.Details(d.displayName(), null, null, null, null, null, null, null,
                null, null));
        s.settings().setLanguage("en");
        Path pdf = out.resolve("report.pdf");
        s.reports().export(null, pdf);
        assertThat(pdfText(pdf)).contains("Session report", "Session of November 12, 2026");
    }

    @Test
    void a_report_to_a_folder_that_cannot_be_written_says_so() throws IOException {
        Path blocked = out.resolve("a-file");
        Files.writeString(blocked, "x");
        UserException e = assertThrows(UserException.class, () -> s.reports().export(secondSession,
                blocked.resolve("report.pdf")));
        assertEquals("error.report.write", e.key());
        assertEquals("error.session.not_found", assertThrows(UserException.class,
                () -> s.reports().export(999L, out.resolve("x.pdf"))).key());
    }
}
