package org.sillage.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.sillage.service.AppServices;
import org.sillage.service.SearchService;

/**
 * Search latency alone, on a folder made by {@link DataGenerator}, once its search index is complete:
 * {@link ScaleBench}'s 20 words, one round to warm up, then {@value #DEFAULT_ROUNDS} rounds (or
 * {@code -Dsillage.bench.rounds}), p50/p95/max of each way of searching. Never a timed test.
 *
 * <ul>
 * <li>the postings screen: the ids of every match, then the list lines of the first 200;</li>
 * <li>the one search (Ctrl+F) in the current job seeker's record (the seeker filter): 50 results with their
 * marked snippets;</li>
 * <li>the same across every seeker's record (an advisor's search).</li>
 * </ul>
 *
 * <pre>
 * java -cp target/sillage.jar org.sillage.bench.SearchBench /tmp/s100k
 * </pre>
 */
public final class SearchBench {
    private static final int DEFAULT_ROUNDS = 10;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchBench FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int rounds = Integer.getInteger("sillage.bench.rounds", DEFAULT_ROUNDS);
        List<String> lines = new ArrayList<>();
        try (AppServices s = AppServices.open(folder)) {
            long t = System.nanoTime();
            s.postings().awaitSearchIndex();
            lines.add(String.format(Locale.ROOT, "%-40s %8.1f ms", "search index ready", (System.nanoTime() - t) / 1e6));
            lines.add(measure("postings screen (ids + 200 lines)", rounds, q -> {
                List<Long> ids = s.postings().search(q);
                s.postings().summaries(ids.subList(0, Math.min(ids.size(), 200)));
                return ids.size();
            }));
            lines.add(measure("one search, this seeker (50, snippets)", rounds,
                    q -> s.search().search(q, SearchService.DEFAULT_LIMIT).size()));
            lines.add(measure("one search, every seeker (50, snippets)", rounds,
                    q -> s.search().search(q, SearchService.DEFAULT_LIMIT, true).size()));
        }
        System.out.println("Sillage search bench — " + folder + " — " + java.time.Instant.now());
        lines.forEach(System.out::println);
    }

    private static String measure(String what, int rounds, ToIntFunction<String> search) {
        for (String q : ScaleBench.QUERIES) {
            search.applyAsInt(q);
        }
        List<Double> times = new ArrayList<>();
        java.util.Map<String, List<Double>> byQuery = new java.util.LinkedHashMap<>();
        long found = 0;
        for (int round = 0; round < rounds; round++) {
            for (String q : ScaleBench.QUERIES) {
                long t = System.nanoTime();
                found += search.applyAsInt(q);
                double ms = (System.nanoTime() - t) / 1e6;
                times.add(ms);
                byQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(ms);
            }
        }
        Collections.sort(times);
        // the slowest words, by their median
        String slowest = byQuery.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue().stream().sorted().toList().get(e.getValue().size() / 2)))
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .map(e -> String.format(Locale.ROOT, "\"%s\" %.0f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-40s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms   %d queries, %d results per round; slowest (median ms): %s",
                what, times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1),
                times.get(times.size() - 1), times.size(), found / rounds, slowest);
    }
}
