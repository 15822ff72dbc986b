package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.UserException;
import org.sillage.store.Protection;

/** Encryption at rest (ADR 0016): nothing personal readable in the folder, and changes that survive a crash. */
class ProtectionTest {
    private static final String EMAIL = "rachel.souvre@essor-ong.org";
    private static final String CV_TEXT = "Curriculum vitae de Jeanne Testeuse, 12 rue des Lilas";
    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final char[] NEW_PASSWORD = "staple of the new day".toCharArray();

    @TempDir
    Path dir;

    @BeforeAll
    static void quickKeyDerivation() {
        System.setProperty("sillage.kdf.iterations", "1000"); // the folder records its own count
    }

    @AfterAll
    static void normalKeyDerivation() {
        System.clearProperty("sillage.kdf.iterations");
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** A posting with an e-mail address, a CV attached to its application, and a backup. */
    private long fill() throws Exception {
        Path cv = dir.resolve("cv.txt");
        Files.writeString(cv, CV_TEXT);
        try (AppServices s = AppServices.open(data())) {
            s.imports().importPaths(List.of(Path.of("seeds/003_ca76253a09cabe34.txt")), ProgressListener.NONE, () -> false);
            long app = s.applications().track(s.postings().list().get(0).id()).applicationId();
            var item = s.documents().addItem(app, "cv", true);
            s.documents().attach(item.id(), cv);
            s.backups().backupNow();
            return app;
        }
    }

    /**
     * Every file of the folder whose bytes hold {@code needle} as UTF-8 or as UTF-16, and, where the
     * {@code strings} tool is installed, every file in whose {@code strings -a} output it appears.
     */
    private List<Path> filesHolding(String needle) throws Exception {
        byte[] utf8 = needle.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = needle.getBytes(StandardCharsets.UTF_16LE);
        boolean tool = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "strings")));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(data())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                if (contains(bytes, utf8) || contains(bytes, utf16) || (tool && stringsShow(p, needle))) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private static boolean stringsShow(Path file, String needle) throws Exception {
        Process p = new ProcessBuilder("strings", "-a", "-n", "4", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.contains(needle);
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void once_protected_no_file_of_the_folder_shows_personal_data_and_the_password_opens_it() throws Exception {
        long app = fill();
        assertThat(filesHolding(EMAIL)).as("the check itself finds plain data").isNotEmpty();
        assertThat(filesHolding("Jeanne Testeuse")).isNotEmpty();

        FolderKey key = ProtectionService.enable(data(), PASSWORD);

        assertThat(key.isProtected()).isTrue();
        assertThat(filesHolding(EMAIL)).isEmpty();
        assertThat(filesHolding("essor-ong")).isEmpty();
        assertThat(filesHolding("Jeanne Testeuse")).isEmpty();
        assertThat(filesHolding("Lilas")).isEmpty();

        assertThatThrownBy(() -> AppServices.open(data())).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("error.password.required");
        assertThatThrownBy(() -> AppServices.unlock(data(), "wrong password".toCharArray()))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("error.password.wrong");

        try (AppServices s = AppServices.open(data(), AppServices.unlock(data(), PASSWORD))) {
            assertThat(s.postings().list()).hasSize(1);
            assertThat(s.postings().get(s.postings().list().get(0).id()).originalText()).contains(EMAIL);
            var file = s.documents().checklist(app).stream().filter(i -> !i.files().isEmpty()).findFirst().orElseThrow().files().get(0);
            assertThat(new String(s.documents().content(file), StandardCharsets.UTF_8)).isEqualTo(CV_TEXT);
            assertThat(Files.readString(s.documents().viewable(file))).isEqualTo(CV_TEXT);
            assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).isEmpty();
            // new data is protected too
            s.applications().changeStatus(app, ApplicationStatus.APPLIED, "Envoyé à Madame Zoé Quintessence");
            s.backups().backupNow();
        }
        assertThat(filesHolding("Quintessence")).isEmpty();
    }

    @Test
    void a_password_change_interrupted_by_a_crash_is_finished_with_the_new_password() throws Exception {
        long app = fill();
        ProtectionService.enable(data(), PASSWORD);
        AtomicInteger rewritten = new AtomicInteger();
        assertThatThrownBy(() -> Protection.change(data(), PASSWORD, NEW_PASSWORD, p -> {
            if (rewritten.incrementAndGet() == 2) {
                throw new IllegalStateException("crash");
            }
        })).hasMessage("crash");

        assertThatThrownBy(() -> AppServices.unlock(data(), PASSWORD)).isInstanceOf(UserException.class);
        try (AppServices s = AppServices.open(data(), AppServices.unlock(data(), NEW_PASSWORD))) {
            assertThat(s.applications().get(app).application().status()).isEqualTo(ApplicationStatus.SAVED);
            assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).isEmpty();
            Path backup = s.backups().list().get(0);
            assertThat(backup).exists();
        }
        assertThat(Files.readString(data().resolve(Protection.FILE_NAME))).contains("\"pending\" : false");
        assertThat(filesHolding(EMAIL)).isEmpty();
        // every backup opens with the new key: restore the oldest one
        FolderKey key = AppServices.unlock(data(), NEW_PASSWORD);
        Path oldest;
        try (AppServices s = AppServices.open(data(), key)) {
            List<Path> all = s.backups().list();
            oldest = all.get(all.size() - 1);
        }
        BackupService.restore(data(), oldest, key);
        try (AppServices s = AppServices.open(data(), key)) {
            assertThat(s.postings().list()).hasSize(1);
        }
    }

    @Test
    void turning_protection_off_interrupted_by_a_crash_is_finished_at_the_next_start() throws Exception {
        long app = fill();
        ProtectionService.enable(data(), PASSWORD);
        assertThatThrownBy(() -> Protection.disable(data(), PASSWORD, p -> {
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(AppServices.isProtected(data())).isTrue();
        try (AppServices s = AppServices.open(data(), AppServices.unlock(data(), PASSWORD))) {
            assertThat(s.key().isProtected()).isFalse();
            assertThat(s.applications().get(app)).isNotNull();
        }
        assertThat(AppServices.isProtected(data())).isFalse();
        try (AppServices s = AppServices.open(data())) {
            assertThat(s.postings().list()).hasSize(1);
            assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).isEmpty();
        }
        assertThat(filesHolding(EMAIL)).isNotEmpty();
    }

    @Test
    void turning_protection_on_interrupted_by_a_crash_asks_for_the_password_and_finishes() throws Exception {
        fill();
        assertThatThrownBy(() -> Protection.enable(data(), PASSWORD, p -> {
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        try (AppServices s = AppServices.open(data(), AppServices.unlock(data(), PASSWORD))) {
            assertThat(s.postings().list()).hasSize(1);
            assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).isEmpty();
        }
        assertThat(filesHolding(EMAIL)).isEmpty();
    }

    @Test
    void a_short_password_is_refused_with_the_minimum_length() {
        assertThatThrownBy(() -> ProtectionService.enable(data(), "short".toCharArray()))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("error.password.short");
        assertThat(AppServices.isProtected(data())).isFalse();
    }

    @Test
    void a_protected_backup_cannot_be_restored_into_a_folder_without_its_key() throws Exception {
        fill();
        ProtectionService.enable(data(), PASSWORD);
        Path backup;
        try (AppServices s = AppServices.open(data(), AppServices.unlock(data(), PASSWORD))) {
            backup = s.backups().backupNow();
        }
        Path other = dir.resolve("other");
        AppServices.open(other).close();
        assertThatThrownBy(() -> BackupService.restore(other, backup)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("error.restore.encrypted");
    }
}
