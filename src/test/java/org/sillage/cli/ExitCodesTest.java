package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command: bad usage exits 2, a well-formed request that fails exits 1, with a message on stderr. */
class ExitCodesTest {
    @TempDir
    Path data;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "import|2", "list --nope|2", "extract|2", "correct x deadline 2021-01-01|2",
            "correct 1 nofield value|2", "delete x|2", "track x|2", "untrack x|2", "status 1 nostatus|2",
            "status x applied|2", "history x|2", "docs x|2", "event 1 party 2030-01-01|2",
            "event 1 interview notadate|2", "event 1 interview 2030-01-01 --time 25h|2",
            "event 1 interview 2030-01-01 --zone Mars/Olympus|2", "agenda --days x|2", "export|2",
            "export pdf x.pdf|2", "restore|2", "backup --nope|2", "check extra|2", "nosuchcommand|2",
            "track 999|1", "status 999 applied|1", "history 999|1", "docs 999|1", "delete 999|1",
            "untrack 999|1", "event 999 interview 2030-01-01|1", "import /no/such/file.txt|1",
            "restore /no/such/backup.zip|1", "extract /no/such/file.txt|1"})
    void exits_with_the_documented_code_and_says_why(String line, int code) {
        CliRun r = CliRun.in(data, line.split(" "));
        assertThat(r.code()).as(line + " → " + r.err()).isEqualTo(code);
        assertThat(r.err()).as("a message on stderr").isNotBlank();
    }
}
