package org.sillage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sillage.domain.RowProblem;
import org.sillage.service.SpreadsheetService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sillage import-csv FILE --mapping map.yaml}: applications from a spreadsheet or another tracker
 * (ADR 0020). Every row is checked first: with one row that cannot be read, nothing is imported, each such
 * row is listed with the reason, and the exit code is 1.
 */
@Command(name = "import-csv", description = "Import applications from a CSV file (a spreadsheet, Huntr, JobSync, "
        + "Sillage's own export). Without --mapping, columns are matched by their names.")
final class ImportCsvCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;
    @Option(names = "--mapping", paramLabel = "MAP.yaml", description = "Which column holds which field: "
            + "'columns: {title: Job Title, organization: Company, status: Stage}', 'dates: day_first|month_first'.")
    Path mapping;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return ctx.withServices(err, services -> {
            var m = ctx.messages; // (read once the folder is open: its language setting counts)
            SpreadsheetService sheets = services.spreadsheets();
            SpreadsheetService.ImportResult result = mapping != null
                    ? sheets.importCsv(file, mapping, (d, t, c) -> { }, () -> false)
                    : sheets.importCsv(file, sheets.preview(file, 0).guessed(), (char) 0, (d, t, c) -> { }, () -> false);
            if (result.refused()) {
                err.println(m.get("sheet.refused", result.problemCount(), file));
                for (RowProblem p : result.problems()) {
                    err.println("  " + m.get("sheet.problem.line", p.row(), p.column(), p.value(), m.get(p.messageKey())));
                }
                if (result.problemCount() > result.problems().size()) {
                    err.println("  " + m.get("sheet.problem.more", result.problemCount() - result.problems().size()));
                }
                return 1;
            }
            out.println(m.get("sheet.imported", result.imported(), result.alreadyThere()));
            return 0;
        });
    }
}
