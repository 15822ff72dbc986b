package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.service.AppServices;

class CommandLineTest {
    @TempDir
    Path data;

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

    private static String[] seeds() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.sorted().map(Path::toString).toArray(String[]::new);
        }
    }

    private String[] importArgs() throws Exception {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(List.of(seeds()));
        return args.toArray(String[]::new);
    }

    @Test
    void importing_the_seeds_twice_lists_five_postings() throws Exception {
        CliRun first = run(importArgs());
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("5 imported, 0 duplicates, 0 failed");
        CliRun second = run(importArgs());
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("0 imported, 5 duplicates, 0 failed");

        JsonNode list = Json.MAPPER.readTree(run("list", "--json").out());
        assertThat(list.size()).isEqualTo(5);
        assertThat(list.get(0).has("id")).isTrue();
        assertThat(list.get(0).has("deadline")).isTrue();
        assertThat(list.get(0).get("status").isNull()).isTrue();
    }

    @Test
    void track_status_and_history_follow_an_application() throws Exception {
        run(importArgs());
        long postingId = Json.MAPPER.readTree(run("list", "--json").out()).get(0).get("id").asLong();
        CliRun track = run("track", Long.toString(postingId));
        assertThat(track.code()).isZero();
        String appId = track.out().strip();

        assertThat(run("status", appId, "APPLIED", "--note", "sent by e-mail").code()).isZero();
        assertThat(run("status", appId, "interview").code()).isZero();

        JsonNode history = Json.MAPPER.readTree(run("history", appId, "--json").out());
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(1).get("to").asText()).isEqualTo("applied");
        assertThat(history.get(1).get("note").asText()).isEqualTo("sent by e-mail");
        assertThat(history.get(2).get("to").asText()).isEqualTo("interview");

        JsonNode tracked = Json.MAPPER.readTree(run("list", "--json").out()).get(0);
        assertThat(tracked.get("status").asText()).isEqualTo("interview");
        assertThat(run("history", appId).out()).contains("Applied → Interview");
    }

    @Test
    void a_failed_file_gives_exit_1_and_its_reason_on_stderr() throws Exception {
        Path empty = Files.createFile(data.getParent().resolve("empty-" + System.nanoTime() + ".txt"));
        CliRun r = run("import", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is empty");
        Files.delete(empty);
    }

    @Test
    void every_command_shows_its_help_with_help() {
        for (String[] args : new String[][] {{"import", "--help"}, {"extract", "-h"}, {"search", "--help"},
            {"track", "--help"}, {"status", "--help"}, {"event", "--help"}, {"list", "--help"}, {"agenda", "--help"},
            {"export", "--help"}, {"export", "ics", "--help"}, {"session", "--help"}}) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage:").contains(args[args.length - 2]);
            assertThat(r.err()).as(String.join(" ", args)).doesNotContain("Missing").doesNotContain("Unknown option");
        }
    }

    @Test
    void bad_usage_gives_exit_2() {
        assertThat(run("status", "1", "nonsense").code()).isEqualTo(2);
        assertThat(run("track").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        // what to do, in the user's language, instead of the whole usage text
        CliRun r = run("track");
        assertThat(r.err()).contains("sillage track --help").doesNotContain("Usage:");
    }

    @Test
    void unknown_ids_give_exit_1_with_a_message() {
        CliRun r = run("history", "42");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no application number 42");
    }

    @Test
    void a_folder_held_by_another_sillage_gives_exit_1_with_a_clear_message() throws Exception {
        try (AppServices holder = AppServices.open(data)) {
            CliRun r = run(importArgs());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("already open on the data folder");
        }
    }

    @Test
    void extract_prints_the_schema_fields_with_evidence_and_touches_no_database() throws Exception {
        Path folder = data.resolve("never-created");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("extract", "--json", "seeds/004_e5ec695bc5923d04.txt", "--data-dir", folder.toString());
        assertThat(code).isZero();
        JsonNode posting = Json.MAPPER.readTree(out.toString()).get(0);
        assertThat(posting.get("file").asText()).isEqualTo("seeds/004_e5ec695bc5923d04.txt");
        assertThat(posting.get("deadline").asText()).isEqualTo("2021-02-19");
        assertThat(posting.get("deadline_time").asText()).isEqualTo("12:00");
        for (String field : List.of("title", "organization", "location", "contract_type", "deadline_open_until_filled",
                "start_date", "start_text", "posted_date", "required_documents", "application_emails", "application_url",
                "application_subject", "salary_text", "remote_text", "experience_years", "languages_required")) {
            assertThat(posting.has(field)).as(field).isTrue();
        }
        JsonNode span = posting.get("evidence").get("deadline").get(0);
        assertThat(span.has("start") && span.has("end") && span.has("rule")).isTrue();
        String text = Files.readString(Path.of("seeds/004_e5ec695bc5923d04.txt"));
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).contains("19 février 2021");
        assertThat(folder).doesNotExist();
    }

    @Test
    void extract_reads_every_file_of_a_folder_as_import_does(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Path.of("seeds/000_6196be239c68932c.txt"), dir.resolve("b.txt"));
        Files.copy(Path.of("seeds/004_e5ec695bc5923d04.txt"), dir.resolve("sub/a.txt"));
        Files.writeString(dir.resolve(".hidden.txt"), "not a posting");
        CliRun r = run("extract", "--json", dir.toString());
        assertThat(r.code()).isZero();
        JsonNode all = Json.MAPPER.readTree(r.out());
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("file").asText()).endsWith("b.txt");
        assertThat(all.get(1).get("file").asText()).endsWith("a.txt");
        assertThat(all.get(1).get("title").asText()).isEqualTo("Coordinateur(trice) de projets");
    }

    @Test
    void extract_in_words_says_yes_for_a_flag_and_nothing_for_one_not_set(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("offer.txt"), "Chauffeur-livreur\n\nPermis B exigé. Poste ouvert jusqu'à ce qu'il soit pourvu. "
                + "CV à rh@transport.example.org");
        CliRun r = run("extract", dir.resolve("offer.txt").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("true").doesNotContain("false").contains("Yes");
    }

    @Test
    void extract_and_import_say_when_a_folder_holds_no_file(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".hidden.txt"), "not a posting");
        CliRun r = run("extract", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("No file to read in").contains(dir.toString());
        CliRun i = run("import", dir.toString());
        assertThat(i.err()).contains("No file to read in");
        assertThat(i.out()).contains("0 imported");
    }

    @Test
    void extract_exits_1_when_a_file_cannot_be_read_but_prints_the_others() throws Exception {
        CliRun r = run("extract", "--json", "seeds/000_6196be239c68932c.txt", "no-such-file.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(r.out()).size()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-file.txt");
        assertThat(run("extract", "seeds/000_6196be239c68932c.txt").out()).contains("Head of Program Support Services");
    }

    @Test
    void reextract_rereads_stored_postings() throws Exception {
        run(importArgs());
        CliRun r = run("reextract");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("5 postings read again");
    }

    @Test
    void a_data_folder_that_cannot_be_created_gives_a_message_and_exit_1() throws Exception {
        Path aFile = Files.writeString(data.resolve("not-a-folder"), "x");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("list", "--data-dir", aFile.resolve("sub").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot be used").doesNotContain("Exception");
    }

    @Test
    void window_options_are_not_mistaken_for_commands() {
        assertThat(SillageCommand.isCommandLine(new String[] {})).isFalse();
        assertThat(SillageCommand.isCommandLine(new String[] {"--data-dir", "/tmp/x"})).isFalse();
        assertThat(SillageCommand.isCommandLine(new String[] {"--data-dir", "/tmp/x", "list"})).isTrue();
        assertThat(SillageCommand.isCommandLine(new String[] {"--help"})).isTrue();
    }

    @Test
    void dates_and_times_are_taken_as_people_write_them_and_bad_usage_exits_with_2() throws Exception {
        run(importArgs());
        long app = Long.parseLong(run("track", "1").out().strip());
        CliRun event = run("event", Long.toString(app), "interview", "2027-01-20", "--time", "9:00");
        assertThat(event.code()).as(event.err()).isZero();
        assertThat(run("event", Long.toString(app), "interview", "20/01/2027", "--time", "9h30").code()).isZero();
        CliRun badZone = run("event", Long.toString(app), "interview", "2027-01-20", "--zone", "Mars/Olympus");
        assertThat(badZone.code()).isEqualTo(2);
        assertThat(badZone.err()).contains("Mars/Olympus");
        CliRun badTime = run("event", Long.toString(app), "interview", "2027-01-20", "--time", "25:00");
        assertThat(badTime.code()).isEqualTo(2);
        assertThat(badTime.err()).contains("14:30");
        assertThat(run("event", Long.toString(app), "party", "2027-01-20").code()).isEqualTo(2);

        CliRun corrected = run("correct", "1", "deadline", "20/01/2027");
        assertThat(corrected.code()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("2027-01-20");
        CliRun wrong = run("correct", "1", "deadline", "someday");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("12/15/2026").contains("2026-12-15");
    }

    @Test
    void list_shows_posting_and_application_numbers_and_a_wrong_number_says_where_to_find_them() throws Exception {
        run(importArgs());
        long app = Long.parseLong(run("track", "2").out().strip());
        CliRun list = run("list");
        assertThat(list.out()).contains("posting").contains("application");
        assertThat(list.out().lines().filter(l -> l.matches("\\s*2\\s+" + app + "\\s.*"))).hasSize(1);
        CliRun history = run("history", "999");
        assertThat(history.code()).isEqualTo(1);
        assertThat(history.err()).contains("no application number 999").contains("sillage list");

        CliRun untrack = run("untrack", Long.toString(app));
        assertThat(untrack.code()).isZero();
        assertThat(run("list", "--json").out()).doesNotContain("\"application_id\":" + app);
    }

    @Test
    void a_cv_is_not_imported_as_a_posting_unless_forced() throws Exception {
        Path cv = Files.writeString(data.resolveSibling(data.getFileName() + "-cv.txt"), """
                Marie Dupont
                12 rue des Lilas, 59000 Lille
                marie.dupont@example.org — 06 12 34 56 78

                Expérience professionnelle
                2019-2024 : Chargée de projets, Association Solidarité Nord

                Formation
                Master Coopération internationale, Université de Lille, 2016
                """);
        CliRun refused = run("import", cv.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("does not look like a posting").contains("--force");
        assertThat(Json.MAPPER.readTree(run("list", "--json").out()).size()).isZero();
        CliRun forced = run("import", "--force", cv.toString());
        assertThat(forced.code()).isZero();
        assertThat(Json.MAPPER.readTree(run("list", "--json").out()).size()).isEqualTo(1);
        // every sample posting looks like one
        assertThat(run(importArgs()).code()).isZero();
    }

    @Test
    void data_dir_works_before_the_command_and_for_export_and_is_in_the_help() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = org.sillage.cli.SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("--data-dir", data.toString(), "import"));
        args.addAll(List.of(seeds()));
        assertThat(cl.execute(args.toArray(String[]::new))).isZero();
        assertThat(run("list", "--json").out()).contains("\"id\"");
        Path ics = data.resolveSibling(data.getFileName() + ".ics");
        var cl2 = org.sillage.cli.SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(cl2.execute("export", "--data-dir", data.toString(), "ics", ics.toString())).isZero();
        assertThat(Files.exists(ics)).isTrue();
        StringWriter help = new StringWriter();
        org.sillage.cli.SillageCommand.newCommandLine(new PrintWriter(help, true), new PrintWriter(err, true)).execute("--help");
        assertThat(help.toString()).contains("--data-dir");
    }

    @Test
    void extract_names_documents_in_words_unless_json_is_asked() throws Exception {
        Path posting = Files.writeString(data.resolveSibling(data.getFileName() + "-p.txt"),
                "Animateur (H/F)\nEnvoyez CV et lettre de motivation avant le 3 mai 2027 à rh@example.org\n");
        CliRun words = run("extract", posting.toString());
        assertThat(words.out()).contains("CV, Cover letter").doesNotContain("cover_letter");
        assertThat(run("extract", "--json", posting.toString()).out()).contains("cover_letter");
    }
}
