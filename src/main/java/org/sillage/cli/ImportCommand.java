package org.sillage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.sillage.service.ImportOutcome;
import org.sillage.service.ImportReport;
import org.sillage.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sillage import PATH...}: one line per file, then a summary; exit 1 if any file failed. */
@Command(name = "import", description = "Import posting files and folders.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;
    @picocli.CommandLine.Option(names = "--force", description = "Import files even when they do not look like postings (a CV, a note).")
    boolean force;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return ctx.withServices(err, services -> {
            ImportReport report = services.imports().importPaths(paths, ProgressListener.NONE, () -> false, o -> {
                switch (o.kind()) {
                    case IMPORTED -> out.println(ctx.messages.get("cli.import.imported", Names.printable(o.source()), o.postingId(),
                            o.title() == null ? "" : o.title()));
                    case DUPLICATE -> out.println(ctx.messages.get("cli.import.duplicate", Names.printable(o.source()), o.postingId()));
                    case NEW_VERSION -> out.println(ctx.messages.get("cli.import.new_version", Names.printable(o.source()), o.postingId(),
                            o.previousVersionId()));
                    case FAILED -> {
                        err.println(ctx.messages.get("cli.import.failed", Names.printable(o.source()), ctx.messages.translate(o.error())));
                        if ("error.import.not_a_posting".equals(o.error().key())) {
                            err.println(ctx.messages.get("cli.import.force"));
                        }
                    }
                }
                AlreadyApplied.print(out, ctx.messages, o.earlier());
                out.flush();
            }, force);
            if (report.outcomes().isEmpty()) {
                err.println(ctx.messages.get("cli.folder.no_file", String.join(", ", paths.stream().map(Names::printable).toList())));
            }
            out.println(ctx.messages.get("cli.import.summary", report.count(ImportOutcome.Kind.IMPORTED),
                    report.count(ImportOutcome.Kind.DUPLICATE), report.count(ImportOutcome.Kind.FAILED),
                    report.count(ImportOutcome.Kind.NEW_VERSION)));
            return report.hasFailures() ? 1 : 0;
        });
    }
}
