package org.sillage.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sillage backup [--list]}: a backup of the database now, or the list of backups. */
@Command(name = "backup", description = "Back up the database now (into the data folder's backups/), "
        + "or list the backups with --list. One is also made on the first start of each day.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--list", description = "List the backups, newest first.")
    boolean list;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            if (list) {
                services.backups().list().forEach(p -> out.println(p));
                return 0;
            }
            out.println(ctx.messages.get("cli.backup.done", services.backups().backupNow()));
            return 0;
        });
    }
}
