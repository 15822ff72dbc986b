package org.sillage.cli;

import java.util.concurrent.Callable;

import org.sillage.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sillage check}: every kept file is there with its checksum; exit 1 lists those that are not. */
@Command(name = "check", description = "Check that every kept file (originals, attached documents) is there "
        + "and unchanged. Backups copy the database, not these files.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            var problems = services.fileCheck().check(ProgressListener.NONE, () -> false);
            for (var p : problems) {
                out.println(ctx.messages.get(p.missing() ? "cli.check.missing" : "cli.check.changed",
                        Names.printable(p.file().displayName()), p.file().sha256()));
            }
            out.println(ctx.messages.get("cli.check.summary", problems.size()));
            return problems.isEmpty() ? 0 : 1;
        });
    }
}
