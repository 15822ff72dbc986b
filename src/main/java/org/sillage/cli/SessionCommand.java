package org.sillage.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.SupportSession;
import org.sillage.domain.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sillage session add|list}: the one-on-one sessions of the current job seeker (ADR 0024). */
@Command(name = "session", description = "Record or list the one-on-one sessions with the job seeker.",
        subcommands = {SessionCommand.Add.class, SessionCommand.ListSessions.class})
final class SessionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** A date from the command line, or null after saying why it cannot be read. */
    static LocalDate date(CliContext ctx, String text, java.io.PrintWriter err) {
        try {
            return org.sillage.domain.DateTimeInput.parseDate(text, ctx.messages.locale());
        } catch (UserException e) {
            err.println(ctx.messages.translate(e));
            return null;
        }
    }

    @Command(name = "add", description = "Record a session; prints its number. DATE: 2026-12-15 or as your language "
            + "writes it (15/12/2026).")
    static final class Add implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Option(names = "--date", paramLabel = "DATE", required = true, description = "The day of the session.")
        String date;
        @Option(names = "--duration", paramLabel = "MIN", description = "How long it lasted, in minutes.")
        Integer duration;
        @Option(names = "--notes", paramLabel = "TEXT", description = "The advisor's notes (not in the report).")
        String notes;
        @Option(names = "--reviewed", paramLabel = "TEXT", description = "What was looked at together.")
        String reviewed;
        @Option(names = "--decisions", paramLabel = "TEXT", description = "What was decided.")
        String decisions;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            LocalDate day = date(ctx, date, err);
            if (day == null) {
                if (date.isBlank()) {
                    err.println(ctx.messages.get("error.session.date"));
                }
                return 2;
            }
            return ctx.withServices(err, services -> {
                var saved = services.sessions().add(new SupportSession.Details(day, duration, notes, reviewed, decisions));
                spec.commandLine().getOut().println(saved.id());
                return 0;
            });
        }
    }

    @Command(name = "list", description = "List the sessions, newest first.")
    static final class ListSessions implements Callable<Integer> {
        /** At most this many sessions are listed. */
        static final int LIMIT = 500;
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return ctx.withServices(spec.commandLine().getErr(), services -> {
                List<SupportSession> sessions = services.sessions().list(0, LIMIT);
                if (json) {
                    List<Map<String, Object>> rows = new java.util.ArrayList<>();
                    for (SupportSession s : sessions) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", s.id());
                        m.put("date", s.heldOn().toString());
                        m.put("duration_minutes", s.durationMinutes());
                        m.put("reviewed", s.reviewed());
                        m.put("decisions", s.decisions());
                        m.put("notes", s.notes());
                        m.put("actions", services.sessions().actions(s.id()).stream().map(ActionCommand::toJson).toList());
                        rows.add(m);
                    }
                    out.println(Json.write(rows));
                    return 0;
                }
                if (sessions.isEmpty()) {
                    out.println(ctx.messages.get("cli.session.none"));
                }
                for (SupportSession s : sessions) {
                    out.printf("#%-5d %s  %-8s %s%n", s.id(), s.heldOn(),
                            s.durationMinutes() == null ? "" : s.durationMinutes() + " min",
                            s.decisions() == null ? "" : s.decisions().lines().findFirst().orElse(""));
                }
                return 0;
            });
        }
    }
}
