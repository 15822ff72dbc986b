package org.sillage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.sillage.service.ExtractionService;

/**
 * Reading many files as {@code extract} does (issue 11: "extract and import over 1,000 files reach at least 1,000
 * postings/s after warm-up on 2 cores, reading in parallel"): writes N postings made from the sample postings (as
 * {@link ImportBench} does: 60 % text, 25 % PDF, 15 % DOCX; or text only), then reads them all R times through
 * {@link ExtractionService#standalone()} in one JVM, and prints each round's rate and the median of the last third
 * of the rounds. The first rounds measure the JIT compiling the reader and the rules on the same cores as the
 * reading; how many rounds that takes is part of the figure.
 *
 * <pre>java -cp target/sillage.jar org.sillage.bench.ExtractBench 1000 30 [text]</pre>
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean textOnly = args.length > 2 && args[2].equals("text");
        Path dir = Files.createTempDirectory("sillage-extract-bench-");
        try {
            if (textOnly) {
                ImportBench.generateText(dir, n);
            } else {
                ImportBench.generate(dir, n);
            }
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.sorted().forEach(p -> files.add(p.toString()));
            }
            ExtractionService service = ExtractionService.standalone();
            double[] rates = new double[rounds];
            System.out.printf("%d files (%s), %d rounds, %d cores%n", files.size(), textOnly ? "text" : "60 % text, 25 % PDF, 15 % DOCX",
                    rounds, Runtime.getRuntime().availableProcessors());
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<ExtractionService.FileResult> results = service.extract(files);
                long t1 = System.nanoTime();
                long failed = results.stream().filter(x -> !x.ok()).count();
                rates[r] = files.size() * 1e9 / (t1 - t0);
                System.out.printf("round %2d: %6.0f files/s%s%n", r + 1, rates[r], failed > 0 ? " (" + failed + " failed)" : "");
            }
            double[] last = Arrays.copyOfRange(rates, rounds - Math.max(1, rounds / 3), rounds);
            Arrays.sort(last);
            System.out.printf("median of the last %d rounds: %.0f files/s (%.0f to %.0f)%n", last.length, last[last.length / 2],
                    last[0], last[last.length - 1]);
        } finally {
            ImportBench.deleteAll(dir);
        }
    }
}
