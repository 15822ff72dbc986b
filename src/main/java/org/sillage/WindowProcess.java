package org.sillage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The window's process (ADR 0046). A jar cannot carry JVM options, so {@code java -jar sillage.jar} would run the
 * window with the JVM's defaults: a heap sized from the machine's memory (1.7 GB resident at 100,000 postings on a
 * 24 GB machine). When the window is started that way, this starts it again in a child JVM with the installers'
 * memory options and waits for it, passing on its exit code. On Linux without a graphics device, where JavaFX
 * would fall back to its software renderer anyway, the child is also told not to load OpenGL: GTK's GL (whose
 * Mesa libraries alone held about 50 MB resident) and JavaFX's own attempt at it.
 */
final class WindowProcess {
    /** Set in the child's environment: it is the window's own process, not to be started again. */
    static final String CHILD_MARK = "SILLAGE_WINDOW_PROCESS";
    /**
     * The installers' options (ADR 0012, 0028, 0061): a serial collector, a small young generation, and a heap
     * grown while less than 20 % of it is free and given back above 40 % (the defaults are 40 % and 70 %).
     */
    static final List<String> MEMORY_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MaxNewSize=32m",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");

    private WindowProcess() {
    }

    /** What the process knows of itself and its machine. */
    record Facts(String osName, Optional<String> command, List<String> commandArguments, List<String> jvmOptions,
                 Map<String, String> environment, boolean graphicsDevice, String relaunchProperty) {
    }

    /** The child to start: its whole command line, and what its environment adds. */
    record Plan(List<String> command, Map<String, String> environment) {
    }

    /** Whether there is no graphics device, so OpenGL can only be a software renderer (Linux). */
    static boolean softwareOnly(Facts facts) {
        return facts.osName().toLowerCase(Locale.ROOT).startsWith("linux") && !facts.graphicsDevice();
    }

    /**
     * The child to start instead of opening the window here, or empty: when this is that child already, when
     * {@code -Dsillage.relaunch=false}, when the process was not started by a {@code java} launcher whose
     * command line is known, when it is an AppCDS training run, or when nothing would change.
     */
    static Optional<Plan> plan(Facts facts) {
        if (facts.environment().containsKey(CHILD_MARK) || "false".equalsIgnoreCase(facts.relaunchProperty())
                || facts.command().isEmpty() || facts.commandArguments().isEmpty()) {
            return Optional.empty();
        }
        if (!isJava(facts.command().get())) {
            return Optional.empty(); // the installers' launcher sets the options itself
        }
        List<String> jvm = facts.jvmOptions();
        if (jvm.stream().anyMatch(o -> o.contains("ArchiveClassesAtExit") || o.startsWith("-Xshare:dump")
                || o.contains("DumpLoadedClassList"))) {
            return Optional.empty();
        }
        boolean memoryChosen = jvm.stream().anyMatch(o -> (o.startsWith("-XX:+Use") && o.endsWith("GC"))
                || o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize") || o.startsWith("-XX:MaxRAM"));
        boolean noGl = softwareOnly(facts) && !facts.environment().containsKey("GDK_GL")
                && jvm.stream().noneMatch(o -> o.startsWith("-Dprism.order="));
        if (memoryChosen && !noGl) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(facts.command().get());
        if (!memoryChosen) {
            command.addAll(MEMORY_OPTIONS);
        }
        if (noGl) {
            command.add("-Dprism.order=sw");
        }
        command.addAll(facts.commandArguments()); // the user's own options come after ours, and win
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put(CHILD_MARK, "1");
        if (noGl) {
            environment.put("GDK_GL", "disable");
        }
        return Optional.of(new Plan(List.copyOf(command), Map.copyOf(environment)));
    }

    /** Whether the command is a {@code java} launcher ({@code java}, {@code java.exe}, {@code javaw.exe}). */
    static boolean isJava(String command) {
        String name = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
        return name.toLowerCase(Locale.ROOT).matches("javaw?(\\.exe)?");
    }

    /** This process's facts (its JVM options are read only when a {@code java} launcher started it). */
    static Facts current() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        boolean javaLauncher = info.command().map(WindowProcess::isJava).orElse(false);
        return new Facts(System.getProperty("os.name", ""), info.command(),
                info.arguments().map(List::of).orElse(List.of()),
                javaLauncher ? java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments() : List.of(),
                System.getenv(), graphicsDevice(), System.getProperty("sillage.relaunch"));
    }

    /** A DRM device ({@code /dev/dri}) or NVIDIA's ({@code /dev/nvidia*}): GL may then be in hardware. */
    private static boolean graphicsDevice() {
        if (Files.exists(Path.of("/dev/dri"))) {
            return true;
        }
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            return dev.anyMatch(p -> p.getFileName().toString().startsWith("nvidia"));
        } catch (IOException | RuntimeException e) {
            return true; // not known: leave OpenGL as JavaFX chooses
        }
    }

    /**
     * Runs the window in a child process when {@link #plan} says so and returns its exit code, or empty when the
     * window should open in this process (nothing to change, or the child could not be started).
     */
    static Optional<Integer> runChildIfBetter() {
        if (System.getenv(CHILD_MARK) != null) {
            return Optional.empty();
        }
        Optional<Plan> plan = plan(current());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(plan.get().command()).inheritIO();
        builder.environment().putAll(plan.get().environment());
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // a stop of this process (Ctrl+C, a logout's SIGTERM) stops the window as a stop of its own would
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "sillage-window-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                // keep waiting: the window decides when it ends
            }
        }
    }
}
