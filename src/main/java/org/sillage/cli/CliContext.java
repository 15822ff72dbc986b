package org.sillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.sillage.domain.UserException;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.service.DataFolders;
import org.sillage.service.FolderKey;
import picocli.CommandLine;

/** What every command shares: the messages, the data folder option, and opening the services. */
class CliContext {
    /** The words to print in: the system's language, then the one chosen in the window's settings once the folder is open. */
    Messages messages;

    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: the per-user folder, or SILLAGE_HOME).")
    String dataDir;
    @CommandLine.Option(names = "--seeker", paramLabel = "ID|NAME",
            description = "The job seeker to work on: a number or a name (default: the folder's own person).")
    String seeker;
    /** The command this context is mixed into, to find a --data-dir given before the command's name. */
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /** Where the passwords' variables are read; tests put their own. */
    static java.util.function.UnaryOperator<String> environment = System::getenv;

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
            } else if (spec.userObject() instanceof ExportCommand export && export.ctx != null) {
                dir = export.ctx.dataDir;
            }
        }
        return DataFolders.resolve(dir);
    }

    /** The --seeker given after the command, else before it ({@code sillage --seeker 2 list}); null: none. */
    String seekerOption() {
        String wanted = seeker;
        for (var spec = mixee == null ? null : mixee.parent(); wanted == null && spec != null; spec = spec.parent()) {
            if (spec.userObject() instanceof SillageCommand root) {
                wanted = root.seeker;
            } else if (spec.userObject() instanceof ExportCommand export && export.ctx != null) {
                wanted = export.ctx.seeker;
            }
        }
        return wanted;
    }

    /**
     * The key of a protected folder: the password comes from {@code SILLAGE_PASSWORD}, else is asked on
     * the terminal (three tries). {@link FolderKey#NONE} when the folder is not protected.
     */
    FolderKey key() {
        Path folder = dataFolder();
        if (!AppServices.isProtected(folder)) {
            return FolderKey.NONE;
        }
        boolean asked = environment.apply("SILLAGE_PASSWORD") == null;
        for (int attempt = 1; ; attempt++) {
            char[] password = currentPassword();
            try {
                return AppServices.unlock(folder, password);
            } catch (UserException e) {
                if (!asked || attempt == 3 || !"error.password.wrong".equals(e.key())) {
                    throw e;
                }
                terminal().writer().println(messages.translate(e));
            } finally {
                java.util.Arrays.fill(password, ' ');
            }
        }
    }

    /** The current password: {@code SILLAGE_PASSWORD}, else asked on the terminal. */
    char[] currentPassword() {
        String fromEnv = environment.apply("SILLAGE_PASSWORD");
        return fromEnv != null ? fromEnv.toCharArray() : ask(messages.get("cli.password.prompt", dataFolder()));
    }

    /** A new password: from {@code SILLAGE_NEW_PASSWORD}, else asked twice on the terminal. */
    char[] newPassword() {
        String fromEnv = environment.apply("SILLAGE_NEW_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        char[] first = ask(messages.get("cli.password.new"));
        char[] again = ask(messages.get("cli.password.again"));
        if (!java.util.Arrays.equals(first, again)) {
            throw new UserException("protect.mismatch");
        }
        return first;
    }

    /** Reads a password on the terminal, without echo. */
    private char[] ask(String prompt) {
        char[] password = terminal().readPassword("%s", prompt);
        if (password == null) {
            throw new UserException("error.password.required", dataFolder());
        }
        return password;
    }

    private java.io.Console terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            throw new UserException("error.password.no_console", dataFolder());
        }
        return console;
    }

    /** Opens the data folder, runs {@code work}, and turns a user error into a message and exit code 1. */
    int withServices(PrintWriter err, Work work) {
        try (AppServices services = AppServices.open(dataFolder(), key())) {
            services.startupMaintenance(false);
            // the language chosen in Settings is the command line's too (ADR 0053); none chosen: the system's
            if (services.settings().language().isPresent()) {
                messages = Messages.forLocale(services.settings().effectiveLocale());
            }
            String wanted = seekerOption();
            if (wanted != null) {
                // every command then works on that person's applications (ADR 0023)
                services.seekers().switchTo(services.seekers().resolve(wanted).id());
            }
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
