package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A 5 MB text (postings one after the other) is read in time that grows linearly. The speed itself is measured by
 * {@code ExtractionBenchmark}; the bound on the 5 MB here (0.3–0.8 s alone, once 1.1 s inside the whole suite on a
 * busy machine) only catches a reading gone pathological, not a slower one.
 */
class LargeInputTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void readsFiveMegabytesQuicklyAndLinearly() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("seeds")), Files.list(Path.of("src/test/resources/corpus/dev")))) {
            for (Path p : s.sorted().toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        String one = all.toString();
        String fiveMb = repeat(one, 5_000_000);
        String oneMb = repeat(one, 1_000_000);
        for (int i = 0; i < 3; i++) {
            extractor.extract(oneMb); // warm up
        }
        long t1 = best(oneMb);
        long t5 = best(fiveMb);
        System.out.printf("extract: 1 MB in %d ms, 5 MB in %d ms%n", t1 / 1_000_000, t5 / 1_000_000);
        assertThat(t5 / 1_000_000).as("5 MB in ms").isLessThan(3000);
        assertThat((double) t5 / Math.max(1, t1)).as("5 MB / 1 MB time").isLessThan(10.0);
    }

    private long best(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            extractor.extract(text);
            best = Math.min(best, System.nanoTime() - s);
        }
        return best;
    }

    private static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        b.setLength(length);
        return b.toString();
    }
}
