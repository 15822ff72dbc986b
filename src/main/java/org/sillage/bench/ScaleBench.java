package org.sillage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ApplicationView;
import org.sillage.service.AppServices;
import org.sillage.service.SearchService;

/**
 * Measures what a data folder costs the screens, through the services in one process: opening the
 * folder and the first list, the applications, the agenda, the reminders, a status change, search
 * latency for a set of words (p50/p95), the heap, and the database file before and after compaction
 * (of a copy; the folder is left as it was). Peak RSS comes from running it under {@code time -v}.
 *
 * <pre>
 * java -cp target/sillage.jar org.sillage.bench.DataGenerator /tmp/s20k 20000 5000
 * /usr/bin/time -v java -cp target/sillage.jar org.sillage.bench.ScaleBench /tmp/s20k
 * </pre>
 */
public final class ScaleBench {
    static final String[] QUERIES = {"comptable", "kubernetes", "lille", "éducation", "coopération oujda",
        "python sql", "energie", "salesforce", "marseille", "logistique humanitaire", "budget", "agroecologie",
        "nurse", "remote work", "fiscalité", "Croix-Rouge", "réf. 100042", "médiation gand", "figma", "zzzunknown"};
    private static final int ROUNDS = 5;

    private ScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ScaleBench FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        long dbBefore = Files.size(folder.resolve("sillage.mv.db"));
        List<String> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        try (AppServices services = AppServices.open(folder)) {
            double open = ms(t0);
            int[] shown = new int[1];
            double firstList = time(() -> shown[0] = firstListSize(services));
            rows.add(row("open folder", open, null));
            rows.add(row("first postings list", firstList, shown[0] + " rows"));
            rows.add(row("open + first list", open + firstList, null));
            rows.add(row("postings count (SQL)", time(() -> services.postings().count()), null));
            List<ApplicationView> apps = new ArrayList<>();
            rows.add(screen("applications screen", () -> {
                // what the screen reads since ADR 0018: the first page, its flags and the count
                var page = services.table().page(org.sillage.domain.ApplicationFilter.NONE,
                        org.sillage.domain.ApplicationSort.NEWEST, 0, 100);
                services.agenda().flagsOf(page.stream().map(org.sillage.domain.ApplicationRow::applicationId).toList());
                return page.size() + " rows of " + services.table().count(org.sillage.domain.ApplicationFilter.NONE);
            }));
            apps.clear();
            services.table().page(org.sillage.domain.ApplicationFilter.NONE.withStatuses(java.util.Set.of(ApplicationStatus.SAVED)),
                    org.sillage.domain.ApplicationSort.NEWEST, 0, 1).forEach(r -> apps.add(services.applications().get(r.applicationId())));
            rows.add(screen("agenda screen", () -> agendaSize(services) + " items"));
            rows.add(screen("reminders due", () -> services.reminders().due().size() + " due"));
            rows.add(screen("dashboard screen", () -> {
                var d = services.dashboard().read();
                return d.funnel().get(org.sillage.domain.Dashboard.Stage.SAVED) + " applications, " + d.applied() + " sent";
            }));
            rows.add(screen("postings page again", () -> firstListSize(services) + " rows"));
            Search search = searchPrepared(services);
            rows.add(row("search ready", search.prepareMs(), null));
            List<Double> latencies = new ArrayList<>();
            int[] hits = new int[1];
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : QUERIES) {
                    latencies.add(time(() -> hits[0] += search.run(q)));
                }
            }
            Collections.sort(latencies);
            rows.add(row("search p50", percentile(latencies, 50), QUERIES.length * ROUNDS + " queries"));
            rows.add(row("search p95", percentile(latencies, 95), hits[0] / ROUNDS + " hits per round"));
            // the one search (ADR 0020): postings, applications and events, 50 results with marked snippets
            List<Double> global = new ArrayList<>();
            int[] found = new int[1];
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : QUERIES) {
                    global.add(time(() -> found[0] += services.search().search(q, SearchService.DEFAULT_LIMIT).size()));
                }
            }
            Collections.sort(global);
            rows.add(row("one search p50", percentile(global, 50), QUERIES.length * ROUNDS + " queries, 50 results with snippets"));
            rows.add(row("one search p95", percentile(global, 95), found[0] / ROUNDS + " results per round"));
            if (!Boolean.getBoolean("sillage.bench.noSheets")) {
                Path sheets = Files.createTempDirectory("sillage-sheets");
                Path csv = sheets.resolve("applications.csv");
                int[] written = new int[1];
                rows.add(row("export CSV", time(() -> written[0] = services.spreadsheets().exportCsv(csv,
                        org.sillage.service.ProgressListener.NONE, () -> false)), written[0] + " applications, " + Files.size(csv) + " bytes"));
                Path json = sheets.resolve("all.json");
                rows.add(row("export JSON", time(() -> written[0] = services.spreadsheets().exportJson(json,
                        org.sillage.service.ProgressListener.NONE, () -> false)), written[0] + " postings, " + Files.size(json) + " bytes"));
                Path fresh = sheets.resolve("fresh");
                try (AppServices empty = AppServices.open(fresh)) {
                    var mapping = empty.spreadsheets().preview(csv, 1).guessed();
                    int[] imported = new int[1];
                    rows.add(row("import CSV into an empty folder", time(() -> imported[0] = empty.spreadsheets()
                            .importCsv(csv, mapping, (char) 0, org.sillage.service.ProgressListener.NONE, () -> false).imported()),
                            imported[0] + " applications"));
                }
            }
            // "did I already apply?", as importing or showing a posting asks it: 20 postings of applications
            List<Double> earlier = new ArrayList<>();
            int[] warned = new int[1];
            for (ApplicationView a : apps.subList(0, Math.min(20, apps.size()))) {
                earlier.add(time(() -> warned[0] += services.applications().earlierApplications(a.application().postingId()).size()));
            }
            Collections.sort(earlier);
            if (!earlier.isEmpty()) {
                rows.add(row("already applied p50", percentile(earlier, 50), earlier.size() + " postings"));
                rows.add(row("already applied p95", percentile(earlier, 95), warned[0] + " earlier applications found"));
            }
            ApplicationView some = apps.stream().filter(a -> a.application().status() == ApplicationStatus.SAVED)
                    .findFirst().orElse(null);
            if (some != null) {
                rows.add(row("status change + refresh", time(() -> {
                    services.applications().changeStatus(some.application().id(), ApplicationStatus.PREPARING, null);
                    refreshAfterStatusChange(services, some);
                }), null));
                var history = services.applications().get(some.application().id()).history();
                services.applications().undo(history.get(history.size() - 1).id());
            }
            System.gc();
            rows.add(row("heap used after GC", Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(),
                    "bytes"));
        }
        long dbAfter = Files.size(folder.resolve("sillage.mv.db"));
        rows.add(row("database file", dbBefore, "bytes at open"));
        rows.add(row("database file after close", dbAfter, "bytes"));
        rows.add(row("database compacted", compactedSize(folder), "bytes (a compacted copy)"));
        rows.add(row("search index", indexSize(folder), "bytes"));
        System.out.println("Sillage scale bench — " + folder);
        rows.forEach(System.out::println);
    }

    /** What the postings screen reads first: a page and the count. */
    private static int firstListSize(AppServices services) {
        services.postings().count();
        return services.postings().page(null, 200).size();
    }

    /** What the agenda screen loads. */
    private static int agendaSize(AppServices services) {
        java.time.LocalDate today = services.agenda().now().toLocalDate();
        java.time.LocalDate monday = today.withDayOfMonth(1).minusDays(today.withDayOfMonth(1).getDayOfWeek().getValue() - 1L);
        services.agenda().openItems(monday, monday.plusDays(41));
        return services.agenda().openItems(today.minusDays(90), today.plusDays(366)).size();
    }

    /** What the window reads again after a status change: the two rows, the agenda (if shown), the reminders. */
    private static void refreshAfterStatusChange(AppServices services, ApplicationView app) {
        services.postings().summary(app.application().postingId());
        services.applications().get(app.application().id());
        services.agenda().forApplication(app.application().id());
        agendaSize(services);
        services.reminders().due();
    }

    /** A search as the postings screen runs it: prepared once, then run for each query. */
    private record Search(double prepareMs, java.util.function.ToIntFunction<String> query) {
        int run(String q) {
            return query.applyAsInt(q);
        }
    }

    private static Search searchPrepared(AppServices services) {
        long t = System.nanoTime();
        services.postings().awaitSearchIndex();
        double prepare = ms(t);
        return new Search(prepare, q -> {
            List<Long> ids = services.postings().search(q);
            services.postings().summaries(ids.subList(0, Math.min(ids.size(), 200)));
            return ids.size();
        });
    }

    private static long compactedSize(Path folder) throws Exception {
        Path tmp = Files.createTempDirectory("sillage-compact-");
        try {
            Files.copy(folder.resolve("sillage.mv.db"), tmp.resolve("sillage.mv.db"));
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("sillage").toAbsolutePath(), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("shutdown compact");
            }
            return Files.size(tmp.resolve("sillage.mv.db"));
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long indexSize(Path folder) throws Exception {
        Path index = folder.resolve("index");
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (var files = Files.walk(index)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** A screen's reads: the first time (cold), then the median of three more (as on a later visit). */
    private static String screen(String what, Supplier<String> work) {
        String[] note = new String[1];
        double first = time(() -> note[0] = work.get());
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            again.add(time(work::get));
        }
        Collections.sort(again);
        return String.format(Locale.ROOT, "%-28s %12.1f ms  first, then %.1f ms  %s", what, first, again.get(1), note[0]);
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return ms(t);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String row(String what, double ms, String note) {
        return String.format(Locale.ROOT, "%-28s %12.1f ms  %s", what, ms, note == null ? "" : note);
    }

    private static String row(String what, long value, String unit) {
        return String.format(Locale.ROOT, "%-28s %15d %s", what, value, unit);
    }
}
