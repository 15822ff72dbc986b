package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.UserException;

/**
 * A nearly full disk, for real: a small tmpfs is mounted (the tests run as root in CI; elsewhere they
 * are skipped), filled, and written to. Nothing acknowledged is lost, the database opens again, and the
 * user is told.
 */
class DiskFullTest {
    @TempDir
    Path dir;
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        mounted = p.waitFor() == 0;
        Assumptions.assumeTrue(mounted, "mounting a small tmpfs needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        System.clearProperty("sillage.disk.margin.mb");
        if (mounted) {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
        }
    }

    /** Fills the disk until about {@code leaveBytes} stay free. */
    private void fill(long leaveBytes) throws IOException {
        Path filler = disk.resolve("filler");
        long free = Files.getFileStore(disk).getUsableSpace();
        long size = Math.max(0, free - leaveBytes);
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        } catch (IOException full) {
            // full before the size asked: that is full enough
        }
    }

    private void unfill() throws IOException {
        Files.deleteIfExists(disk.resolve("filler"));
    }

    private long prepare(Path data) {
        try (AppServices s = AppServices.open(data)) {
            s.imports().importSamples(ProgressListener.NONE, () -> false);
            return s.applications().track(s.postings().list().get(0).id()).applicationId();
        }
    }

    @Test
    void below_the_margin_a_write_is_refused_before_it_starts_and_nothing_changes() throws Exception {
        System.setProperty("sillage.disk.margin.mb", "8");
        Path data = disk.resolve("data");
        long app = prepare(data);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("offre.txt"), "Chargé de mission\nCandidature avant le 3 mai 2030.\n");
        fill(4L * 1024 * 1024);
        try (AppServices s = AppServices.open(data)) {
            assertThatThrownBy(() -> s.applications().changeStatus(app, ApplicationStatus.APPLIED, "refused"))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.disk.low"));
            var report = s.imports().importPaths(List.of(inbox), ProgressListener.NONE, () -> false);
            assertThat(report.count(ImportOutcome.Kind.FAILED)).isEqualTo(1);
            assertThat(report.outcomes().get(0).error().key()).isEqualTo("error.disk.low");
            // reading still works
            assertThat(s.postings().list()).hasSize(5);
        }
        unfill();
        try (AppServices s = AppServices.open(data)) {
            assertThat(s.applications().get(app).application().status()).isEqualTo(ApplicationStatus.SAVED);
            assertThat(s.postings().list()).hasSize(5);
        }
    }

    @Test
    void when_the_disk_really_fills_every_acknowledged_write_survives_and_the_database_opens_again() throws Exception {
        System.setProperty("sillage.disk.margin.mb", "0");
        Path data = disk.resolve("data");
        long app = prepare(data);
        fill(256 * 1024);
        List<String> acknowledged = new ArrayList<>();
        UserException told = null;
        ApplicationStatus[] cycle = {ApplicationStatus.PREPARING, ApplicationStatus.SAVED};
        try (AppServices s = AppServices.open(data)) {
            for (int i = 0; i < 10_000 && told == null; i++) {
                String note = "change-" + i;
                try {
                    s.applications().changeStatus(app, cycle[acknowledged.size() % 2], note);
                    acknowledged.add(note);
                } catch (UserException e) {
                    told = e;
                }
            }
        } catch (RuntimeException closingOnAFullDisk) {
            // closing may fail too; what matters is what the next start finds
        }
        assertThat(told).as("the user was told the disk is full").isNotNull();
        assertThat(told.key()).isIn("error.database.write", "error.disk.low");
        unfill();
        try (AppServices s = AppServices.open(data)) {
            var notes = s.applications().get(app).history().stream().map(c -> c.note()).toList();
            assertThat(notes).containsAll(acknowledged);
            assertThat(s.postings().list()).hasSize(5);
            s.applications().changeStatus(app, ApplicationStatus.APPLIED, "after");
        }
    }
}
