package org.sillage.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.sillage.service.AppServices;

/**
 * What the reminder bar, the dashboard and the agenda read, on a folder made by {@link DataGenerator}:
 * each read the first time (cold JVM), then the median and the largest of {@value #RUNS} more. Prints
 * the heap in use after a full GC at the end. Never a timed test.
 *
 * <pre>
 * java -cp target/sillage.jar org.sillage.bench.DataGenerator /tmp/s100k 100000 20000
 * java -cp target/sillage.jar org.sillage.bench.DueBench /tmp/s100k
 * # one read only, more runs (for a profiler): -Dsillage.bench.only=reminders -Dsillage.bench.runs=30
 * </pre>
 */
public final class DueBench {
    private static final int RUNS = Integer.getInteger("sillage.bench.runs", 7);

    private DueBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DueBench FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<String> lines = new ArrayList<>();
        long t0 = System.nanoTime();
        try (AppServices s = AppServices.open(folder)) {
            lines.add(String.format(Locale.ROOT, "%-44s %8.1f ms", "open the folder", (System.nanoTime() - t0) / 1e6));
            LocalDate today = s.agenda().now().toLocalDate();
            lines.add(measure("reminders: count + first 3 (the bar)", () -> {
                var summary = s.reminders().summary(3);
                return summary.count() + " due, first " + summary.first().size();
            }));
            lines.add(measure("reminders due (the whole list)", () -> s.reminders().due().size() + " due"));
            lines.add(measure("reminders: agenda.dueBy alone", () -> s.agenda().dueBy(s.agenda().now()
                    .plusDays(s.settings().reminderDays())).size() + " items"));
            lines.add(measure("dashboard", () -> {
                var d = s.dashboard().read();
                return d.funnel() + ", " + d.applied() + " sent, " + d.answered() + " answered, median "
                        + d.medianDaysToAnswer() + " d, " + d.upcoming().size() + " upcoming";
            }));
            lines.add(measure("agenda: 42 days (month view)", () -> s.agenda().openItems(today.minusDays(7),
                    today.plusDays(34)).size() + " items"));
            lines.add(measure("agenda: -90 d to +366 d (list)", () -> s.agenda().openItems(today.minusDays(90),
                    today.plusDays(366)).size() + " items"));
            var agendaScreen = new org.sillage.ui.agenda.AgendaViewModel(s.agenda());
            lines.add(measure("agenda screen: first read (near today)", () -> agendaScreen.loadNear(null).rows().size() + " rows"));
            lines.add(measure("agenda screen: near, a page back and ahead", () -> agendaScreen.load(null).rows().size() + " rows"));
            lines.add(measure("flags of all applications", () -> s.agenda().flagsOfAll().size() + " flagged"));
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        lines.add(String.format(Locale.ROOT, "heap after GC %d MB (max %d MB)",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20));
        System.out.println("Sillage due bench — " + folder + " — " + java.time.Instant.now());
        lines.forEach(System.out::println);
    }

    private static String measure(String what, Supplier<String> work) {
        String only = System.getProperty("sillage.bench.only");
        if (only != null && !what.startsWith(only)) {
            return what + ": skipped";
        }
        String[] note = new String[1];
        double first = time(() -> note[0] = work.get());
        List<Double> again = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            again.add(time(work::get));
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        }
        Collections.sort(again);
        Collections.sort(cpu);
        // the CPU time of the calling thread: what the read costs, whatever else runs on the machine
        return String.format(Locale.ROOT, "%-36s %7.1f ms first, %6.1f ms median (CPU %6.1f ms), %6.1f ms max   %s",
                what, first, again.get(RUNS / 2), cpu.get(RUNS / 2), again.get(RUNS - 1), note[0]);
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }
}
