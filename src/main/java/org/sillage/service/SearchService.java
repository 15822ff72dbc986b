package org.sillage.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sillage.domain.Highlighted;
import org.sillage.domain.SearchKind;
import org.sillage.domain.SearchResult;
import org.sillage.domain.Seeker;
import org.sillage.store.SearchIndex;
import org.sillage.store.Snippets;
import org.sillage.store.Store;

/**
 * The one search (ADR 0020): postings' full text, applications (status, notes of status changes),
 * events (kind, place, note), free notes and contacts, accent- and case-insensitive, ranked, with the matching words marked. It
 * reads the full-text index (ADR 0014), then the database for the few results it returns.
 */
public final class SearchService {
    /** The most results one search returns. */
    public static final int DEFAULT_LIMIT = 50;
    /** About how many characters of text a result shows around its first match. */
    static final int SNIPPET_WIDTH = 160;

    private final Store store;

    public SearchService(Store store) {
        this.store = store;
    }

    /**
     * The best {@code limit} results for {@code query} in the current job seeker's record (and the postings
     * everyone shares); a query without words finds nothing.
     */
    public List<SearchResult> search(String query, int limit) {
        return search(query, limit, false);
    }

    /**
     * {@link #search(String, int)}, or across every job seeker's record when {@code everyone} (an advisor
     * looking for a name, an organisation or a note in the whole caseload): each result then says whose it is.
     */
    public List<SearchResult> search(String query, int limit, boolean everyone) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<SearchIndex.Doc> docs = store.searchAll(query, Math.max(1, limit), everyone);
        Map<Long, String> names = everyone && docs.stream().anyMatch(d -> d.seeker() != null)
                ? store.transaction(r -> r.candidate().all()).stream()
                        .collect(Collectors.toMap(Seeker::id, Seeker::displayName, (a, b) -> a))
                : Map.of();
        return docs.stream().map(d -> result(d, query, names)).toList();
    }

    /** Whether the index is being rebuilt (results may be incomplete until it is done). */
    public boolean indexing() {
        return store.searchIndexRebuilding();
    }

    private static SearchResult result(SearchIndex.Doc d, String query, Map<Long, String> names) {
        String heading = d.kind() == SearchKind.POSTING ? d.heading() : d.context();
        String[] lines = heading == null ? new String[] {""} : heading.split("\n", 2);
        String title = lines[0];
        String organization = lines.length > 1 && !lines[1].isBlank() ? lines[1] : null;
        // a contact is found by its name and role (the document's heading): they lead what it shows
        String body = d.kind() == SearchKind.CONTACT
                ? String.join(" · ", Stream.of(d.heading(), d.body()).filter(t -> t != null && !t.isBlank())
                        .map(t -> t.replace('\n', ' ').replace("  ", " ")).toList())
                : d.body();
        Highlighted snippet = body == null || body.isBlank() ? new Highlighted("", List.of())
                : Snippets.of(body, query, SNIPPET_WIDTH);
        return new SearchResult(d.kind(), d.id(), d.postingId(), d.applicationId(), d.tag(),
                Snippets.whole(title, query), organization, snippet, d.seeker(),
                d.seeker() == null ? null : names.get(d.seeker()));
    }
}
