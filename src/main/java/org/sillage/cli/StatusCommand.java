package org.sillage.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.sillage.domain.ApplicationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage status APPLICATION_ID NEW_STATUS [--note TEXT]}. */
@Command(name = "status", description = "Move an application to a new status: saved, preparing, applied, "
        + "interview, offer, accepted, rejected, withdrawn.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "APPLICATION_ID")
    long applicationId;
    @Parameters(index = "1", paramLabel = "NEW_STATUS")
    String status;
    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept in the timeline.")
    String note;
    @Option(names = "--on", paramLabel = "DATE", description = "The day it happened, if not today (e.g. yesterday's date).")
    String on;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var to = ApplicationStatus.parse(status);
        if (to.isEmpty()) {
            err.println(ctx.messages.get("cli.status.unknown", status, Arrays.stream(ApplicationStatus.values())
                    .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
            return 2;
        }
        java.time.LocalDate day;
        try {
            day = org.sillage.domain.DateTimeInput.parseDate(on, ctx.messages.locale());
        } catch (org.sillage.domain.UserException e) {
            err.println(ctx.messages.translate(e));
            return 2;
        }
        return ctx.withServices(err, services -> {
            var view = services.applications().changeStatus(applicationId, to.get(), note, day);
            spec.commandLine().getOut().println(ctx.messages.get("cli.status.changed", applicationId,
                    ctx.messages.get(view.application().status().messageKey())));
            return 0;
        });
    }
}
