package org.sillage.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.ApplicationView;
import org.sillage.domain.StatusChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage history APPLICATION_ID [--json]}: the timeline of an application. */
@Command(name = "history", description = "Show the timeline of an application's status changes.")
final class HistoryCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "APPLICATION_ID")
    long applicationId;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            ApplicationView view = services.applications().get(applicationId);
            if (json) {
                out.println(Json.write(view.history().stream().map(HistoryCommand::toJson).toList()));
                return 0;
            }
            out.println(view.title() + (view.organization() == null ? "" : " — " + view.organization()));
            DateTimeFormatter fmt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(ctx.messages.locale()).withZone(ZoneId.systemDefault());
            for (StatusChange c : view.history()) {
                String from = c.from() == null ? "" : ctx.messages.get(c.from().messageKey()) + " → ";
                out.printf("%s  %s%s%s%s%n", fmt.format(c.at()), from, ctx.messages.get(c.to().messageKey()),
                        c.note() == null ? "" : "  « " + c.note() + " »",
                        c.isUndone() ? "  (" + ctx.messages.get("history.undone") + ")" : "");
            }
            return 0;
        });
    }

    private static Map<String, Object> toJson(StatusChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("from", c.from() == null ? null : c.from().name().toLowerCase(Locale.ROOT));
        m.put("to", c.to().name().toLowerCase(Locale.ROOT));
        m.put("at", c.at().toString());
        m.put("note", c.note());
        m.put("undone", c.isUndone());
        return m;
    }
}
