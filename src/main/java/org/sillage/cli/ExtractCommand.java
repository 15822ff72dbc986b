package org.sillage.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.sillage.domain.Field;
import org.sillage.service.ExtractionService;
import org.sillage.service.ExtractionService.FileResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sillage extract [--json] FILE|FOLDER...}: what Sillage reads in postings, without storing anything; a
 * folder stands for every file under it, as with {@code import}.
 * Exit 1 if a file could not be read.
 */
@Command(name = "extract", description = "Read postings and print what they ask for (touches no database).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print a JSON array, one object per file, with evidence spans.")
    boolean json;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, or folders of files.")
    List<String> files;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ExtractionService service = ExtractionService.standalone();
        List<FileResult> results = service.extract(files);
        if (results.isEmpty()) {
            // a folder with no file in it (hidden files are left out): say so rather than print nothing
            err.println(ctx.messages.get("cli.folder.no_file", String.join(", ", files)));
        }
        for (FileResult r : results) {
            if (!r.ok()) {
                err.println(ctx.messages.get("cli.import.failed", r.file(), ctx.messages.translate(r.error())));
            }
        }
        if (json) {
            out.println(service.toJson(results));
        } else {
            for (FileResult r : results.stream().filter(FileResult::ok).toList()) {
                out.println("== " + r.file());
                for (Field f : Field.values()) {
                    // documents in words ("CV, Cover letter"), as the window names them; --json keeps the codes
                    String v = f == Field.REQUIRED_DOCUMENTS && !r.fields().requiredDocuments().isEmpty()
                            ? String.join(", ", r.fields().requiredDocuments().stream()
                                    .map(d -> ctx.messages.documentKind(d.kind())).toList())
                            : r.fields().format(f);
                    if ("false".equals(v)) {
                        continue; // a flag not set says nothing
                    }
                    if ("true".equals(v)) {
                        v = ctx.messages.get("posting.yes"); // as the window says it, not the code's word
                    }
                    if (v != null) {
                        out.printf("  %-28s %s%n", ctx.messages.get(f.messageKey()), v);
                    }
                }
            }
        }
        return results.stream().allMatch(FileResult::ok) ? 0 : 1;
    }
}
