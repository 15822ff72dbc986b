package org.sillage.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;
import org.sillage.service.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sillage search TEXT [--json] [--limit N]}: postings, applications and events that hold the words, best first. */
@Command(name = "search", description = "Search postings (full text), applications (status, notes) and events "
        + "(place, note); accents and case ignored, best first, matching words in [brackets].")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CliContext ctx;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The words to find (each as a word or the start of one).")
    List<String> words;
    @Option(names = "--json", description = "Print JSON (with the matched spans).")
    boolean json;
    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default ${DEFAULT-VALUE}).")
    int limit = SearchService.DEFAULT_LIMIT;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var m = ctx.messages;
        String query = String.join(" ", words);
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            services.postings().awaitSearchIndex();
            List<SearchResult> results = services.search().search(query, limit);
            if (json) {
                out.println(Json.write(results.stream().map(SearchCommand::toJson).toList()));
                return 0;
            }
            if (results.isEmpty()) {
                out.println(m.get("cli.search.none", query));
                return 0;
            }
            for (SearchResult r : results) {
                String what = m.get(r.kind().messageKey());
                String tag = r.tag() == null ? "" : " (" + m.get(tagKey(r)) + ")";
                String title = r.title().text().isBlank() ? m.get("posting.untitled") : r.title().marked("[", "]");
                out.printf("%-12s %7d  %s%s%s%n", what, r.kind() == SearchKind.POSTING ? r.postingId() : r.applicationId(),
                        title, r.organization() == null ? "" : " — " + r.organization(), tag);
                if (!r.snippet().text().isBlank()) {
                    out.println("                      " + r.snippet().marked("[", "]"));
                }
            }
            return 0;
        });
    }

    private static String tagKey(SearchResult r) {
        String lower = r.tag().toLowerCase(Locale.ROOT);
        return r.kind() == SearchKind.APPLICATION ? "status." + lower : "event." + lower;
    }

    private static Map<String, Object> toJson(SearchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        m.put("id", r.id());
        m.put("posting_id", r.postingId());
        m.put("application_id", r.applicationId());
        m.put("tag", r.tag() == null ? null : r.tag().toLowerCase(Locale.ROOT));
        m.put("title", r.title().text());
        m.put("organization", r.organization());
        m.put("snippet", r.snippet().text());
        m.put("title_marks", r.title().marks().stream().map(x -> List.of(x.start(), x.end())).toList());
        m.put("snippet_marks", r.snippet().marks().stream().map(x -> List.of(x.start(), x.end())).toList());
        return m;
    }
}
