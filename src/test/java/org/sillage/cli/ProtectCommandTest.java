package org.sillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protect on|change|off}, and every command asking a protected folder for its password. */
class ProtectCommandTest {
    @TempDir
    Path data;
    private final Map<String, String> env = new HashMap<>();
    private Locale before;

    @BeforeEach
    void setUp() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        System.setProperty("sillage.kdf.iterations", "1000");
        CliContext.environment = env::get;
    }

    @AfterEach
    void tearDown() {
        Locale.setDefault(before);
        System.clearProperty("sillage.kdf.iterations");
        CliContext.environment = System::getenv;
    }

    @Test
    void a_protected_folder_opens_only_with_its_password_on_the_command_line() throws Exception {
        Path seed = Path.of("seeds/003_ca76253a09cabe34.txt");
        assertThat(CliRun.in(data, "import", seed.toString()).code()).isZero();
        // an H2 file in clear: its header is readable (its pages may be compressed by the compaction at close)
        assertThat(new String(Files.readAllBytes(data.resolve("sillage.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("H:2,block:");

        env.put("SILLAGE_NEW_PASSWORD", "short");
        CliRun refused = CliRun.in(data, "protect", "on");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("at least 8 characters");

        env.put("SILLAGE_NEW_PASSWORD", "a long enough secret");
        CliRun on = CliRun.in(data, "protect", "on");
        assertThat(on.code()).as(on.err()).isZero();
        assertThat(on.out()).contains("now protected");
        assertThat(new String(Files.readAllBytes(data.resolve("sillage.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("essor-ong").doesNotContain("H:2,block:");

        env.clear();
        CliRun noPassword = CliRun.in(data, "list");
        assertThat(noPassword.code()).isEqualTo(1);
        assertThat(noPassword.err()).contains("protected by a password").contains("SILLAGE_PASSWORD");

        env.put("SILLAGE_PASSWORD", "not the secret");
        CliRun wrong = CliRun.in(data, "list");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("does not open");

        env.put("SILLAGE_PASSWORD", "a long enough secret");
        CliRun list = CliRun.in(data, "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("1");

        env.put("SILLAGE_NEW_PASSWORD", "another long secret");
        assertThat(CliRun.in(data, "protect", "change").code()).isZero();
        assertThat(CliRun.in(data, "list").code()).isEqualTo(1);
        env.put("SILLAGE_PASSWORD", "another long secret");
        assertThat(CliRun.in(data, "list").code()).isZero();
        assertThat(CliRun.in(data, "backup").code()).isZero();
        assertThat(CliRun.in(data, "restore", "--latest").code()).isZero();

        CliRun off = CliRun.in(data, "protect", "off");
        assertThat(off.code()).as(off.err()).isZero();
        env.clear();
        assertThat(CliRun.in(data, "list").code()).isZero();
        assertThat(Files.exists(data.resolve("protection.json"))).isFalse();
    }
}
