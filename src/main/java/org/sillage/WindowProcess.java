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
                 Map<String, String> environment, boolean graphicsDevice, String relaunchProperty,
                 Optional<ClassArchive> classArchive) {
    }

    /**
     * The class archive of this jar and this JVM (ADR 0064): {@code file} once made and checked (its size is in its
     * name), else made at the child's exit as {@code file}'s {@code .part} and checked then.
     */
    record ClassArchive(Path file, boolean ready) {
        Path part() {
            return file.resolveSibling(file.getFileName() + ".part");
        }
    }

    /** The child to start: its whole command line, what its environment adds, and its class archive if any. */
    record Plan(List<String> command, Map<String, String> environment, Optional<ClassArchive> classArchive) {
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
        Optional<ClassArchive> archive = facts.classArchive().filter(a -> jvm.stream().noneMatch(
                o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile") || o.contains("ArchiveClassesAtExit")));
        archive.ifPresent(a -> {
            command.add(a.ready() ? "-XX:SharedArchiveFile=" + a.file() : "-XX:ArchiveClassesAtExit=" + a.part());
            command.add("-Xlog:cds*=off"); // an archive the JVM cannot use is left aside without a word
        });
        command.addAll(facts.commandArguments()); // the user's own options come after ours, and win
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put(CHILD_MARK, "1");
        if (noGl) {
            environment.put("GDK_GL", "disable");
        }
        return Optional.of(new Plan(List.copyOf(command), Map.copyOf(environment), archive));
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
                System.getenv(), graphicsDevice(), System.getProperty("sillage.relaunch"),
                javaLauncher ? classArchive(info.arguments().map(List::of).orElse(List.of())) : Optional.empty());
    }

    /**
     * The class archive for {@code java [options] -jar JAR ...}: in the user's cache folder, named after the JVM,
     * the jar and its libraries (their paths, sizes and times), so that a new build or another JDK makes another.
     * Empty with {@code -Dsillage.class-archive=false}, for another command line, or when the folder cannot be made.
     */
    static Optional<ClassArchive> classArchive(List<String> arguments) {
        int jarAt = arguments.indexOf("-jar");
        if (!Boolean.parseBoolean(System.getProperty("sillage.class-archive", "true")) || jarAt < 0
                || jarAt + 1 >= arguments.size()) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(arguments.get(jarAt + 1)).toAbsolutePath().normalize();
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('|')
                    .append(System.getProperty("java.vm.version")).append('|').append(MEMORY_OPTIONS);
            List<Path> jars = new ArrayList<>(List.of(jar));
            Path lib = jar.resolveSibling("lib");
            if (Files.isDirectory(lib)) {
                try (Stream<Path> files = Files.list(lib)) {
                    files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
                }
            }
            for (Path j : jars) {
                identity.append('|').append(j).append(':').append(Files.size(j)).append(':')
                        .append(Files.getLastModifiedTime(j).toMillis());
            }
            String key = java.util.HexFormat.of().formatHex(digest.digest(
                    identity.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
            Path folder = cacheFolder();
            Files.createDirectories(folder);
            try (Stream<Path> made = Files.list(folder)) {
                Optional<Path> whole = made.filter(f -> wholeArchive(f, key)).findFirst();
                return Optional.of(whole.map(f -> new ClassArchive(f, true))
                        .orElseGet(() -> new ClassArchive(folder.resolve("sillage-" + key + ".jsa"), false)));
            }
        } catch (IOException | RuntimeException | java.security.NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** {@code sillage-KEY.SIZE.jsa} whose size is still SIZE: made, checked, and not cut short since. */
    private static boolean wholeArchive(Path f, String key) {
        String name = f.getFileName().toString();
        String prefix = "sillage-" + key + ".";
        if (!name.startsWith(prefix) || !name.endsWith(".jsa")) {
            return false;
        }
        try {
            return Files.size(f) == Long.parseLong(name.substring(prefix.length(), name.length() - 4));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** The user's cache folder for Sillage (not the data folder: nothing in it is the user's). */
    static Path cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("Sillage").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Sillage");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg)).resolve("sillage");
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
        long started = System.nanoTime();
        Optional<Integer> code = run(plan.get());
        Optional<ClassArchive> archive = plan.get().classArchive();
        if (code.isPresent() && archive.isPresent()) {
            if (!archive.get().ready()) {
                keepIfSound(archive.get(), code.get(), plan.get());
            } else if (crashed(code.get()) && System.nanoTime() - started < 10_000_000_000L) {
                // the JVM died at once with the archive: it goes, and the window starts again without it
                try {
                    Files.deleteIfExists(archive.get().file());
                } catch (IOException e) {
                    return code;
                }
                List<String> without = plan.get().command().stream()
                        .filter(o -> !o.startsWith("-XX:SharedArchiveFile=") && !o.equals("-Xlog:cds*=off")).toList();
                return run(new Plan(without, plan.get().environment(), Optional.empty()));
            }
        }
        return code;
    }

    /** A JVM's fatal error (SIGABRT after its error report, SIGSEGV, SIGBUS), or a Windows exception code. */
    static boolean crashed(int code) {
        return code == 134 || code == 135 || code == 139 || code < 0;
    }

    /**
     * After the child that made the archive: kept under its final name (its size in it) when the child ended well
     * and a JVM that must use it ({@code -Xshare:on}) starts with it, else deleted. A cut-short archive can crash
     * the JVM that maps it, so none is used unchecked.
     */
    static void keepIfSound(ClassArchive archive, int code, Plan plan) {
        Path part = archive.part();
        try {
            if (code == 0 && Files.isRegularFile(part) && Files.size(part) > 0) {
                // the child's own command up to its jar, with the archive to use, asking for the version only
                List<String> check = new ArrayList<>();
                List<String> command = plan.command();
                for (int i = 0; i < command.size(); i++) {
                    String o = command.get(i);
                    if (o.startsWith("-XX:ArchiveClassesAtExit=")) {
                        check.add("-Xshare:on");
                        check.add("-XX:SharedArchiveFile=" + part);
                        check.add("-XX:ErrorFile=" + part + ".err"); // not in the user's working folder
                        check.add("-XX:-CreateCoredumpOnCrash");
                    } else if (o.equals("-jar") && i + 1 < command.size()) {
                        check.add(o);
                        check.add(command.get(i + 1));
                        break;
                    } else {
                        check.add(o);
                    }
                }
                check.add("--version");
                Process p = new ProcessBuilder(check).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0) {
                    String name = archive.file().getFileName().toString();
                    Path kept = archive.file().resolveSibling(name.substring(0, name.length() - 4) + "." + Files.size(part) + ".jsa");
                    Files.move(part, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    try (Stream<Path> older = Files.list(kept.getParent())) {
                        for (Path f : older.filter(f -> f.getFileName().toString().startsWith("sillage-") && !f.equals(kept)).toList()) {
                            Files.deleteIfExists(f); // other builds' archives
                        }
                    }
                    return;
                }
                p.destroyForcibly();
            }
        } catch (IOException | RuntimeException e) {
            // not kept
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(part.resolveSibling(part.getFileName() + ".err"));
        } catch (IOException e) {
            // a later start makes it again
        }
    }

    /** Starts the child and waits for its end; empty when it could not be started. */
    private static Optional<Integer> run(Plan plan) {
        ProcessBuilder builder = new ProcessBuilder(plan.command()).inheritIO();
        builder.environment().putAll(plan.environment());
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
