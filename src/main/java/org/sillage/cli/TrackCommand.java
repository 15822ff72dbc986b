package org.sillage.cli;

import java.util.concurrent.Callable;

import org.sillage.service.ApplicationService.Tracked;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage track POSTING_ID}: starts an application and prints its id. */
@Command(name = "track", description = "Start following a posting as an application; prints the application id.")
final class TrackCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "POSTING_ID")
    long postingId;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        return ctx.withServices(err, services -> {
            Tracked t = services.applications().track(postingId);
            if (t.alreadyTracked()) {
                err.println(ctx.messages.get("cli.track.already", postingId, t.applicationId()));
            }
            AlreadyApplied.print(err, ctx.messages, t.earlier());
            spec.commandLine().getOut().println(t.applicationId());
            return 0;
        });
    }
}
