package org.sillage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sillage.domain.Seeker;
import org.sillage.domain.UserException;
import org.sillage.service.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage report SEEKER [--session ID] --out FILE.pdf}: a session report as PDF (ADR 0024). */
@Command(name = "report", description = "Write a session report (PDF) for a job seeker, in their language. SEEKER: "
        + "their number or their name. Without --session, the latest session.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "SEEKER")
    String seeker;
    @Option(names = "--session", paramLabel = "ID", description = "The session (default: the latest).")
    Long session;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PDF file to write.")
    Path out;

    @Override
    public Integer call() {
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            Seeker who = resolve(services, seeker);
            services.seekers().switchTo(who.id());
            var report = services.reports().export(session, out);
            spec.commandLine().getOut().println(ctx.messages.get("cli.report.done", who.displayName(),
                    report.day().toString(), out));
            return 0;
        });
    }

    /**
     * The seeker {@code text} names: a number, else a name (case and accents ignored), or the start of a word of it, which must fit one.
     *
     * @throws UserException {@code error.seeker.unknown} or {@code error.seeker.ambiguous}
     */
    static Seeker resolve(AppServices services, String text) {
        return services.seekers().resolve(text);
    }
}
