package org.sillage.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.ChecklistItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage docs APPLICATION_ID [--json]}: the checklist of documents of an application. */
@Command(name = "docs", description = "Show the documents an application needs, their state and files.")
final class DocsCommand implements Callable<Integer> {
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
            services.applications().get(applicationId);
            var items = services.documents().checklist(applicationId);
            if (json) {
                out.println(Json.write(items.stream().map(DocsCommand::toJson).toList()));
                return 0;
            }
            if (items.isEmpty()) {
                out.println(ctx.messages.get("cli.docs.empty"));
            }
            for (ChecklistItem i : items) {
                StringBuilder line = new StringBuilder(String.format("  [%s] %s", ctx.messages.get(i.state().messageKey()),
                        kindName(i)));
                for (String c : new String[] {i.format(), i.length(), i.language()}) {
                    if (c != null) {
                        line.append(" · ").append(c);
                    }
                }
                if (!i.required()) {
                    line.append(" (").append(ctx.messages.get("document.optional")).append(')');
                }
                out.println(line);
                i.files().forEach(f -> out.println("      " + f.displayName() + "  sha256:" + f.sha256().substring(0, 12)));
            }
            return 0;
        });
    }

    private String kindName(ChecklistItem i) {
        return i.label() != null ? i.label() : ctx.messages.documentKind(i.kind());
    }

    private static Map<String, Object> toJson(ChecklistItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("kind", i.kind());
        m.put("label", i.label());
        m.put("required", i.required());
        m.put("state", i.state().name().toLowerCase(Locale.ROOT));
        m.put("format", i.format());
        m.put("length", i.length());
        m.put("language", i.language());
        m.put("files", i.files().stream().map(f -> Map.of("name", f.displayName(), "sha256", f.sha256(),
                "size", f.sizeBytes())).toList());
        return m;
    }
}
