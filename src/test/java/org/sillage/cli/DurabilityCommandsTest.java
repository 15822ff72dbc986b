package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore and check on the command line, and what it says when the database is damaged. */
class DurabilityCommandsTest {
    @TempDir
    Path dir;
    static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(before);
    }

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    @Test
    void backup_then_damage_then_restore_latest_brings_everything_back() throws Exception {
        assertThat(run("import", "seeds").code()).isZero();
        CliRun backup = run("backup");
        assertThat(backup.code()).isZero();
        assertThat(backup.out()).startsWith("Backed up to ");
        assertThat(run("backup", "--list").out().lines().count()).isGreaterThanOrEqualTo(2); // today's daily one too

        Path db = dir.resolve("data/sillage.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[(int) f.length()];
            new java.util.Random(3).nextBytes(junk);
            f.write(junk);
        }
        CliRun broken = run("list");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("cannot be read").contains("sillage restore --latest");

        CliRun restored = run("restore", "--latest");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored");
        assertThat(Json.MAPPER.readTree(run("list", "--json").out()).size()).isEqualTo(5);
    }

    @Test
    void a_restore_of_a_file_that_is_not_a_backup_says_so_and_changes_nothing() throws Exception {
        assertThat(run("import", "seeds").code()).isZero();
        Path notes = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        CliRun r = run("restore", notes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a readable Sillage backup");
        assertThat(run("restore").code()).isEqualTo(2);
    }

    @Test
    void check_names_a_missing_file_and_exits_1() throws Exception {
        assertThat(run("import", "seeds").code()).isZero();
        assertThat(run("check").code()).isZero();
        try (var files = Files.walk(dir.resolve("data/files"))) {
            Path one = files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
            Files.delete(one);
        }
        CliRun r = run("check");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("missing").contains("One kept file is missing or changed.");
    }

    @Test
    void file_names_are_printed_with_control_characters_escaped() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path odd = inbox.resolve("offre\nimported fake\u202Etxt.exe");
        Files.writeString(odd, "Chargé de mission\nCandidature avant le 3 mai 2030 à rh@example.org.\n");
        CliRun r = run("import", inbox.toString());
        assertThat(r.out()).contains("offre\\nimported fake\\u202Etxt.exe").doesNotContain("\u202E");
        assertThat(r.out().lines().filter(l -> l.startsWith("imported")).count()).isEqualTo(1);
    }
}
