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

/**
 * {@code sillage export --csv FILE | --json FILE}: every application as a spreadsheet, or everything as
 * JSON (ADR 0020); {@code sillage export ics FILE [--application ID]}: deadlines and events as a calendar file.
 */
@Command(name = "export", description = "Export data: --csv FILE (every application, a spreadsheet), --json FILE "
        + "(everything), or 'ics FILE' (a calendar).", subcommands = ExportCommand.Ics.class)
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CliContext ctx;
    @Option(names = "--csv", paramLabel = "FILE", description = "Write every application with its posting's fields "
            + "as CSV (UTF-8, semicolons; opens in LibreOffice and Excel).")
    Path csv;
    @Option(names = "--json", paramLabel = "FILE", description = "Write everything (postings with their text, "
            + "applications, timelines, events, checklists) as JSON.")
    Path json;

    @Override
    public Integer call() {
        if (csv == null && json == null) {
            // 'export' without a format is bad usage
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
        var out = spec.commandLine().getOut();
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            if (csv != null) {
                int n = services.spreadsheets().exportCsv(csv, (d, t, c) -> { }, () -> false);
                out.println(ctx.messages.get("cli.export.csv", n, csv));
            }
            if (json != null) {
                int n = services.spreadsheets().exportJson(json, (d, t, c) -> { }, () -> false);
                out.println(ctx.messages.get("cli.export.json", n, json));
            }
            return 0;
        });
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
