package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.UserException;

class BackupTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    }

    @Test
    void a_daily_backup_is_made_once_a_day() {
        try (AppServices s = AppServices.open(data(), on(LocalDate.of(2026, 3, 2)))) {
            assertThat(s.backups().dailyIfDue()).isPresent();
            assertThat(s.backups().dailyIfDue()).isEmpty();
            assertThat(s.backups().list()).hasSize(1);
        }
    }

    @Test
    void seven_daily_and_four_weekly_backups_are_kept() throws Exception {
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int d = 0; d < 40; d++) {
            try (AppServices s = AppServices.open(data(), on(first.plusDays(d)))) {
                s.backups().dailyIfDue();
            }
        }
        List<String> names;
        try (var files = Files.list(data().resolve("backups"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("daily-")).toList();
        }
        // the last 7 days, and one for each of the 4 weeks before them
        assertThat(names).hasSize(11);
        assertThat(names).contains("daily-2026-02-09.zip", "daily-2026-02-03.zip", "daily-2026-02-02.zip", "daily-2026-01-18.zip");
        assertThat(names).doesNotContain("daily-2026-01-01.zip");
    }

    @Test
    void a_restore_puts_the_backup_back_and_keeps_the_replaced_database_aside() {
        long app;
        Path backup;
        try (AppServices s = AppServices.open(data())) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            app = s.applications().track(s.postings().list().get(0).id()).applicationId();
            backup = s.backups().backupNow();
            s.applications().changeStatus(app, ApplicationStatus.APPLIED, "after the backup");
            s.postings().delete(s.postings().list().get(1).id());
        }
        Path aside = BackupService.restore(data(), backup);
        assertThat(aside).exists();
        try (AppServices s = AppServices.open(data())) {
            assertThat(s.postings().list()).hasSize(5);
            assertThat(s.applications().get(app).application().status()).isEqualTo(ApplicationStatus.SAVED);
        }
    }

    @Test
    void a_damaged_or_foreign_backup_is_refused_and_nothing_changes() throws Exception {
        Path backup;
        try (AppServices s = AppServices.open(data())) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            backup = s.backups().backupNow();
        }
        Path cut = dir.resolve("cut.zip");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path foreign = dir.resolve("notes.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(foreign))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("hello".getBytes());
        }
        for (Path bad : List.of(cut, foreign)) {
            assertThatThrownBy(() -> BackupService.restore(data(), bad))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.restore.invalid"));
        }
        try (AppServices s = AppServices.open(data())) {
            assertThat(s.postings().list()).hasSize(5);
        }
    }

    @Test
    void the_data_folder_the_database_and_the_backups_are_for_their_owner_only() throws Exception {
        Path backup;
        try (AppServices s = AppServices.open(data())) {
            backup = s.backups().backupNow();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(data()).supportsFileAttributeView("posix"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data())))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data().resolve("sillage.mv.db")))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
    }

    @Test
    void a_restore_cannot_run_while_the_folder_is_open() {
        try (AppServices s = AppServices.open(data())) {
            Path backup = s.backups().backupNow();
            assertThatThrownBy(() -> BackupService.restore(data(), backup))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.folder.in_use"));
        }
    }

    @Test
    void a_damaged_database_is_reported_and_the_latest_backup_brings_the_data_back() throws Exception {
        try (AppServices s = AppServices.open(data())) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            s.backups().backupNow();
        }
        Path db = data().resolve("sillage.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[(int) f.length()];
            new java.util.Random(1).nextBytes(junk);
            f.seek(0);
            f.write(junk);
        }
        assertThatThrownBy(() -> AppServices.open(data()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.database.unreadable"));
        Path latest = BackupService.latest(data()).orElseThrow();
        BackupService.restore(data(), latest);
        try (AppServices s = AppServices.open(data())) {
            assertThat(s.postings().list()).hasSize(5);
        }
    }

    @Test
    void a_restore_interrupted_between_its_two_moves_is_finished_at_the_next_open() throws Exception {
        Path backup;
        try (AppServices s = AppServices.open(data())) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            backup = s.backups().backupNow();
            s.postings().delete(s.postings().list().get(0).id());
        }
        // as if the process died after moving the current database aside, before moving the backup in
        Path staged = Files.createDirectories(data().resolve("restore-staged"));
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            zip.getNextEntry();
            Files.copy(zip, staged.resolve("sillage.mv.db"));
        }
        Path aside = data().resolve("backups").resolve("before-restore-test.mv.db");
        Files.move(data().resolve("sillage.mv.db"), aside);
        Files.writeString(data().resolve("restore.pending"), staged.resolve("sillage.mv.db") + "\n" + aside + "\n");
        try (AppServices s = AppServices.open(data())) {
            assertThat(s.postings().list()).hasSize(5);
        }
        assertThat(data().resolve("restore.pending")).doesNotExist();
        assertThat(aside).exists();
    }

    @Test
    void orphan_originals_and_part_files_are_swept_and_the_file_check_names_what_is_missing() throws Exception {
        Path orphan;
        Path part;
        try (AppServices s = AppServices.open(data())) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            orphan = data().resolve("files/ab/ab" + "0".repeat(62));
            Files.createDirectories(orphan.getParent());
            Files.writeString(orphan, "left by a killed import");
            part = data().resolve("files/tmp/incoming-1.part");
            Files.createDirectories(part.getParent());
            Files.writeString(part, "half");
            Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
            Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
        }
        try (AppServices s = AppServices.open(data())) {
            assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).isEmpty();
            s.startupMaintenance(true);
            assertThat(orphan).doesNotExist();
            assertThat(part).doesNotExist();
            // every original the postings point to is still there
            assertThat(s.fileCheck().check(ProgressListener.NONE, () -> false)).isEmpty();
            var file = s.postings().originalFile(s.postings().list().get(0).id()).orElseThrow();
            assertThat(file).exists();
        }
        try (var files = Files.walk(data().resolve("files"))) {
            Path some = files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
            Files.writeString(some, "changed");
        }
        try (AppServices s = AppServices.open(data())) {
            var problems = s.fileCheck().check(ProgressListener.NONE, () -> false);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).missing()).isFalse();
        }
    }
}
