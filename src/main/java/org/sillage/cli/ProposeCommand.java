package org.sillage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.sillage.domain.Seeker;
import org.sillage.service.ApplicationService.Proposed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage propose POSTING_ID SEEKER...}: each person gets their own application (ADR 0023). */
@Command(name = "propose", description = "Propose a posting to several job seekers: each gets their own application "
        + "(Saved); all or none.")
final class ProposeCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "POSTING_ID")
    long postingId;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SEEKER", description = "A job seeker's number or name.")
    List<String> seekers;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            List<Seeker> chosen = new ArrayList<>();
            for (String who : seekers) {
                chosen.add(services.seekers().resolve(who));
            }
            List<Proposed> done = services.applications().proposeTo(postingId, chosen.stream().map(Seeker::id).toList());
            for (Proposed p : done) {
                String name = chosen.stream().filter(s -> s.id() == p.seekerId()).findFirst().orElseThrow().displayName();
                out.println(ctx.messages.get(p.alreadyTracked() ? "cli.propose.already" : "cli.propose.line",
                        p.seekerId(), Names.printable(name), p.applicationId()));
            }
            return 0;
        });
    }
}
