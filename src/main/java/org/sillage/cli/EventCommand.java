package org.sillage.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sillage.domain.EventKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage event APPLICATION_ID KIND DATE [--time HH:MM] [--zone ZONE] [--place TEXT] [--note TEXT]}. */
@Command(name = "event", description = "Add an interview, written test, follow-up or expected answer to an application. "
        + "KIND: interview, written_test, follow_up, expected_answer; DATE: 2026-12-15 or as your language writes it "
        + "(15/12/2026); TIME: 14:30, 9:00, 9h or 9h30.")
final class EventCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "APPLICATION_ID")
    long applicationId;
    @Parameters(index = "1", paramLabel = "KIND")
    String kind;
    @Parameters(index = "2", paramLabel = "DATE")
    String date;
    @Option(names = "--time", paramLabel = "TIME", description = "14:30, 9:00, 9h, 9h30 or 2pm.")
    String time;
    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone, e.g. Europe/Brussels (default: yours).")
    String zone;
    @Option(names = "--place", paramLabel = "TEXT", description = "A place or a link.")
    String place;
    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        EventKind k;
        LocalDate d;
        LocalTime t;
        try {
            k = EventKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (!k.isEvent()) {
                throw new IllegalArgumentException("deadline");
            }
        } catch (IllegalArgumentException e) {
            err.println(ctx.messages.get("cli.event.kind", kind));
            return 2;
        }
        try {
            d = org.sillage.domain.DateTimeInput.parseDate(date, ctx.messages.locale());
            t = org.sillage.domain.DateTimeInput.parseTime(time);
            if (zone != null) {
                java.time.ZoneId.of(zone.strip());
            }
        } catch (org.sillage.domain.UserException e) {
            err.println(ctx.messages.translate(e));
            return 2;
        } catch (java.time.DateTimeException e) {
            err.println(ctx.messages.get("error.event.zone", zone));
            return 2;
        }
        if (d == null) {
            err.println(ctx.messages.get("error.event.date"));
            return 2;
        }
        return ctx.withServices(err, services -> {
            var e = services.agenda().addEvent(applicationId, k, d, t, zone, place, note);
            spec.commandLine().getOut().println(e.id());
            return 0;
        });
    }
}
