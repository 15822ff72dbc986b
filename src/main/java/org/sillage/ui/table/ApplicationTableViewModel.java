package org.sillage.ui.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.SavedFilter;
import org.sillage.service.ApplicationTableService;

/**
 * State of the applications table: the filter, the order, the rows read so far (a page at a time, as the
 * table scrolls), how many match, the saved filters and the columns shown. Worker-thread calls take a
 * {@link Request} made on the JavaFX thread and return what it asked for; {@code apply*} drop an answer
 * to a filter or an order the user has since changed.
 */
public final class ApplicationTableViewModel {
    /** Rows per page: a screenful and more. */
    public static final int PAGE = 100;

    private final ApplicationTableService table;
    private final int pageSize;
    private final ObservableList<ApplicationRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(-1);
    private final ObjectProperty<ApplicationFilter> filter = new SimpleObjectProperty<>(ApplicationFilter.NONE);
    private final ObjectProperty<ApplicationSort> sort = new SimpleObjectProperty<>(ApplicationSort.NEWEST);
    private final ObservableList<SavedFilter> saved = FXCollections.observableArrayList();
    private final ObservableList<ApplicationColumn> columns = FXCollections.observableArrayList();
    private LocalDate today = LocalDate.now();
    /** Counts the filters and orders asked for; a page read for an older one is dropped. */
    private int generation;
    private boolean loadingMore;

    public ApplicationTableViewModel(ApplicationTableService table) {
        this(table, PAGE);
    }

    ApplicationTableViewModel(ApplicationTableService table, int pageSize) {
        this.table = table;
        this.pageSize = pageSize;
    }

    /** A page asked for: which filter and order, from which row, how many, and whether to count them. */
    public record Request(ApplicationFilter filter, ApplicationSort sort, int offset, int size, boolean count, int generation) {
    }

    /** What a request read: the rows, the count (or -1 when not asked) and the day "expired" was measured on. */
    public record Page(Request request, List<ApplicationRow> rows, int total, LocalDate today) {
    }

    /** The table as it opens: the saved filters and the columns shown, with the first page. */
    public record Opening(List<SavedFilter> saved, List<ApplicationColumn> columns, Page first) {
    }

    /** JavaFX thread: a reload of the first rows (as many as are loaded, a page at least), counted. */
    public Request reload() {
        return first(Math.max(pageSize, rows.size()));
    }

    /** The first rows; no further page is asked for until they are shown. */
    private Request first(int size) {
        generation++;
        loadingMore = true;
        return new Request(filter.get(), sort.get(), 0, size, true, generation);
    }

    /** JavaFX thread: a new filter, read from the first row; the rows shown stay until its answer. */
    public Request filterBy(ApplicationFilter f) {
        filter.set(f == null ? ApplicationFilter.NONE : f);
        return first(pageSize);
    }

    /** JavaFX thread: a new order (null: the newest first), read again from the first row. */
    public Request sortBy(ApplicationSort s) {
        sort.set(s == null ? ApplicationSort.NEWEST : s);
        return first(pageSize);
    }

    /** Worker thread: opens the table. */
    public Opening open(Request first) {
        return new Opening(table.savedFilters(), table.visibleColumns(), fetch(first));
    }

    /** JavaFX thread. */
    public void apply(Opening o) {
        saved.setAll(o.saved());
        columns.setAll(o.columns());
        apply(o.first());
    }

    /** Worker thread: reads the page asked for. */
    public Page fetch(Request r) {
        List<ApplicationRow> page = table.page(r.filter(), r.sort(), r.offset(), r.size());
        return new Page(r, page, r.count() ? table.count(r.filter()) : -1, table.today());
    }

    /** JavaFX thread: shows a page, unless the filter or the order changed since it was asked for. */
    public boolean apply(Page p) {
        Request r = p.request();
        if (r.generation() != generation) {
            return false;
        }
        today = p.today();
        if (r.offset() == 0) {
            rows.setAll(p.rows());
        } else if (r.offset() == rows.size()) {
            rows.addAll(p.rows());
        }
        if (p.total() >= 0) {
            total.set(p.total());
        }
        loadingMore = false;
        return true;
    }

    /** JavaFX thread: whether rows beyond those read remain, and none is being read. */
    public boolean canLoadMore() {
        return !loadingMore && total.get() > rows.size();
    }

    /** JavaFX thread: the next page, noted as asked for (one at a time). */
    public Request startLoadingMore() {
        loadingMore = true;
        return new Request(filter.get(), sort.get(), rows.size(), pageSize, false, generation);
    }

    /** JavaFX thread: a page that could not be read may be asked for again. */
    public void loadMoreFailed() {
        loadingMore = false;
    }

    /** Worker thread: one application's row read again (its status changed elsewhere). */
    public java.util.Optional<ApplicationRow> loadRow(long applicationId) {
        return table.row(applicationId);
    }

    /** JavaFX thread: replaces that application's row where it is shown. */
    public void replaceRow(ApplicationRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).applicationId() == row.applicationId()) {
                rows.set(i, row);
            }
        }
    }

    /** Worker thread: keeps the current filter under {@code name}; returns the saved filters then. */
    public List<SavedFilter> save(String name, ApplicationFilter f) {
        table.saveFilter(name, f);
        return table.savedFilters();
    }

    /** Worker thread: forgets a saved filter; returns the saved filters then. */
    public List<SavedFilter> delete(long id) {
        table.deleteFilter(id);
        return table.savedFilters();
    }

    /** JavaFX thread. */
    public void applySaved(List<SavedFilter> all) {
        saved.setAll(all);
    }

    /** JavaFX thread: shows or hides a column; returns the columns to keep in the settings. */
    public List<ApplicationColumn> showColumn(ApplicationColumn c, boolean visible) {
        if (visible && !columns.contains(c)) {
            List<ApplicationColumn> in = new ArrayList<>(columns);
            in.add(c);
            in.sort(null);
            columns.setAll(in);
        } else if (!visible) {
            columns.remove(c);
        }
        return List.copyOf(columns);
    }

    /** Worker thread. */
    public void keepColumns(List<ApplicationColumn> shown) {
        table.setVisibleColumns(shown);
    }

    /** Whether this row shows the "expired" marker: not sent, and the deadline's day is past. */
    public boolean expired(ApplicationRow row) {
        return row.expiredOn(today);
    }

    public ObservableList<ApplicationRow> rows() {
        return rows;
    }

    /** How many applications match, counted by the database; -1 until the first answer. */
    public ReadOnlyIntegerProperty total() {
        return total;
    }

    public ObjectProperty<ApplicationFilter> filter() {
        return filter;
    }

    public ObjectProperty<ApplicationSort> sort() {
        return sort;
    }

    public ObservableList<SavedFilter> saved() {
        return saved;
    }

    public ObservableList<ApplicationColumn> columns() {
        return columns;
    }
}
