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
        Path dataFolder = DataFolders.resolve(optionValue(args, "--data-dir"));
        if (SillageCommand.isCommandLine(args)) {
            Logging.init(dataFolder);
            System.exit(SillageCommand.run(args));
        }
        // started by `java -jar`: the window runs in a child JVM with the installers' memory options (ADR 0046)
        java.util.Optional<Integer> child = WindowProcess.runChildIfBetter();
        if (child.isPresent()) {
            System.exit(child.get());
        }
        Logging.setFolder(dataFolder); // Logback starts on the thread that opens the folder
        SillageFx.launch(dataFolder, List.of(args).contains("--exit-when-shown"));
        System.exit(SillageFx.exitCode());
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
