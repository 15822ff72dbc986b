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
@Command(name = "list", description = "List the postings, with the status of their application.")
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
            for (PostingSummary p : postings) {
                out.printf("%5d  %-10s  %-11s  %s%s%n", p.id(),
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
