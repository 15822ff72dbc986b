package org.sillage.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage untrack APPLICATION_ID}: removes an application, keeping its posting. */
@Command(name = "untrack", description = "Stop tracking: remove an application (timeline, dates, checklist); "
        + "its posting stays.")
final class UntrackCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "APPLICATION_ID")
    long applicationId;

    @Override
    public Integer call() {
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            services.applications().remove(applicationId);
            spec.commandLine().getOut().println(ctx.messages.get("cli.untrack.done", applicationId));
            return 0;
        });
    }
}
