package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.domain.Handover;
import org.sillage.domain.HandoverFormat;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;
import org.sillage.export.HandoverWriter;

/**
 * Bad archives: a wrong passphrase, a truncated or changed archive, one from a newer Sillage, a file that
 * is no archive, and one whose rows fail half-way: each gets its message, and nothing is imported.
 */
class HandoverArchiveTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();
    @TempDir
    Path a;
    @TempDir
    Path b;
    @TempDir
    Path work;
    AppServices advisor;
    AppServices other;
    Path archive;

    @BeforeEach
    void anArchiveWithAFileLargerThanOneSegment() throws IOException {
        advisor = AppServices.open(a);
        other = AppServices.open(b);
        Seeker zoe = advisor.seekers().add(new Seeker.Details("Zoé", null, null, null, null, null, null, null, null, null));
        advisor.seekers().switchTo(zoe.id());
        long posting = advisor.imports().importText("Comptable fournisseurs\nOxybulle SARL\n\nCandidature avant le 20 mars 2031.").postingId();
        long app = advisor.applications().track(posting).applicationId();
        byte[] noise = new byte[2_600_000]; // does not compress: the archive spans three segments
        new Random(7).nextBytes(noise);
        Path portfolio = Files.write(work.resolve("portfolio.bin"), noise);
        advisor.documents().attach(advisor.documents().addItem(app, "portfolio", true).id(), portfolio);
        archive = advisor.handover().export(zoe.id(), work.resolve("zoe.sillage"), PASS).file();
        assertThat(Files.size(archive)).isGreaterThan(2L * HandoverFormat.SEGMENT);
    }

    @AfterEach
    void close() {
        advisor.close();
        other.close();
    }

    private void refusedWith(Path file, char[] pass, String key) {
        assertThatThrownBy(() -> other.handover().importArchive(file, pass))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo(key));
        assertNothingImported();
    }

    private void assertNothingImported() {
        assertThat(other.seekers().all()).extracting(Seeker::displayName).containsExactly("me");
        assertThat(other.postings().list()).isEmpty();
        assertThat(storedFiles(b)).isEmpty();
    }

    private static List<Path> storedFiles(Path folder) {
        Path files = folder.resolve("files");
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(files)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path variant(String name, byte[] bytes) throws IOException {
        return Files.write(work.resolve(name), bytes);
    }

    @Test
    void the_archive_opens_with_its_passphrase() {
        Handover.ImportSummary done = other.handover().importArchive(archive, PASS);
        assertThat(done.files()).isEqualTo(1);
        assertThat(storedFiles(b)).hasSize(1);
    }

    @Test
    void a_wrong_passphrase_is_told_and_imports_nothing() {
        refusedWith(archive, "correct horse battery stapler".toCharArray(), "error.handover.passphrase");
    }

    @Test
    void an_archive_cut_anywhere_is_told_and_imports_nothing() throws IOException {
        byte[] all = Files.readAllBytes(archive);
        int oneSegment = HandoverFormat.HEADER_BYTES + HandoverFormat.SEGMENT + HandoverFormat.TAG_BYTES;
        refusedWith(variant("cut-at-segment.sillage", java.util.Arrays.copyOf(all, oneSegment)), PASS, "error.handover.truncated");
        refusedWith(variant("cut-in-header.sillage", java.util.Arrays.copyOf(all, 20)), PASS, "error.handover.truncated");
        for (int length : new int[] {all.length / 2, all.length - 1, HandoverFormat.HEADER_BYTES + 100}) {
            assertThatThrownBy(() -> other.handover().importArchive(variant("cut-" + length + ".sillage",
                    java.util.Arrays.copyOf(all, length)), PASS))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key())
                            .isIn("error.handover.truncated", "error.handover.damaged"));
            assertNothingImported();
        }
    }

    @Test
    void a_changed_byte_anywhere_after_the_header_is_told_and_imports_nothing() throws IOException {
        byte[] all = Files.readAllBytes(archive);
        for (int at : new int[] {HandoverFormat.HEADER_BYTES + 5, all.length / 2, all.length - 3}) {
            byte[] changed = all.clone();
            changed[at] ^= 0x10;
            refusedWith(variant("flipped-" + at + ".sillage", changed), PASS, "error.handover.damaged");
        }
        byte[] salt = all.clone();
        salt[HandoverFormat.MAGIC.length + 9] ^= 1; // the salt: the passphrase no longer gives the key
        refusedWith(variant("salt.sillage", salt), PASS, "error.handover.passphrase");
    }

    @Test
    void an_archive_from_a_newer_sillage_is_told_and_imports_nothing() throws IOException {
        byte[] all = Files.readAllBytes(archive);
        ByteBuffer.wrap(all).putInt(HandoverFormat.MAGIC.length, Handover.FORMAT_VERSION + 1);
        refusedWith(variant("newer.sillage", all), PASS, "error.handover.newer");
    }

    @Test
    void a_file_that_is_no_archive_is_told() throws IOException {
        refusedWith(Files.writeString(work.resolve("notes.sillage"), "just some notes, not an archive"), PASS,
                "error.handover.not_archive");
        refusedWith(work.resolve("missing.sillage"), PASS, "error.handover.no_file");
    }

    @Test
    void a_row_that_fails_half_way_undoes_the_whole_import() throws IOException {
        String seeker = java.util.UUID.randomUUID().toString();
        String app = java.util.UUID.randomUUID().toString();
        String text = "a".repeat(64);
        List<Handover.Row> rows = List.of(
                new Handover.Row("candidate", seeker, Map.of("display_name", "Half Way", "created_at", "2026-01-01T00:00:00Z")),
                new Handover.Row("posting", text, Map.of("original_text", "Un poste", "source_format", "paste",
                        "imported_at", "2026-01-01T00:00:00Z", "extracted_json", "{}", "extractor_version", "1",
                        "corrections_json", "{}")),
                new Handover.Row("application", app, Map.of("posting", text, "status", "SAVED",
                        "created_at", "2026-01-01T00:00:00Z", "changed_at", "2026-01-01T00:00:00Z")),
                new Handover.Row("event", java.util.UUID.randomUUID().toString(), Map.of("application", app,
                        "kind", "INTERVIEW", "on_date", "the day after tomorrow")));
        Handover.Manifest m = new Handover.Manifest(1, Instant.now(), "another-installation", seeker, "Half Way", rows,
                List.of(), List.of());
        Path crafted = work.resolve("half.sillage");
        HandoverWriter.write(crafted, PASS, HandoverFormat.MIN_ITERATIONS, m, sha -> {
            throw new IOException("no files");
        });
        refusedWith(crafted, PASS, "error.handover.damaged");
    }

    @Test
    void a_short_passphrase_is_refused_before_anything_is_written() {
        long zoe = advisor.handover().seeker("Zoé").id();
        assertThatThrownBy(() -> advisor.handover().export(zoe, work.resolve("short.sillage"), "1234".toCharArray()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.handover.passphrase_short"));
        assertThat(work.resolve("short.sillage")).doesNotExist();
    }
}
