package org.sillage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sillage.domain.UserException;
import org.sillage.service.BackupService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sillage restore FILE | --latest}: checks a backup, then puts it in place of the database.
 * The database it replaces is kept in {@code backups/}. Works when the current database is unreadable.
 */
@Command(name = "restore", description = "Put a backup back in place of the database, after checking it. "
        + "The database it replaces is kept in backups/.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "FILE", description = "A backup (.zip) made by Sillage.")
        Path file;
        @Option(names = "--latest", description = "The newest backup in the data folder's backups/.")
        boolean latest;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Path folder = ctx.dataFolder();
        try {
            Path backup = which.latest ? BackupService.latest(folder)
                    .orElseThrow(() -> new UserException("error.restore.none", folder)) : which.file.toAbsolutePath();
            Path aside = BackupService.restore(folder, backup, ctx.key());
            spec.commandLine().getOut().println(ctx.messages.get("cli.restore.done", backup, aside));
            return 0;
        } catch (UserException e) {
            err.println(ctx.messages.translate(e));
            return 1;
        }
    }
}
