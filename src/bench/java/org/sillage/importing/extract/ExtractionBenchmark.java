package org.sillage.importing.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sillage.domain.PostingFields;

/**
 * Postings per second on one thread, for postings of about 10 KB (the sample postings, each padded with
 * text of the others to 10,240 chars). Run: {@code mvn -Pbench -DskipTests package} then
 * {@code java -jar target/benchmarks.jar ExtractionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(2)
@Threads(1)
public class ExtractionBenchmark {
    private static final String[] SEEDS = {"000_6196be239c68932c.txt", "001_0a475ea13d675fc1.txt",
        "002_1fdd7eac10cf0561.txt", "003_ca76253a09cabe34.txt", "004_e5ec695bc5923d04.txt"};
    private final RuleExtractor extractor = new RuleExtractor();
    private String[] postings;
    private int next;

    @Setup
    public void load() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String s : SEEDS) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/seeds/" + s)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        postings = new String[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            StringBuilder b = new StringBuilder(texts.get(i));
            int k = i + 1;
            while (b.length() < 10_240) {
                b.append("\n\n").append(texts.get(k++ % texts.size()));
            }
            b.setLength(10_240);
            postings[i] = b.toString();
        }
    }

    @Benchmark
    public PostingFields extract10kPosting() {
        String p = postings[next];
        next = (next + 1) % postings.length;
        return extractor.extract(p);
    }
}
