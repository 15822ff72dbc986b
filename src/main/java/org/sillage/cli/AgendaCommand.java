package org.sillage.cli;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sillage agenda [--days N] [--json]}: what is overdue, and what falls due in the next N days. */
@Command(name = "agenda", description = "Show overdue items and the deadlines and events of the next days.")
final class AgendaCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Option(names = "--days", paramLabel = "N", defaultValue = "14", description = "How many days ahead (default 14).")
    int days;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (days < 0) {
            spec.commandLine().getErr().println(ctx.messages.get("cli.agenda.days"));
            return 2;
        }
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            ZonedDateTime now = services.agenda().now();
            ZonedDateTime horizon = now.plusDays(days);
            List<AgendaItem> items = services.agenda().items().stream()
                    .filter(i -> !i.done() && (i.isAction() || !i.status().isClosed()))
                    .filter(i -> i.due().isBefore(horizon))
                    .toList();
            if (json) {
                out.println(Json.write(items.stream().map(i -> toJson(i, now)).toList()));
                return 0;
            }
            if (items.isEmpty()) {
                out.println(ctx.messages.get("cli.agenda.empty", days));
            }
            Agenda.Bucket section = null;
            for (AgendaItem i : items) {
                Agenda.Bucket b = Agenda.bucket(i, now);
                if (b != section) {
                    section = b;
                    out.println(ctx.messages.get("agenda.bucket." + b.name().toLowerCase(Locale.ROOT)));
                }
                out.printf("  %s %s  %-16s %s %s%n", i.date(), i.time() == null ? "     " : i.time(),
                        ctx.messages.get(i.kind().messageKey()),
                        i.isAction() ? ctx.messages.get(i.actionOwner().messageKey()) + ":" : "#" + i.applicationId(),
                        i.title() == null ? "" : i.title());
            }
            return 0;
        });
    }

    private static Map<String, Object> toJson(AgendaItem i, ZonedDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
        m.put("application_id", i.isAction() ? null : i.applicationId());
        m.put("event_id", i.isAction() ? null : i.eventId());
        if (i.isAction()) {
            m.put("action_id", i.eventId());
            m.put("owner", i.actionOwner().name().toLowerCase(Locale.ROOT));
        }
        m.put("title", i.title());
        m.put("organization", i.organization());
        m.put("date", i.date().toString());
        m.put("time", i.time() == null ? null : i.time().toString());
        m.put("time_zone", i.zone().getId());
        m.put("due", i.due().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("place", i.place());
        m.put("section", Agenda.bucket(i, now).name().toLowerCase(Locale.ROOT));
        return m;
    }
}
