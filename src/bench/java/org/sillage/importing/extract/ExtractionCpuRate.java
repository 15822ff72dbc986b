package org.sillage.importing.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The postings of {@link ExtractionBenchmark} read per second of this thread's CPU time, for comparing two builds on
 * a shared machine: run the two jars at the same time, each on its core, a few times, so that both meet the same
 * load. {@code java -cp A/benchmarks.jar org.sillage.importing.extract.ExtractionCpuRate 16 &
 * java -cp B/benchmarks.jar org.sillage.importing.extract.ExtractionCpuRate 16; wait}. Prints the median of the
 * second half of the rounds (3,000 postings each; the first half is the warm-up).
 */
public final class ExtractionCpuRate {
    private ExtractionCpuRate() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        ExtractionBenchmark bench = new ExtractionBenchmark();
        bench.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        for (int k = 0; k < rounds; k++) {
            long before = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 3000; i++) {
                bench.extract10kPosting();
            }
            rates.add(3000 / ((threads.getCurrentThreadCpuTime() - before) / 1e9));
        }
        List<Double> measured = new ArrayList<>(rates.subList(rounds / 2, rounds));
        Collections.sort(measured);
        System.out.printf("%.0f postings per CPU-second (median of %d rounds after %d of warm-up)%n",
                measured.get(measured.size() / 2), measured.size(), rounds / 2);
    }
}
