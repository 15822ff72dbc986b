package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.Sillage;

/** Killing Sillage in the middle of an import loses nothing committed and leaves nothing half-stored. */
class CrashTest {
    private static final int TOTAL = 1200;

    @TempDir
    Path dir;

    private static long importedLines(Path stdout) throws java.io.IOException {
        if (!Files.exists(stdout)) {
            return 0;
        }
        try (var lines = Files.lines(stdout, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("imported")).count();
        }
    }

    @Test
    void a_kill_during_an_import_leaves_only_whole_postings() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (int i = 0; i < TOTAL; i++) {
            Files.writeString(inbox.resolve("offre-" + i + ".txt"), "Poste n°" + i + "\nChargé de mission " + i
                    + "\nCandidature avant le 3 mai 2024 à rh" + i + "@example.org.\n" + "Texte de l’offre. ".repeat(200));
        }
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path said = dir.resolve("stdout.txt");
        Process p = new ProcessBuilder(java, "-Duser.language=en", "-cp", System.getProperty("java.class.path"),
                Sillage.class.getName(), "import", inbox.toString(), "--data-dir", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(said.toFile()).start();
        // kill it once it has said that some postings are in
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive() && importedLines(said) < 30) {
            Thread.sleep(10);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        // every posting the command said it imported was committed, and must be there after the kill
        long reported = importedLines(said);
        try (AppServices services = AppServices.open(data)) {
            var postings = services.postings().list();
            assertThat((long) postings.size()).as("postings reported imported before the kill").isGreaterThanOrEqualTo(reported);
            assertThat(reported).isPositive();
            assertThat(postings.size()).as("the kill came in the middle of the import").isBetween(1, TOTAL - 1);
            for (var summary : postings) {
                var posting = services.postings().get(summary.id());
                assertThat(posting.originalText()).startsWith("Poste n°");
                assertThat(posting.extracted().applicationEmails()).hasSize(1);
                assertThat(services.postings().originalFile(summary.id())).isPresent();
            }
            // and the import can simply be run again: what was stored is found, the rest comes in
            var report = services.imports().importPaths(List.of(inbox), ProgressListener.NONE, () -> false);
            assertThat(report.count(ImportOutcome.Kind.DUPLICATE)).isEqualTo(postings.size());
            assertThat(services.postings().count()).isEqualTo(TOTAL);
        }
    }
}
