package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Seeker;
import org.sillage.service.AppServices;

/** {@code session add|list}, {@code action add|done|cancel} and {@code report}, with their bad input. */
class SessionCommandsTest {
    @TempDir
    Path data;
    @TempDir
    Path out;

    static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    private static long id(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return Long.parseLong(r.out().strip());
    }

    @Test
    void a_session_with_actions_is_recorded_listed_and_its_actions_ticked() throws Exception {
        long first = id(run("session", "add", "--date", "2026-11-03", "--decisions", "Apply to two posts"));
        long second = id(run("session", "add", "--date", "2026-11-12", "--duration", "45", "--reviewed", "The CV",
                "--decisions", "Prepare the interview"));
        long letter = id(run("action", "add", "--what", "Write the cover letter", "--who", "seeker", "--due",
                "2026-11-18", "--session", Long.toString(second)));
        long call = id(run("action", "add", "--what", "Call the centre", "--who", "Advisor", "--session",
                Long.toString(second)));

        CliRun list = run("session", "list");
        assertEquals(0, list.code());
        assertThat(list.out().indexOf("2026-11-12")).isLessThan(list.out().indexOf("2026-11-03"));
        assertThat(list.out()).contains("#" + first, "Prepare the interview", "45 min");

        CliRun done = run("action", "done", Long.toString(letter));
        assertEquals(0, done.code(), done.err());
        assertThat(done.out()).contains("Write the cover letter", "Done");
        assertThat(run("action", "cancel", Long.toString(call)).out()).contains("Cancelled");

        JsonNode json = Json.MAPPER.readTree(run("session", "list", "--json").out());
        assertEquals(second, json.get(0).get("id").asLong());
        assertEquals(45, json.get(0).get("duration_minutes").asInt());
        assertThat(json.get(0).get("actions")).extracting(a -> a.get("what").asText() + ":" + a.get("who").asText()
                + ":" + a.get("state").asText())
                .containsExactlyInAnyOrder("Write the cover letter:seeker:done", "Call the centre:advisor:cancelled");
        assertEquals("2026-11-18", json.get(0).get("actions").get(0).get("due").asText());
    }

    @Test
    void actions_with_a_day_show_in_the_agenda() {
        String soon = java.time.LocalDate.now().plusDays(2).toString();
        id(run("action", "add", "--what", "Phone the employer", "--who", "seeker", "--due", soon));
        CliRun agenda = run("agenda", "--days", "5");
        assertEquals(0, agenda.code(), agenda.err());
        assertThat(agenda.out()).contains("Action", "Job seeker:", "Phone the employer");
    }

    @Test
    void bad_input_gets_a_translated_message_and_a_user_error_code() {
        CliRun badDate = run("session", "add", "--date", "the 32nd");
        assertEquals(2, badDate.code());
        assertThat(badDate.err()).contains("the 32nd");
        CliRun badWho = run("action", "add", "--what", "x", "--who", "nobody");
        assertEquals(2, badWho.code());
        assertThat(badWho.err()).contains("Unknown “nobody” for --who");
        CliRun badDuration = run("session", "add", "--date", "2026-11-12", "--duration", "-5");
        assertEquals(1, badDuration.code());
        assertThat(badDuration.err()).contains("A session of -5 minutes cannot be recorded");
        CliRun noSession = run("action", "add", "--what", "x", "--who", "seeker", "--session", "42");
        assertEquals(1, noSession.code());
        assertThat(noSession.err()).contains("There is no session number 42");
        CliRun noAction = run("action", "done", "7");
        assertEquals(1, noAction.code());
        assertThat(noAction.err()).contains("There is no action number 7");
        CliRun noSeeker = run("report", "Nobody Here", "--out", out.resolve("x.pdf").toString());
        assertEquals(1, noSeeker.code());
        assertThat(noSeeker.err()).contains("There is no job seeker “Nobody Here”");
        assertThat(out.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void report_by_name_writes_the_pdf_of_that_seeker_in_their_language() throws IOException {
        long amina;
        try (AppServices s = AppServices.open(data)) {
            amina = s.seekers().add(new Seeker.Details("Amina Kaci", null, null, null, null, null, null, "fr", null,
                    null)).id();
            s.seekers().add(new Seeker.Details("Brahim", null, null, null, null, null, null, "en", null, null));
            s.seekers().switchTo(amina);
            s.sessions().add(new org.sillage.domain.SupportSession.Details(java.time.LocalDate.of(2026, 11, 12), 30,
                    null, null, "Relancer la médiathèque"));
        }
        Path pdf = out.resolve("cr.pdf");
        CliRun r = run("report", "amina kaci", "--out", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertThat(r.out()).contains("Amina Kaci", pdf.toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Compte rendu d’entretien", "Amina Kaci", "Relancer la médiathèque");

        Path other = out.resolve("brahim.pdf");
        CliRun byNumber = run("report", Long.toString(amina + 1), "--out", other.toString());
        assertEquals(0, byNumber.code(), byNumber.err());
        assertThat(Files.size(other)).isPositive();
    }
}
