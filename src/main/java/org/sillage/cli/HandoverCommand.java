package org.sillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.sillage.domain.Handover;
import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;
import org.sillage.service.HandoverService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sillage handover export|import|conflicts|resolve}: a job seeker's record as one encrypted
 * {@code .sillage} archive, merged back without duplicates (ADR 0025).
 */
@Command(name = "handover", description = "Hand a job seeker's record over as one encrypted .sillage archive, "
        + "and merge one back. The passphrase is asked for, or read from SILLAGE_PASSPHRASE.",
        subcommands = {HandoverCommand.Export.class, HandoverCommand.Import.class, HandoverCommand.Conflicts.class,
                HandoverCommand.Resolve.class})
final class HandoverCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The passphrase: {@code SILLAGE_PASSPHRASE}, else asked on the terminal without echo (twice for a new one). */
    static char[] passphrase(CliContext ctx, boolean twice) {
        String fromEnv = CliContext.environment.apply("SILLAGE_PASSPHRASE");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new UserException("error.handover.no_console");
        }
        char[] first = console.readPassword("%s", ctx.messages.get("cli.handover.passphrase"));
        if (first == null) {
            throw new UserException("error.handover.no_console");
        }
        if (twice) {
            char[] again = console.readPassword("%s", ctx.messages.get("cli.handover.passphrase_again"));
            if (!Arrays.equals(first, again)) {
                throw new UserException("error.handover.passphrase_mismatch");
            }
        }
        return first;
    }


    @Command(name = "export", description = "Write a job seeker's whole record (postings with their files, "
            + "applications, history, events, documents, contacts, notes, sessions, actions, profile) to FILE.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SEEKER", description = "The job seeker: a number or a name.")
        String seeker;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The archive to write (.sillage).")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return ctx.withServices(err, services -> {
                HandoverService handover = services.handover();
                Seeker s = handover.seeker(seeker);
                char[] passphrase = passphrase(ctx, true);
                try {
                    HandoverService.Exported done = handover.export(s.id(), out, passphrase);
                    spec.commandLine().getOut().println(ctx.messages.get("cli.handover.exported", done.seekerName(),
                            done.rows(), done.files(), done.file()));
                } finally {
                    Arrays.fill(passphrase, ' ');
                }
                return 0;
            });
        }
    }

    @Command(name = "import", description = "Merge a .sillage archive into this folder: rows already here are "
            + "matched, edits made on one side are taken, edits made on both sides are listed as conflicts.")
    static final class Import implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", description = "The archive to read.")
        Path file;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return ctx.withServices(err, services -> {
                char[] passphrase = passphrase(ctx, false);
                Handover.ImportSummary done;
                PrintWriter out = spec.commandLine().getOut();
                try {
                    done = services.handover().importArchive(file, passphrase, (n, rows, what) -> {
                        out.println(ctx.messages.get("cli.handover.merging", rows));
                        out.flush();
                    });
                } finally {
                    Arrays.fill(passphrase, ' ');
                }
                out.println(ctx.messages.get(done.changedNothing() ? "cli.handover.imported_nothing" : "cli.handover.imported",
                        done.seekerName(), done.added(), done.updated(), done.files()));
                if (done.conflicts() > 0) {
                    out.println(ctx.messages.get("cli.handover.conflicts_found", done.conflicts()));
                }
                return 0;
            });
        }
    }

    @Command(name = "conflicts", description = "List the fields changed on both sides that wait for a person to choose.")
    static final class Conflicts implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "SEEKER", description = "Only this job seeker's.")
        String seeker;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return ctx.withServices(err, services -> {
                HandoverService handover = services.handover();
                List<Handover.Conflict> conflicts = seeker == null ? handover.allConflicts()
                        : handover.conflicts(handover.seeker(seeker).id());
                PrintWriter out = spec.commandLine().getOut();
                if (conflicts.isEmpty()) {
                    out.println(ctx.messages.get("cli.handover.no_conflicts"));
                }
                for (Handover.Conflict c : conflicts) {
                    out.println(ctx.messages.get("cli.handover.conflict", c.id(),
                            ctx.messages.get(tableKey(c.table())), c.label() == null ? "" : c.label(), c.field(),
                            shown(c.mine()), shown(c.theirs())));
                }
                return 0;
            });
        }

        private static String tableKey(String table) {
            return switch (table) {
                case "candidate" -> "handover.table.candidate";
                case "posting" -> "handover.table.posting";
                case "contact" -> "handover.table.contact";
                case "application" -> "handover.table.application";
                case "status_change" -> "handover.table.status_change";
                case "event" -> "handover.table.event";
                case "required_document" -> "handover.table.required_document";
                case "application_note" -> "handover.table.application_note";
                case "support_session" -> "handover.table.support_session";
                default -> "handover.table.support_action";
            };
        }

        private static String shown(String value) {
            if (value == null) {
                return "∅";
            }
            String one = value.replaceAll("\\s+", " ");
            return "“" + (one.length() > 80 ? one.substring(0, 79) + "…" : one) + "”";
        }
    }

    @Command(name = "resolve", description = "Resolve a conflict: keep this side's value (mine) or take the archive's (theirs).")
    static final class Resolve implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The conflict's number (see handover conflicts).")
        long id;
        @Option(names = "--keep", required = true, paramLabel = "mine|theirs", description = "mine or theirs.")
        Handover.Keep keep;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return ctx.withServices(err, services -> {
                services.handover().resolve(id, keep);
                spec.commandLine().getOut().println(ctx.messages.get("cli.handover.resolved", id,
                        ctx.messages.get(keep == Handover.Keep.MINE ? "handover.keep.mine" : "handover.keep.theirs")));
                return 0;
            });
        }
    }
}
