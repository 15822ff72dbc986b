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
    private final SearchIndex index;
    private final Set<Long> touched = new LinkedHashSet<>();
    private long generation = -1;

    PostingChanges(SearchIndex index) {
        this.index = index;
    }

    void touch(DSLContext dsl, long postingId) {
        if (generation < 0) {
            generation = ((Number) dsl.fetchValue("select next value for search_generation")).longValue();
            index.begin(generation);
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
