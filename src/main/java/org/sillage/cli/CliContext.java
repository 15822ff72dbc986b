package org.sillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.service.DataFolders;
import picocli.CommandLine;

/** What every command shares: the messages, the data folder option, and opening the services. */
class CliContext {
    final Messages messages;

    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: the per-user folder, or SILLAGE_HOME).")
    String dataDir;
    /** The command this context is mixed into, to find a --data-dir given before the command's name. */
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    CliContext(Messages messages) {
        this.messages = messages;
    }

    /** A piece of command work that uses the services and returns an exit code. */
    @FunctionalInterface
    interface Work {
        int run(AppServices services);
    }

    /** On the command line, a wrong number is followed by where to find the right ones. */
    void hint(PrintWriter err, UserException e) {
        if ("error.posting.not_found".equals(e.key())) {
            err.println(messages.get("cli.hint.posting_numbers"));
        } else if ("error.application.not_found".equals(e.key())) {
            err.println(messages.get("cli.hint.application_numbers"));
        }
    }

    /** The --data-dir given after the command, else before it ({@code sillage --data-dir D export ics F}). */
    Path dataFolder() {
        String dir = dataDir;
        for (var spec = mixee == null ? null : mixee.parent(); dir == null && spec != null; spec = spec.parent()) {
            if (spec.userObject() instanceof SillageCommand root) {
                dir = root.dataDir;
            } else if (spec.userObject() instanceof ExportCommand export) {
                dir = export.dataDir;
            }
        }
        return DataFolders.resolve(dir);
    }

    /** Opens the data folder, runs {@code work}, and turns a user error into a message and exit code 1. */
    int withServices(PrintWriter err, Work work) {
        try (AppServices services = AppServices.open(dataFolder())) {
            services.startupMaintenance(false);
            return work.run(services);
        } catch (UserException e) {
            err.println(messages.translate(e));
            hint(err, e);
            if ("error.database.unreadable".equals(e.key())) {
                org.sillage.service.BackupService.latest(dataFolder())
                        .ifPresent(b -> err.println(messages.get("cli.restore.hint", b, dataFolder())));
            }
            return 1;
        }
    }
}
