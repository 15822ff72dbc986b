package org.sillage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sillage.domain.AgendaItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage export ics FILE [--application ID]}: deadlines and events as a calendar file. */
@Command(name = "export", description = "Export data.", subcommands = ExportCommand.Ics.class)
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (also accepted after 'ics').")
    String dataDir;

    @Override
    public Integer call() {
        // 'export' without a format is bad usage
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "ics", description = "Write the deadlines and events to an iCalendar (.ics) file.")
    static final class Ics implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Option(names = "--application", paramLabel = "ID", description = "Only this application.")
        Long applicationId;

        @Override
        public Integer call() {
            return ctx.withServices(spec.commandLine().getErr(), services -> {
                int n = services.calendar().export(file, applicationId, this::summary);
                spec.commandLine().getOut().println(ctx.messages.get("cli.export.done", n, file));
                return 0;
            });
        }

        private String summary(AgendaItem i) {
            return ctx.messages.get("calendar.summary", ctx.messages.get(i.kind().messageKey()),
                    i.title() == null ? "" : i.title());
        }
    }
}
