package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A 5 MB text (postings one after the other) is read in time that grows linearly. The speed itself is measured by
 * {@code ExtractionBenchmark}; the bound on the 5 MB here (0.3–0.8 s alone, once 1.1 s inside the whole suite on a
 * busy machine) only catches a reading gone pathological, not a slower one.
 *
 * <p>Times are this thread's CPU time, and the two sizes are measured in turn, best of five each: Surefire runs two
 * forks on two cores, and wall time taken while the other fork was busy once made the ratio 12 (5 MB read while the
 * 1 MB had been read alone). A quadratic reading would still give about 25.
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
        long t1 = Long.MAX_VALUE;
        long t5 = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            t1 = Math.min(t1, cpuTime(oneMb));
            t5 = Math.min(t5, cpuTime(fiveMb));
        }
        System.out.printf("extract: 1 MB in %d ms, 5 MB in %d ms%n", t1 / 1_000_000, t5 / 1_000_000);
        assertThat(t5 / 1_000_000).as("5 MB in ms").isLessThan(3000);
        assertThat((double) t5 / Math.max(1, t1)).as("5 MB / 1 MB time").isLessThan(10.0);
    }

    private long cpuTime(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long s = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        extractor.extract(text);
        return (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - s;
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
