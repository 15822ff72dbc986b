package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code track} say when the organisation was applied to before, and what came of it. */
class AlreadyAppliedCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;
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

    private String posting(String name, String title, String organization) throws Exception {
        return Files.writeString(files.resolve(name), "Intitulé du poste : " + title + "\nEmployeur : " + organization
                + "\n\nCandidature (CV et lettre de motivation) avant le 15 mars 2099 à rh." + name + "@example.fr\n",
                StandardCharsets.UTF_8).toString();
    }

    @Test
    void import_and_track_print_the_earlier_application_with_its_answer() throws Exception {
        assertThat(CliRun.in(data, "import", posting("a.txt", "Comptable fournisseurs", "Oxybulle SARL")).code()).isZero();
        CliRun track = CliRun.in(data, "track", "1");
        assertThat(track.err()).doesNotContain("Already applied");
        String app = track.out().strip();
        assertThat(CliRun.in(data, "status", app, "applied").code()).isZero();
        String today = LocalDate.now().toString();

        CliRun second = CliRun.in(data, "import", posting("b.txt", "Comptable fournisseurs (H/F)", "OXYBULLE"));
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("Already applied to Oxybulle SARL for “Comptable fournisseurs” (application #"
                + app + ") on " + today + ": no answer since.");

        CliRun other = CliRun.in(data, "import", posting("c.txt", "Chef de projet", "Oxybulle"));
        assertThat(other.out()).doesNotContain("Already applied");

        assertThat(CliRun.in(data, "status", app, "rejected").code()).isZero();
        CliRun tracked = CliRun.in(data, "track", "2");
        assertThat(tracked.code()).isZero();
        assertThat(tracked.out().strip()).matches("\\d+");
        assertThat(tracked.err()).contains("Already applied to Oxybulle SARL for “Comptable fournisseurs” (application #"
                + app + ") on " + today + ": Rejected since " + today + ".");
    }
}
