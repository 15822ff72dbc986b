package org.sillage.store;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jooq.DSLContext;

/**
 * The postings one transaction touched, for the search index to follow once it is over. The first
 * touch takes the transaction's number from the {@code search_generation} sequence, inside the
 * transaction, and tells the index it is under way.
 */
final class PostingChanges {
    private final java.util.function.Supplier<SearchIndex> index;
    private final Set<Long> touched = new LinkedHashSet<>();
    private long generation = -1;

    /** @param index the index, asked for only when a posting is touched (it may still be opening) */
    PostingChanges(java.util.function.Supplier<SearchIndex> index) {
        this.index = index;
    }

    void touch(DSLContext dsl, long postingId) {
        if (generation < 0) {
            generation = ((Number) dsl.fetchValue("select next value for search_generation")).longValue();
            index.get().begin(generation);
        }
        touched.add(postingId);
    }

    boolean isEmpty() {
        return generation < 0;
    }

    long generation() {
        return generation;
    }

    Set<Long> touched() {
        return touched;
    }
}
