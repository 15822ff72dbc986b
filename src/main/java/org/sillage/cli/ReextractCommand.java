package org.sillage.cli;

import java.util.concurrent.Callable;

import org.sillage.service.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sillage reextract}: reads every stored posting again with the current rules; corrections stay. */
@Command(name = "reextract", description = "Re-run extraction over all stored postings (after an upgrade). "
        + "Your corrections are kept.")
final class ReextractCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            int n = services.postings().reextractAll(ProgressListener.NONE, () -> false);
            spec.commandLine().getOut().println(ctx.messages.get("cli.reextract.done", n,
                    services.postings().extractorVersion()));
            return 0;
        });
    }
}
