package org.sillage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sillage.domain.Seeker;
import org.sillage.service.GdprService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage gdpr export|erase}: one person's data as readable JSON with their files, or erased (ADR 0025). */
@Command(name = "gdpr", description = "One person's data: everything kept about them as JSON with their files, or erased.",
        subcommands = {GdprCommand.Export.class, GdprCommand.Erase.class})
final class GdprCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "export", description = "Write personal-data.json and files/ about one job seeker into DIR.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SEEKER", description = "The job seeker: a number or a name.")
        String seeker;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return ctx.withServices(err, services -> {
                GdprService gdpr = services.gdpr();
                Seeker s = gdpr.seeker(seeker);
                GdprService.Exported done = gdpr.export(s.id(), out);
                spec.commandLine().getOut().println(ctx.messages.get("cli.gdpr.exported", s.displayName(), done.rows(),
                        done.files(), done.json()));
                return 0;
            });
        }
    }

    @Command(name = "erase", description = "Erase everything about one job seeker: applications, history, events, "
            + "contacts, notes, sessions, actions, profile, the postings and files nobody else uses. Asks to confirm, "
            + "unless --yes.")
    static final class Erase implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SEEKER", description = "The job seeker: a number or a name.")
        String seeker;
        @Option(names = "--yes", description = "Do not ask to confirm.")
        boolean yes;
        @Option(names = "--with-backups", description = "Also delete every older backup (they still hold the person) "
                + "and make a new one.")
        boolean withBackups;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            return ctx.withServices(err, services -> {
                GdprService gdpr = services.gdpr();
                Seeker s = gdpr.seeker(seeker);
                if (!yes) {
                    java.io.Console console = System.console();
                    if (console == null) {
                        err.println(ctx.messages.get("cli.gdpr.confirm_needed", s.displayName()));
                        return 1;
                    }
                    String answer = console.readLine("%s", ctx.messages.get("cli.gdpr.confirm", s.displayName()));
                    if (answer == null || !answer.strip().equalsIgnoreCase(ctx.messages.get("cli.gdpr.yes"))) {
                        out.println(ctx.messages.get("cli.gdpr.not_erased"));
                        return 1;
                    }
                }
                GdprService.Erased done = gdpr.erase(s.id());
                out.println(ctx.messages.get("cli.gdpr.erased", done.name(), done.rows(), done.files()));
                if (withBackups) {
                    out.println(ctx.messages.get("cli.gdpr.backups_replaced", gdpr.replaceBackups()));
                } else if (done.backups() > 0) {
                    out.println(ctx.messages.get("cli.gdpr.backups_left", done.backups()));
                }
                return 0;
            });
        }
    }
}
