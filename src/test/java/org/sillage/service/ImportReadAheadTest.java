package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of an import are read several at a time, ahead of the one being stored: the postings are still
 * stored, reported and numbered in the order of the files, and a file that cannot be read fails in its
 * own place without stopping the others.
 */
class ImportReadAheadTest {
    @TempDir
    Path dir;

    @Test
    void files_read_ahead_are_stored_and_reported_in_their_order() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Path f = dir.resolve(String.format("%02d.txt", i));
            if (i % 7 == 3) {
                Files.write(f, new byte[0]); // empty: refused
            } else {
                Files.writeString(f, "Poste numéro " + i + "\nAssociation " + i + "\n\nCandidature avant le 3 mai 2030 à rh"
                        + i + "@example.org.", StandardCharsets.UTF_8);
            }
            files.add(f);
        }
        try (AppServices services = AppServices.open(dir.resolve("data"))) {
            List<ImportOutcome> seen = new ArrayList<>();
            ImportReport report = services.imports().importPaths(files, ProgressListener.NONE, () -> false, seen::add);
            assertThat(report.outcomes()).hasSize(24);
            assertThat(seen).isEqualTo(report.outcomes());
            Long previous = 0L;
            for (int i = 0; i < 24; i++) {
                ImportOutcome o = report.outcomes().get(i);
                assertThat(o.source()).isEqualTo(files.get(i).toString());
                if (i % 7 == 3) {
                    assertThat(o.error()).as("file %d", i).isNotNull();
                } else {
                    assertThat(o.error()).as("file %d", i).isNull();
                    assertThat(o.title()).isEqualTo("Poste numéro " + i);
                    assertThat(o.postingId()).as("numbered in the files' order").isGreaterThan(previous);
                    previous = o.postingId();
                }
            }
        }
    }
}
