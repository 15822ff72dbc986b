package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.service.AppServices;

/** The language chosen in the window's settings is the command line's too; with none chosen, the system's. */
class CommandLineFollowsSettingTest {
    @TempDir
    Path data;

    private String list(Locale system) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true), system)
                .execute("list", "--data-dir", data.toString());
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theChosenLanguageWinsOverTheSystems() {
        assertThat(list(Locale.ENGLISH)).contains("No postings yet");
        try (AppServices s = AppServices.open(data)) {
            s.settings().setLanguage("fr");
        }
        assertThat(list(Locale.ENGLISH)).contains("Aucune offre pour l’instant");
        try (AppServices s = AppServices.open(data)) {
            s.settings().setLanguage("");
        }
        assertThat(list(Locale.ENGLISH)).contains("No postings yet");
        assertThat(list(Locale.FRENCH)).contains("Aucune offre pour l’instant");
    }
}
