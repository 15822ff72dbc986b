package org.sillage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.importing.SampleSeeds;
import org.sillage.service.AppServices;

/**
 * A year of use, to see whether the database file stays compact (issue 11): each day the folder is
 * opened (on that day's clock), a few postings are imported, some are tracked and move on, an event is
 * added, and the folder is closed, as a person who uses Sillage daily would. Prints the file size at the
 * end of each month, then compares the final file with a compacted copy of it.
 *
 * <pre>java -cp target/sillage.jar org.sillage.bench.YearBench [DAYS=365] [POSTINGS_PER_DAY=4]</pre>
 */
public final class YearBench {
    private YearBench() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path data = Files.createTempDirectory("sillage-year-").resolve("data");
        List<String> seeds = SampleSeeds.load().stream()
                .map(seed -> new String(seed.bytes(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2026, 1, 5);
        List<Long> applications = new ArrayList<>();
        long maxSize = 0;
        long started = System.nanoTime();
        System.out.printf("%10s %9s %12s %12s%n", "day", "postings", "file KB", "largest KB");
        int postings = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            Clock clock = Clock.fixed(day.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
            try (AppServices s = AppServices.open(data, clock)) {
                s.startupMaintenance(false);
                for (int i = 0; i < perDay; i++) {
                    String text = "Offre n° " + day + "-" + i + " : chargé(e) de mission " + random.nextInt(100_000) + "\n\n"
                            + seeds.get(random.nextInt(seeds.size()));
                    var outcome = s.imports().importText(text);
                    postings++;
                    if (outcome.postingId() != null && random.nextInt(3) == 0) {
                        applications.add(s.applications().track(outcome.postingId()).applicationId());
                    }
                }
                for (int i = 0; i < 3 && !applications.isEmpty(); i++) {
                    long app = applications.get(random.nextInt(applications.size()));
                    ApplicationStatus to = ApplicationStatus.values()[1 + random.nextInt(ApplicationStatus.values().length - 1)];
                    try {
                        s.applications().changeStatus(app, to, "jour " + d);
                    } catch (RuntimeException e) {
                        // a move the rules refuse: skipped, as a person would
                    }
                }
                if (!applications.isEmpty()) {
                    s.agenda().addEvent(applications.get(random.nextInt(applications.size())), EventKind.INTERVIEW,
                            day.plusDays(7), LocalTime.of(10, 0), "Europe/Paris", "Lille", null);
                }
                maxSize = Math.max(maxSize, Files.size(data.resolve("sillage.mv.db")));
            }
            long size = Files.size(data.resolve("sillage.mv.db"));
            maxSize = Math.max(maxSize, size);
            if (day.plusDays(1).getDayOfMonth() == 1 || d == days - 1) {
                System.out.printf("%10s %9d %12d %12d%n", day, postings, size / 1024, maxSize / 1024);
            }
        }
        long size = Files.size(data.resolve("sillage.mv.db"));
        Path copy = data.resolveSibling("compacted");
        Files.createDirectories(copy);
        Files.copy(data.resolve("sillage.mv.db"), copy.resolve("sillage.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("sillage") + ";IFEXISTS=TRUE", "sa", "");
             Statement st = c.createStatement()) {
            st.execute("shutdown compact");
        }
        long compacted = Files.size(copy.resolve("sillage.mv.db"));
        System.out.printf("after %d days (%.0f s): file %d KB, largest seen %d KB, compacted %d KB: %.2f× (largest %.2f×); target ≤ 2×%n",
                days, (System.nanoTime() - started) / 1e9, size / 1024, maxSize / 1024, compacted / 1024,
                (double) size / compacted, (double) maxSize / compacted);
    }
}
