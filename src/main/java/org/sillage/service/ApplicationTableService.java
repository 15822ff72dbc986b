package org.sillage.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.SavedFilter;
import org.sillage.domain.UserException;
import org.sillage.store.Store;

/**
 * Every application in one table: a page at a time, filtered and sorted by the database, counted by it;
 * filters saved under a name; the columns the user shows (ADR 0018).
 */
public final class ApplicationTableService {
    static final String COLUMNS = "pref.table.columns";
    /** The longest name a saved filter may have. */
    public static final int NAME_MAX = 200;
    /** What the table shows the first time. */
    public static final List<ApplicationColumn> DEFAULT_COLUMNS = List.of(ApplicationColumn.TITLE,
            ApplicationColumn.ORGANIZATION, ApplicationColumn.STATUS, ApplicationColumn.APPLIED_ON,
            ApplicationColumn.DEADLINE, ApplicationColumn.CONTRACT_TYPE, ApplicationColumn.LAST_CHANGE);

    private final Store store;
    private final Clock clock;

    public ApplicationTableService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Today, by the clock: what "expired" is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rows {@code offset} to {@code offset + size} of the applications {@code filter} keeps, in {@code sort}'s order. */
    public List<ApplicationRow> page(ApplicationFilter filter, ApplicationSort sort, int offset, int size) {
        LocalDate today = today();
        return store.transaction(r -> r.table().page(filter, sort, today, offset, size));
    }

    /** How many applications {@code filter} keeps. */
    public int count(ApplicationFilter filter) {
        LocalDate today = today();
        return store.transaction(r -> r.table().count(filter, today));
    }

    /** One application's row, read again (empty when it is gone). */
    public Optional<ApplicationRow> row(long applicationId) {
        return store.transaction(r -> r.table().row(applicationId));
    }

    public List<SavedFilter> savedFilters() {
        return store.transaction(r -> r.savedFilters().all());
    }

    /**
     * Keeps {@code filter} under {@code name} (a name already used is given the new filter).
     *
     * @throws UserException when the name is blank or too long
     */
    public SavedFilter saveFilter(String name, ApplicationFilter filter) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserException("error.filter.name_blank");
        }
        if (clean.length() > NAME_MAX) {
            throw new UserException("error.filter.name_long", NAME_MAX);
        }
        long id = store.transaction(r -> r.savedFilters().save(clean, filter, clock.instant()));
        return new SavedFilter(id, clean, filter);
    }

    public void deleteFilter(long id) {
        if (!store.transaction(r -> r.savedFilters().delete(id))) {
            throw new UserException("error.filter.not_found");
        }
    }

    /** The columns the user shows, in the table's order; the default ones the first time. */
    public List<ApplicationColumn> visibleColumns() {
        return store.transaction(r -> r.settings().get(COLUMNS)).map(ApplicationTableService::parseColumns)
                .filter(c -> !c.isEmpty()).orElse(DEFAULT_COLUMNS);
    }

    public void setVisibleColumns(List<ApplicationColumn> columns) {
        String value = String.join(",", columns.stream().map(Enum::name).toList());
        store.run(r -> r.settings().put(COLUMNS, value));
    }

    private static List<ApplicationColumn> parseColumns(String value) {
        EnumSet<ApplicationColumn> found = EnumSet.noneOf(ApplicationColumn.class);
        for (String name : value.split(",")) {
            ApplicationColumn.parse(name).ifPresent(found::add);
        }
        return new ArrayList<>(found);
    }
}
