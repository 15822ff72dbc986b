package org.sillage.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.SupportAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage action add|done|cancel}: actions agreed with the current job seeker (ADR 0024). */
@Command(name = "action", description = "Add an action agreed with the job seeker, or tick one done or cancelled.",
        subcommands = {ActionCommand.Add.class, ActionCommand.Done.class, ActionCommand.Cancel.class})
final class ActionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    static Map<String, Object> toJson(SupportAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("what", a.what());
        m.put("who", a.owner().name().toLowerCase(Locale.ROOT));
        m.put("due", a.dueOn() == null ? null : a.dueOn().toString());
        m.put("state", a.state().name().toLowerCase(Locale.ROOT));
        return m;
    }

    @Command(name = "add", description = "Add an action; prints its number. WHO: seeker or advisor; DATE: 2026-12-15 "
            + "or as your language writes it.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Option(names = "--what", paramLabel = "TEXT", required = true, description = "What is to be done.")
        String what;
        @Option(names = "--who", paramLabel = "WHO", required = true, description = "seeker or advisor.")
        String who;
        @Option(names = "--due", paramLabel = "DATE", description = "By when.")
        String due;
        @Option(names = "--session", paramLabel = "ID", description = "The session it was agreed in.")
        Long session;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            var owner = SupportAction.Owner.parse(who);
            if (owner.isEmpty()) {
                err.println(ctx.messages.get("cli.action.who", who));
                return 2;
            }
            LocalDate day = null;
            if (due != null) {
                day = SessionCommand.date(ctx, due, err);
                if (day == null) {
                    return 2;
                }
            }
            LocalDate dueOn = day;
            return ctx.withServices(err, services -> {
                var a = services.sessions().addAction(session, new SupportAction.Details(what, owner.get(), dueOn));
                spec.commandLine().getOut().println(a.id());
                return 0;
            });
        }
    }

    /** Sets an action's state and says so. */
    static int setState(CliContext ctx, CommandSpec spec, long id, SupportAction.State state) {
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            var a = services.sessions().setState(id, state);
            spec.commandLine().getOut().println(ctx.messages.get("cli.action.state", a.id(), a.what(),
                    ctx.messages.get(a.state().messageKey())));
            return 0;
        });
    }

    @Command(name = "done", description = "Tick an action done.")
    static final class Done implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            return setState(ctx, spec, id, SupportAction.State.DONE);
        }
    }

    @Command(name = "cancel", description = "Cancel an action.")
    static final class Cancel implements Callable<Integer> {
        @Mixin
        CliContext ctx;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            return setState(ctx, spec, id, SupportAction.State.CANCELLED);
        }
    }
}
