package org.sillage.store;

import static org.sillage.store.jooq.Tables.SAVED_FILTER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.SavedFilter;

/** Filters of the applications table kept under a name (ADR 0018). */
public final class SavedFilterRepository {
    private final DSLContext dsl;

    SavedFilterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every saved filter, by name. */
    public List<SavedFilter> all() {
        return dsl.selectFrom(SAVED_FILTER).orderBy(org.jooq.impl.DSL.lower(SAVED_FILTER.NAME), SAVED_FILTER.ID)
                .fetch(r -> new SavedFilter(r.getId(), r.getName(), FilterJson.read(r.getCriteria())));
    }

    public Optional<SavedFilter> find(long id) {
        return dsl.selectFrom(SAVED_FILTER).where(SAVED_FILTER.ID.eq(id)).fetchOptional()
                .map(r -> new SavedFilter(r.getId(), r.getName(), FilterJson.read(r.getCriteria())));
    }

    /** Keeps {@code filter} under {@code name}, replacing what that name held; returns its id. */
    public long save(String name, ApplicationFilter filter, Instant at) {
        String json = FilterJson.write(filter);
        Optional<Long> existing = dsl.select(SAVED_FILTER.ID).from(SAVED_FILTER).where(SAVED_FILTER.NAME.eq(name))
                .fetchOptional(SAVED_FILTER.ID);
        if (existing.isPresent()) {
            dsl.update(SAVED_FILTER).set(SAVED_FILTER.CRITERIA, json).where(SAVED_FILTER.ID.eq(existing.get())).execute();
            return existing.get();
        }
        return dsl.insertInto(SAVED_FILTER).set(SAVED_FILTER.NAME, name).set(SAVED_FILTER.CRITERIA, json)
                .set(SAVED_FILTER.CREATED_AT, PostingRepository.toOffset(at))
                .returning(SAVED_FILTER.ID).fetchOne(SAVED_FILTER.ID);
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(SAVED_FILTER).where(SAVED_FILTER.ID.eq(id)).execute() == 1;
    }
}
