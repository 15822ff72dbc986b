package org.sillage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One command line run in the test's JVM, on a data folder: its exit code, what it printed and what it said on stderr. */
record CliRun(int code, String out, String err) {

    static CliRun in(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        int code = SillageCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }
}
