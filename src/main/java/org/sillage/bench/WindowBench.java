package org.sillage.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.sillage.service.AppServices;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.shell.Shell;

/**
 * The window on a data folder, as a person uses it: the start to the first list, then each screen of the
 * menu opened in turn (three rounds), with the time until the screen has read what it shows and the
 * JavaFX thread's longest stall meanwhile, then the process's peak resident memory.
 *
 * <p>{@code java -cp target/sillage.jar org.sillage.bench.WindowBench FOLDER} (under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24"}). A screen is "read" when no background task of the window
 * is left and the JavaFX thread has handled what they handed back. A stall is measured by a watchdog that
 * posts to the JavaFX thread every 5 ms and times how late each post runs. With
 * {@code -Dsillage.bench.screens=navBoard,navAgenda} only these screens are opened, and with
 * {@code -Dsillage.bench.rounds=N} each N times (the median and worst of the later openings printed), and with
 * {@code -Dsillage.bench.idle-ms=N} the window is left alone N ms after its first list. With
 * {@code -Dsillage.bench.histogram=FILE} the live heap's class histogram is written to FILE at the end.
 */
public final class WindowBench {
    private static Path folder;
    private static final long STARTED = System.nanoTime();

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: WindowBench DATA_FOLDER");
            System.exit(2);
        }
        folder = Path.of(args[0]);
        Application.launch(App.class);
    }

    /** The JavaFX application: the bench runs on its own thread once the toolkit is up. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            WindowBench.start(stage);
        }
    }

    private static void start(Stage stage) {
        Thread bench = new Thread(() -> {
            try {
                run(stage);
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "window-bench");
        bench.setDaemon(true);
        bench.start();
    }

    private static void run(Stage stage) throws Exception {
        // as the application does while the folder opens (ADR 0042), unless -Dsillage.start.warm-up=false
        if (Boolean.parseBoolean(System.getProperty("sillage.start.warm-up", "true"))) {
            Platform.runLater(org.sillage.ui.shell.StyleWarmUp::start);
        }
        AppServices services = AppServices.open(folder);
        Locale locale = services.settings().effectiveLocale();
        var layout = services.settings().windowLayout();
        long opened = System.nanoTime();
        Shell[] shell = new Shell[1];
        CountDownLatch listed = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Watchdog watchdog = new Watchdog();
        watchdog.start();
        onFx(() -> {
            org.sillage.ui.shell.StyleWarmUp.stop();
            shell[0] = new Shell(services, stage, locale, layout);
            shell[0].show();
            shell[0].whenListShown(listed::countDown);
            // after the start's own reads that wait for the list (reminders, postings to read again; ADR 0063)
            shell[0].window().afterStart(started::countDown);
        });
        long shown = System.nanoTime();
        if (!listed.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the postings list was not shown within 120 s");
        }
        long list = System.nanoTime();
        System.out.printf(Locale.ROOT, "Sillage window bench — %s%n", folder);
        System.out.printf(Locale.ROOT, "%-34s %8.0f ms (JVM uptime %d ms)%n", "folder opened", ms(opened - STARTED),
                ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.printf(Locale.ROOT, "%-34s %8.0f ms%n", "window shown", ms(shown - STARTED));
        System.out.printf(Locale.ROOT, "%-34s %8.0f ms   longest FX stall %.0f ms%n", "first list shown", ms(list - STARTED),
                ms(watchdog.takeLongest()));
        started.await(120, TimeUnit.SECONDS);
        settle();
        // -Dsillage.bench.idle-ms=N: the window left alone N ms after its first list, as a person reads it; from
        // 2 s on, the other screens' controls are styled then, as the application does (ADR 0042)
        int idle = Integer.getInteger("sillage.bench.idle-ms", 0);
        if (idle >= 2000) {
            Thread.sleep(2000);
            if (Boolean.parseBoolean(System.getProperty("sillage.start.warm-up", "true"))) {
                onFx(org.sillage.ui.shell.StyleWarmUp::later);
            }
            Thread.sleep(idle - 2000);
            settle();
        } else if (idle > 0) {
            Thread.sleep(idle);
        }
        List<ToggleButton> screens = new ArrayList<>();
        onFx(() -> stage.getScene().getRoot().lookupAll(".nav-button").forEach(n -> screens.add((ToggleButton) n)));
        System.out.printf(Locale.ROOT, "%-34s %8s %8s %8s   %s%n", "screen", "first", "again", "again", "longest FX stall (first, again)");
        // -Dsillage.bench.screens=navBoard,navAgenda opens only these (a profiler's or the pulse logger's run)
        List<String> only = List.of(System.getProperty("sillage.bench.screens", "").split(","));
        for (ToggleButton b : screens) {
            if (!only.equals(List.of("")) && !only.contains(b.getId())) {
                continue;
            }
            int rounds = Math.max(3, Integer.getInteger("sillage.bench.rounds", 3));
            double[] times = new double[rounds];
            double[] firsts = new double[rounds];
            double[] stalls = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ToggleButton other = screens.get(screens.indexOf(b) == 0 ? 1 : 0);
                onFx(other::fire);
                settle();
                watchdog.takeLongest();
                long handed = BackgroundTask.handedBack();
                long t0 = System.nanoTime();
                onFx(b::fire);
                // the first of the screen's reads shown (the agenda shows the days near today before the rest)
                while (BackgroundTask.handedBack() == handed && BackgroundTask.pending() > 0) {
                    Thread.sleep(1);
                }
                firsts[round] = ms(System.nanoTime() - t0);
                settle();
                times[round] = ms(System.nanoTime() - t0);
                stalls[round] = ms(watchdog.takeLongest());
            }
            System.out.printf(Locale.ROOT, "%-34s %6.0f ms %6.0f ms %6.0f ms   %.0f ms, %.0f ms%n", b.getId(), times[0], times[1],
                    times[2], stalls[0], Math.max(stalls[1], stalls[2]));
            System.out.printf(Locale.ROOT, "%-34s %6.0f ms %6.0f ms %6.0f ms%n", "  first read shown", firsts[0], firsts[1], firsts[2]);
            if (rounds > 3) {
                // -Dsillage.bench.rounds=N: the openings after the first, their median and worst
                double[] laterTimes = java.util.Arrays.copyOfRange(times, 1, rounds);
                double[] laterStalls = java.util.Arrays.copyOfRange(stalls, 1, rounds);
                java.util.Arrays.sort(laterTimes);
                java.util.Arrays.sort(laterStalls);
                System.out.printf(Locale.ROOT, "%-34s open median %.0f ms, worst %.0f ms; FX stall median %.0f ms, worst %.0f ms%n",
                        "  " + (rounds - 1) + " later openings", laterTimes[laterTimes.length / 2], laterTimes[laterTimes.length - 1],
                        laterStalls[laterStalls.length / 2], laterStalls[laterStalls.length - 1]);
            }
        }
        watchdog.interrupt();
        System.out.printf(Locale.ROOT, "%-34s %s%n", "peak RSS (VmHWM)", status("VmHWM"));
        System.out.printf(Locale.ROOT, "%-34s %s (anonymous %s, files %s)%n", "RSS now (VmRSS)", status("VmRSS"),
                status("RssAnon"), status("RssFile"));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-34s %d MB (max heap %d MB)%n", "heap used after GC",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-34s %s%n", "mapped files in RSS", mappedFiles());
        if (Boolean.getBoolean("sillage.bench.nmt")) {
            // the JVM's own accounting (run with -XX:NativeMemoryTracking=summary)
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()}));
        }
        String histogram = System.getProperty("sillage.bench.histogram");
        if (histogram != null) {
            // what holds the heap after every screen: the live objects by class, largest first (jcmd's
            // GC.class_histogram, from inside)
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.writeString(Path.of(histogram), text.toString());
            System.out.printf(Locale.ROOT, "%-34s %s%n", "class histogram", histogram);
        }
        onFx(() -> {
            shell[0].close();
            stage.hide();
        });
    }

    /** Waits until the window's background tasks are done and the JavaFX thread has handled their results. */
    private static void settle() throws Exception {
        if (!BackgroundTask.awaitSettled(java.time.Duration.ofSeconds(120))) {
            throw new IllegalStateException("the window did not settle within 120 s");
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse("?");
        } catch (java.io.IOException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    /**
     * The resident part of the mapped files, in MB: the search index, jars, the class archive, and each
     * native library of 2 MB or more (the JVM's, the toolkit's, the system's graphics libraries).
     */
    private static String mappedFiles() {
        java.util.Map<String, Long> kb = new java.util.TreeMap<>();
        String group = null;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
                if (line.matches("[0-9a-f]+-[0-9a-f]+ .*")) {
                    String[] f = line.trim().split("\\s+");
                    String path = f.length >= 6 ? f[5] : "";
                    group = !path.startsWith("/") ? null
                            : path.contains("/index/") ? "search index"
                            : path.endsWith(".jar") ? "jars"
                            : path.endsWith(".jsa") ? "class archive"
                            : path.contains(".so") ? path.substring(path.lastIndexOf('/') + 1) : "other files";
                } else if (group != null && line.startsWith("Rss:")) {
                    kb.merge(group, Long.parseLong(line.replaceAll("\\D", "")), Long::sum);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "? (" + e.getMessage() + ")";
        }
        StringBuilder out = new StringBuilder();
        long small = 0;
        for (var e : kb.entrySet()) {
            if (e.getValue() < 2048) {
                small += e.getValue();
            } else {
                out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue() >> 10).append(" MB");
            }
        }
        out.append(", the others ").append(small >> 10).append(" MB");
        return out.toString();
    }

    /** Posts to the JavaFX thread every 5 ms and keeps the longest wait before a post ran. */
    private static final class Watchdog extends Thread {
        private final AtomicLong longest = new AtomicLong();

        Watchdog() {
            super("fx-watchdog");
            setDaemon(true);
        }

        long takeLongest() {
            return longest.getAndSet(0);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    long posted = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        ran.countDown();
                    });
                    ran.await();
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                // done
            }
        }
    }
}
