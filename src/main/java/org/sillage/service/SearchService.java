package org.sillage.service;

import java.util.List;

import org.sillage.domain.Highlighted;
import org.sillage.domain.SearchResult;
import org.sillage.store.SearchIndex;
import org.sillage.store.Snippets;
import org.sillage.store.Store;

/**
 * The one search (ADR 0020): postings' full text, applications (status, notes of status changes) and
 * events (kind, place, note), accent- and case-insensitive, ranked, with the matching words marked. It
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

    /** The best {@code limit} results for {@code query}; a query without words finds nothing. */
    public List<SearchResult> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return store.searchAll(query, Math.max(1, limit)).stream().map(d -> result(d, query)).toList();
    }

    /** Whether the index is being rebuilt (results may be incomplete until it is done). */
    public boolean indexing() {
        return store.searchIndexRebuilding();
    }

    private static SearchResult result(SearchIndex.Doc d, String query) {
        String heading = d.kind() == org.sillage.domain.SearchKind.POSTING ? d.heading() : d.context();
        String[] lines = heading == null ? new String[] {""} : heading.split("\n", 2);
        String title = lines[0];
        String organization = lines.length > 1 && !lines[1].isBlank() ? lines[1] : null;
        Highlighted snippet = d.body() == null || d.body().isBlank() ? new Highlighted("", List.of())
                : Snippets.of(d.body(), query, SNIPPET_WIDTH);
        return new SearchResult(d.kind(), d.id(), d.postingId(), d.applicationId(), d.tag(),
                Snippets.whole(title, query), organization, snippet);
    }
}
