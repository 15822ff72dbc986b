package org.sillage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.sillage.domain.SupportAction;
import org.sillage.domain.SupportSession;
import org.sillage.service.AppServices;
import org.sillage.service.SessionService;

/**
 * What sessions cost on a large folder (ADR 0024): gives the current seeker N sessions of three actions
 * each (one a week back from today, actions due over the weeks after), then times the sessions list, the
 * agenda's reads with the actions, the reminders, and the report of the latest session as a PDF. Each is
 * timed the first time (cold) and as the median of five more.
 *
 * <pre>
 * java -cp target/sillage.jar org.sillage.bench.DataGenerator /tmp/s20k 20000 5000
 * java -cp target/sillage.jar org.sillage.bench.SessionBench /tmp/s20k 100
 * </pre>
 */
public final class SessionBench {
    private static final int AGAIN = 5;

    private SessionBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SessionBench FOLDER [SESSIONS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> rows = new ArrayList<>();
        Path pdf = Files.createTempFile("sillage-report-", ".pdf");
        try (AppServices services = AppServices.open(folder)) {
            LocalDate today = LocalDate.now();
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                LocalDate day = today.minusWeeks(n - 1 - i);
                services.sessions().save(null, new SupportSession.Details(day, 45, "notes " + i, "reviewed " + i,
                        "decisions " + i), List.of(
                        draft("Send two applications " + i, SupportAction.Owner.SEEKER, day.plusDays(7)),
                        draft("Call an employer " + i, SupportAction.Owner.SEEKER, day.plusDays(10)),
                        draft("Check the letter " + i, SupportAction.Owner.ADVISOR, day.plusDays(3))));
            }
            rows.add(row("record " + n + " sessions (3 actions)", (System.nanoTime() - t) / 1e6,
                    services.sessions().count() + " sessions of this seeker"));
            rows.add(timed("sessions list (first 200)", () -> services.sessions().list(0, 200).size() + " sessions"));
            rows.add(timed("agenda list (-90 d, +366 d)", () -> services.agenda().openItems(today.minusDays(90),
                    today.plusDays(366)).size() + " items"));
            rows.add(timed("reminders due", () -> services.reminders().due().size() + " reminders"));
            rows.add(timed("report of the latest (PDF)", () -> {
                var r = services.reports().export(null, pdf);
                try {
                    return Files.size(pdf) / 1024 + " KB, " + r.changes().size() + " changes, "
                            + r.applications().size() + " applications, " + r.deadlines().size() + " deadlines";
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        } finally {
            Files.deleteIfExists(pdf);
        }
        rows.forEach(System.out::println);
    }

    private static SessionService.ActionDraft draft(String what, SupportAction.Owner who, LocalDate due) {
        return new SessionService.ActionDraft(0, new SupportAction.Details(what, who, due));
    }

    private static String timed(String what, java.util.function.Supplier<String> work) {
        String[] note = new String[1];
        double first = time(() -> note[0] = work.get());
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < AGAIN; i++) {
            again.add(time(work::get));
        }
        Collections.sort(again);
        return row(what, first, String.format(Locale.ROOT, "then %.1f ms  %s", again.get(again.size() / 2), note[0]));
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static String row(String what, double ms, String note) {
        return String.format(Locale.ROOT, "%-34s %10.1f ms  %s", what, ms, note);
    }
}
