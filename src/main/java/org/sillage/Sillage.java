package org.sillage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.sillage.cli.SillageCommand;
import org.sillage.service.DataFolders;
import org.sillage.service.Logging;
import org.sillage.ui.SillageFx;

/**
 * The single entry point. Without a subcommand it opens the window; with one ({@code import},
 * {@code list}, {@code extract}...) it runs the command line. {@code --data-dir DIR} works for both.
 */
public final class Sillage {
    private Sillage() {
    }

    public static void main(String[] args) {
        org.sillage.service.StartupTrace.mark("main");
        if (!SillageCommand.isCommandLine(args)) {
            warmClassPath();
        }
        Path dataFolder = DataFolders.resolve(optionValue(args, "--data-dir"));
        if (SillageCommand.isCommandLine(args)) {
            Logging.init(dataFolder);
            System.exit(SillageCommand.run(args));
        }
        Logging.setFolder(dataFolder); // Logback starts on the thread that opens the folder
        SillageFx.launch(dataFolder, List.of(args).contains("--exit-when-shown"));
        System.exit(SillageFx.exitCode());
    }

    /**
     * Opens every jar of the class path on a thread of its own, at once, then looks up the JDK's logger
     * service. That lookup reads every jar (about 57,000 entries in 80 jars, 150–250 ms on a cold JVM), and
     * the window needs it early: JavaFX logs a warning when its classes come from the class path, and a
     * resource bundle looks for the files of each locale. The jars opened here are shared with the class
     * loader's (the JDK keeps one copy of each open zip), so the toolkit finds the work done or under way
     * instead of doing it on the way to the first frame (ADR 0012, addendum 2).
     */
    private static void warmClassPath() {
        Thread t = new Thread(() -> {
            java.util.List<java.util.jar.JarFile> open = new java.util.ArrayList<>();
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (entry.endsWith(".jar")) {
                    try {
                        open.add(new java.util.jar.JarFile(entry));
                    } catch (java.io.IOException | SecurityException e) {
                        // the class loader will say it, if it matters
                    }
                }
            }
            System.getLogger("org.sillage"); // the lookup, now over open jars; the class loader holds them after
            for (java.util.jar.JarFile jar : open) {
                try {
                    jar.close();
                } catch (java.io.IOException e) {
                    // read-only, nothing to lose
                }
            }
        }, "sillage-class-path");
        t.setDaemon(true);
        t.start();
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, or null. */
    static String optionValue(String[] args, String name) {
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals(name) && i + 1 < list.size()) {
                return list.get(i + 1);
            }
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return null;
    }
}
