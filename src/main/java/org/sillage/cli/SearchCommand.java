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

/**
 * {@code sillage search TEXT [--json] [--limit N] [--all-seekers]}: postings, applications, events, notes and
 * contacts that hold the words, best first.
 */
@Command(name = "search", description = "Search postings (full text), applications (status, notes), events "
        + "(place, note), notes and contacts; accents and case ignored, best first, matching words in [brackets].")
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
    @Option(names = "--all-seekers", description = "Search every job seeker's record, not only the current one's; "
            + "each result says whose it is.")
    boolean everyone;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        return ctx.withServices(spec.commandLine().getErr(), services -> {
            var m = ctx.messages; // (read once the folder is open: its language setting counts)
            services.postings().awaitSearchIndex();
            List<SearchResult> results = services.search().search(query, limit, everyone);
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
                String whose = r.seekerName() == null ? "" : "  [" + Names.printable(r.seekerName()) + "]";
                out.printf("%-12s %7d  %s%s%s%s%n", what, r.kind() == SearchKind.POSTING ? r.postingId() : r.applicationId(),
                        title, r.organization() == null ? "" : " — " + r.organization(), tag, whose);
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
        m.put("seeker_id", r.seekerId());
        m.put("seeker", r.seekerName());
        m.put("title", r.title().text());
        m.put("organization", r.organization());
        m.put("snippet", r.snippet().text());
        m.put("title_marks", r.title().marks().stream().map(x -> List.of(x.start(), x.end())).toList());
        m.put("snippet_marks", r.snippet().marks().stream().map(x -> List.of(x.start(), x.end())).toList());
        return m;
    }
}
