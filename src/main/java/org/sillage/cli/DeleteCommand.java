package org.sillage.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage delete POSTING_ID}: removes a posting and its application; attached files stay. */
@Command(name = "delete", description = "Delete a posting, with its application if it is tracked.")
final class DeleteCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "POSTING_ID")
    long postingId;

    @Override
    public Integer call() {
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            services.postings().delete(postingId);
            spec.commandLine().getOut().println(ctx.messages.get("cli.delete.done", postingId));
            return 0;
        });
    }
}
