package org.sillage.store;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jooq.DSLContext;

/**
 * The index groups (a posting with its application and events, ADR 0020) one transaction touched, for the search index to follow once it is over. The first
 * touch takes the transaction's number from the {@code search_generation} sequence, inside the
 * transaction, and tells the index it is under way.
 */
final class PostingChanges {
    private final java.util.function.Supplier<SearchIndex> index;
    private final Set<String> touched = new LinkedHashSet<>();
    private long generation = -1;

    /** @param index the index, asked for only when a posting is touched (it may still be opening) */
    PostingChanges(java.util.function.Supplier<SearchIndex> index) {
        this.index = index;
    }

    void touch(DSLContext dsl, long postingId) {
        touchGroup(dsl, SearchDocuments.postingGroup(postingId));
    }

    /** The posting of an application changed with it (its status, notes, events). */
    void touchApplication(DSLContext dsl, long applicationId) {
        Long posting = dsl.select(org.sillage.store.jooq.Tables.APPLICATION.POSTING_ID)
                .from(org.sillage.store.jooq.Tables.APPLICATION)
                .where(org.sillage.store.jooq.Tables.APPLICATION.ID.eq(applicationId))
                .fetchOne(org.sillage.store.jooq.Tables.APPLICATION.POSTING_ID);
        if (posting != null) {
            touch(dsl, posting);
        }
    }

    void touchGroup(DSLContext dsl, String group) {
        if (generation < 0) {
            generation = ((Number) dsl.fetchValue("select next value for search_generation")).longValue();
            index.get().begin(generation);
        }
        touched.add(group);
    }

    boolean isEmpty() {
        return generation < 0;
    }

    long generation() {
        return generation;
    }

    Set<String> touched() {
        return touched;
    }
}
