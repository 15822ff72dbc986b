package org.sillage.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.PostingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sillage list [--json]}: the postings with their application's status. */
@Command(name = "list", description = "List the postings with their number and, when tracked, their application's "
        + "number and status.")
final class ListCommand implements Callable<Integer> {
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
            List<PostingSummary> postings = services.postings().list();
            if (json) {
                out.println(Json.write(postings.stream().map(ListCommand::toJson).toList()));
                return 0;
            }
            if (postings.isEmpty()) {
                out.println(ctx.messages.get("cli.list.empty"));
            }
            var m = ctx.messages;
            // the status column as wide as its longest word in this language (« En préparation » is 14 letters)
            int statusWidth = m.get("cli.list.status").length();
            for (var st : org.sillage.domain.ApplicationStatus.values()) {
                statusWidth = Math.max(statusWidth, m.get(st.messageKey()).length());
            }
            String statusColumn = "%-" + statusWidth + "s";
            if (!postings.isEmpty()) {
                // both numbers: 'delete' and 'track' take the posting's, 'status', 'history', 'docs' and 'event' the application's
                out.printf("%7s  %11s  %-10s  " + statusColumn + "  %s%n", m.get("cli.list.posting"), m.get("cli.list.application"),
                        m.get("cli.list.deadline"), m.get("cli.list.status"), m.get("cli.list.title"));
            }
            for (PostingSummary p : postings) {
                out.printf("%7d  %11s  %-10s  " + statusColumn + "  %s%s%n", p.id(),
                        p.applicationId() == null ? "-" : p.applicationId().toString(),
                        p.deadline() == null ? "-" : p.deadline().toString(),
                        p.status() == null ? "-" : ctx.messages.get(p.status().messageKey()),
                        p.title() == null ? ctx.messages.get("posting.untitled") : p.title(),
                        p.organization() == null ? "" : " — " + p.organization());
            }
            return 0;
        });
    }

    private static Map<String, Object> toJson(PostingSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("organization", p.organization());
        m.put("deadline", p.deadline() == null ? null : p.deadline().toString());
        m.put("application_id", p.applicationId());
        m.put("status", p.status() == null ? null : p.status().name().toLowerCase(Locale.ROOT));
        return m;
    }
}
