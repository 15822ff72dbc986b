package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.Sillage;
import org.sillage.domain.UserException;

/**
 * {@code protect change} killed with {@code kill -9} at random moments (before, during and after the
 * re-encryption): afterwards one of the two passwords opens the folder, the data and the kept files are
 * whole, and nothing personal is readable in the folder.
 */
class ProtectionKillTest {
    private static final String ITERATIONS = "1000";

    @TempDir
    Path dir;

    @Test
    void a_password_change_killed_at_any_moment_leaves_a_folder_one_password_opens_whole() throws Exception {
        Path data = dir.resolve("data");
        System.setProperty("sillage.kdf.iterations", ITERATIONS);
        try {
            Path cv = dir.resolve("cv.txt");
            Files.writeString(cv, "CV de Jeanne Testeuse");
            try (AppServices s = AppServices.open(data)) {
                s.imports().importSamples(ProgressListener.NONE, () -> false);
                long app = s.applications().track(s.postings().list().get(0).id()).applicationId();
                s.documents().attach(s.documents().addItem(app, "cv", true).id(), cv);
                // enough kept files that re-encrypting them takes a while after the JVM has started
                long item = s.documents().addItem(app, "other", false).id();
                for (int f = 0; f < 300; f++) {
                    Path letter = dir.resolve("lettre-" + f + ".txt");
                    Files.writeString(letter, "Lettre " + f + " de Jeanne Testeuse\n".repeat(200));
                    s.documents().attach(item, letter);
                }
                s.backups().backupNow();
            }
            String current = "password number 0";
            ProtectionService.enable(data, current.toCharArray());
            Random random = new Random(20261203L);
            // one whole change first, to time it on this machine; the kills then fall across its length
            long t0 = System.nanoTime();
            runAndKill(data, current, "password number 1", 60_000);
            long whole = (System.nanoTime() - t0) / 1_000_000;
            current = "password number 1";
            int changedOnce = 0;
            int midway = 0;
            for (int i = 2; i <= 9; i++) {
                String next = "password number " + i;
                runAndKill(data, current, next, whole / 4 + random.nextInt((int) Math.max(1, whole * 3 / 4)));
                if (Files.readString(data.resolve("protection.json")).contains("\"pending\" : true")) {
                    midway++;
                }
                boolean nextOpens;
                try {
                    AppServices.unlock(data, next.toCharArray());
                    nextOpens = true;
                } catch (UserException e) {
                    assertThat(e.key()).isEqualTo("error.password.wrong");
                    nextOpens = false;
                }
                if (nextOpens) {
                    current = next;
                    changedOnce++;
                }
                try (AppServices s = AppServices.open(data, AppServices.unlock(data, current.toCharArray()))) {
                    assertThat(s.postings().list()).as("run %d", i).hasSize(5);
                    assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).as("run %d", i).isEmpty();
                    for (Path backup : s.backups().list()) {
                        org.sillage.store.Backups.verify(backup, dir, keysOf(s));
                    }
                }
                assertThat(Files.readString(data.resolve("protection.json"))).contains("\"pending\" : false");
            }
            System.out.printf("protect change: %d ms whole; of 8 kills, %d came mid-way, %d after the new password was set%n",
                    whole, midway, changedOnce);
            assertThat(current).as("the timed, unkilled change").isNotEqualTo("password number 0");
            assertThat(plainIn(data, "Testeuse")).isEmpty();
            assertThat(plainIn(data, "lepartenariat")).isEmpty();
        } finally {
            System.clearProperty("sillage.kdf.iterations");
        }
    }

    private static org.sillage.store.Protection.Keys keysOf(AppServices s) {
        return s.key().keys;
    }

    private static void runAndKill(Path data, String current, String next, long delayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Dsillage.kdf.iterations=" + ITERATIONS, "-cp",
                System.getProperty("java.class.path"), Sillage.class.getName(), "protect", "change", "--data-dir",
                data.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("SILLAGE_PASSWORD", current);
        pb.environment().put("SILLAGE_NEW_PASSWORD", next);
        Process p = pb.start();
        if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL
        }
        p.waitFor();
    }

    private static List<Path> plainIn(Path data, String needle) throws Exception {
        byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] all = Files.readAllBytes(p);
                outer:
                for (int i = 0; i + bytes.length <= all.length; i++) {
                    for (int j = 0; j < bytes.length; j++) {
                        if (all[i + j] != bytes[j]) {
                            continue outer;
                        }
                    }
                    found.add(p);
                    break;
                }
            }
        }
        return found;
    }
}
