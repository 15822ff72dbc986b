package org.sillage.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

import org.sillage.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code sillage import|list|track|status|history|extract ...}. */
@Command(name = "sillage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Follow a job search offline. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, TrackCommand.class, StatusCommand.class,
                HistoryCommand.class, ExtractCommand.class, ReextractCommand.class, AgendaCommand.class,
                ExportCommand.class, DocsCommand.class, EventCommand.class, CorrectCommand.class, DeleteCommand.class,
                BackupCommand.class, RestoreCommand.class, CheckCommand.class,
                UntrackCommand.class, ProtectCommand.class, SearchCommand.class, ImportCsvCommand.class,
                HandoverCommand.class, GdprCommand.class,
                SessionCommand.class, ActionCommand.class, ReportCommand.class,
                SeekerCommand.class, ProposeCommand.class})
public final class SillageCommand implements Runnable {
    private static final Set<String> ROOT_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder, for the window and every "
            + "command (default: the per-user folder, or SILLAGE_HOME); also accepted after a command's name.")
    String dataDir;
    @CommandLine.Option(names = "--seeker", paramLabel = "ID|NAME", description = "The job seeker every command works "
            + "on (a number or a name); also accepted after a command's name.")
    String seeker;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** True when the arguments name a subcommand or a help/version option rather than window options. */
    public static boolean isCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") || a.equals("--seeker")) {
                i++;
            } else if (ROOT_OPTIONS.contains(a) || !a.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line; returns 0 on success, 1 when some input failed, 2 on bad usage. */
    public static int run(String[] args) {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /**
     * Gives every command, at every depth, {@code -h} and {@code --help}: "import --help" said a parameter was
     * missing instead of showing how to use it.
     */
    private static void addHelp(CommandLine c) {
        for (CommandLine sub : c.getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            if (!spec.optionsMap().containsKey("--help")) {
                String[] names = spec.optionsMap().containsKey("-h") ? new String[] {"--help"} : new String[] {"-h", "--help"};
                spec.addOption(CommandLine.Model.OptionSpec.builder(names).usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
            addHelp(sub);
        }
    }

    /**
     * What is wrong with a command as written, in the user's language for the usual cases (a parameter missing, an
     * unknown option or word, a value of the wrong kind); picocli's own English sentence for the rare others.
     */
    static String usageProblem(CommandLine.ParameterException ex, Messages messages) {
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return messages.get("cli.missing", String.join(", ", missing.getMissing().stream().map(SillageCommand::argName).toList()));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String what = String.join(" ", unmatched.getUnmatched());
            return messages.get(unmatched.isUnknownOption() ? "cli.unknown_option" : "cli.unmatched", what);
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            return messages.get("cli.invalid_value", ex.getValue(), argName(ex.getArgSpec()));
        }
        return ex.getMessage();
    }

    private static String argName(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** A command line that writes to {@code out} and {@code err}, for tests and {@link #run}. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, Locale.getDefault());
    }

    /** The same, speaking {@code language} (its help, its messages): the user's language, or English. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, Locale language) {
        Messages messages = Messages.forLocale(language);
        CommandLine cl = new CommandLine(new SillageCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (CliContext.class.isAssignableFrom(cls)) {
                    return cls.cast(new CliContext(messages));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        addHelp(cl);
        // the help's texts in the user's language (English stays in the commands' annotations)
        cl.setResourceBundle(messages.commandLineHelp());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // a command written wrong: what picocli says (in English), then in the user's language what to do, without
        // the whole usage text
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(usageProblem(ex, messages));
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                // "statut": did you mean "sillage status"?
                String prefix = unmatched.isUnknownOption() ? "" : cmd.getCommandSpec().qualifiedName() + " ";
                cmd.getErr().println(messages.get("cli.suggest", String.join(", ",
                        unmatched.getSuggestions().stream().map(w -> prefix + w).toList())));
            }
            cmd.getErr().println(messages.get("cli.usage_error", cmd.getCommandSpec().qualifiedName()));
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(messages.get("error.unexpected", ex.getMessage()));
            org.slf4j.LoggerFactory.getLogger(SillageCommand.class).error("Command failed", ex);
            return 1;
        });
        return cl;
    }
}
