package org.sillage.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.sillage.domain.Field;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage correct POSTING_ID FIELD VALUE | --reset}: corrects one field; extraction never overwrites it. */
@Command(name = "correct", description = "Correct a field of a posting (kept apart from what Sillage read), "
        + "or --reset it to the value read.")
final class CorrectCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "POSTING_ID")
    long postingId;
    @Parameters(index = "1", paramLabel = "FIELD", description = "A field name of the label schema, e.g. deadline.")
    String field;
    @Parameters(index = "2", paramLabel = "VALUE", arity = "0..1")
    String value;
    @Option(names = "--reset", description = "Go back to the value Sillage read.")
    boolean reset;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var f = Field.fromKey(field);
        if (f.isEmpty() || (value == null && !reset)) {
            err.println(ctx.messages.get("cli.correct.usage", field, Arrays.stream(Field.values()).map(Field::key)
                    .collect(Collectors.joining(", "))));
            return 2;
        }
        return ctx.withServices(err, services -> {
            org.sillage.domain.Posting p;
            try {
                p = reset ? services.postings().resetCorrection(postingId, f.get())
                        : services.postings().correct(postingId, f.get(), value, ctx.messages.locale());
            } catch (org.sillage.domain.UserException e) {
                if (!"error.correction.invalid".equals(e.key())) {
                    throw e;
                }
                // a value that does not fit is bad usage: say what the field expects
                err.println(ctx.messages.translate(e));
                err.println(ctx.messages.get("field.hint." + f.get().kind().name().toLowerCase(java.util.Locale.ROOT),
                        org.sillage.domain.DateTimeInput.example(ctx.messages.locale())));
                return 2;
            }
            String now = p.effective().format(f.get());
            spec.commandLine().getOut().println(f.get().key() + " = " + (now == null ? "—" : now));
            return 0;
        });
    }
}
