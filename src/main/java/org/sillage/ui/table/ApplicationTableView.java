package org.sillage.ui.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * Every application in one table, sorted and filtered by the database a page at a time; the columns
 * shown are chosen from the table's menu (+) and kept. Double-click or Enter opens the application in
 * the applications screen.
 */
public final class ApplicationTableView extends BorderPane {
    private final UiContext ctx;
    private final ApplicationTableViewModel vm;
    private final TableView<ApplicationRow> table = new TableView<>();
    private final Map<ApplicationColumn, TableColumn<ApplicationRow, ?>> columns = new EnumMap<>(ApplicationColumn.class);
    private final TableFilters filters;
    /** True while the columns shown are set from what was kept, not by the user. */
    private boolean syncing;
    private boolean opened;

    public ApplicationTableView(UiContext ctx, ApplicationTableViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("applicationsTable");
        getStyleClass().add("table-screen");
        filters = new TableFilters(ctx, vm, this::read, this::fail);
        buildTable();
        setTop(filters);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 12, 12, 12));
    }

    private void buildTable() {
        var m = ctx.messages();
        table.setId("applicationTable");
        table.setAccessibleText(m.get("nav.table"));
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("table.empty")));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // the database sorts: the table only shows which column and which way
        table.setSortPolicy(t -> true);
        column(ApplicationColumn.TITLE, r -> r.title() == null ? m.get("posting.untitled") : r.title(), 2.2);
        column(ApplicationColumn.ORGANIZATION, ApplicationRow::organization, 1.6);
        TableColumn<ApplicationRow, ApplicationRow> status = column(ApplicationColumn.STATUS, r -> null, 1);
        status.setCellFactory(c -> new RowCell(r -> {
            Label badge = new Label(m.get(r.status().messageKey()));
            badge.getStyleClass().addAll("status-badge", "status-" + r.status().name().toLowerCase(Locale.ROOT));
            return badge;
        }));
        column(ApplicationColumn.APPLIED_ON, r -> date(r.appliedOn()), 1);
        TableColumn<ApplicationRow, ApplicationRow> deadline = column(ApplicationColumn.DEADLINE, r -> null, 1.7);
        deadline.setCellFactory(c -> new RowCell(r -> {
            if (r.deadline() == null) {
                return null;
            }
            Label day = new Label(date(r.deadline()));
            day.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (!vm.expired(r)) {
                return day;
            }
            Label flag = new Label(m.get("table.expired"));
            flag.getStyleClass().addAll("flag", "flag-danger");
            flag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox box = new HBox(6, day, flag);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }));
        column(ApplicationColumn.CONTRACT_TYPE, r -> r.contractType() == null ? "" : r.contractType().code(), 0.9);
        column(ApplicationColumn.LAST_CHANGE, r -> dateTime(r.lastChange()), 1.1);
        column(ApplicationColumn.CREATED, r -> dateTime(r.createdAt()), 1.1);
        table.getSortOrder().addListener((ListChangeListener<TableColumn<ApplicationRow, ?>>) c -> sortChanged());
        table.setRowFactory(t -> {
            TableRow<ApplicationRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ApplicationRow item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty && item != null) {
                        loadMoreNear(getIndex());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    openApplication(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openApplication(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        vm.columns().addListener((ListChangeListener<ApplicationColumn>) c -> showColumns());
    }

    /** A column of text (or, with a cell factory set after, of nodes) that shows one field of a row. */
    private TableColumn<ApplicationRow, ApplicationRow> column(ApplicationColumn which, Function<ApplicationRow, String> text,
                                                               double weight) {
        TableColumn<ApplicationRow, ApplicationRow> c = new TableColumn<>();
        org.sillage.ui.common.ColumnTitles.fit(c, ctx.messages().get(which.messageKey()),
                ctx.messages().get(which.shortMessageKey()), 60);
        c.setId("column-" + which.name().toLowerCase(Locale.ROOT));
        c.setUserData(which);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new RowCell(r -> {
            String s = text.apply(r);
            return s == null ? null : new Label(s);
        }));
        c.setPrefWidth(100 * weight);
        c.sortTypeProperty().addListener((o, a, b) -> sortChanged());
        c.visibleProperty().addListener((o, a, shown) -> {
            if (!syncing && opened) {
                keepColumns(vm.showColumn(which, shown));
            }
        });
        columns.put(which, c);
        table.getColumns().add(c);
        return c;
    }

    /** A cell that draws its row with {@code draw}; empty when it gives nothing. */
    private static final class RowCell extends TableCell<ApplicationRow, ApplicationRow> {
        private final Function<ApplicationRow, javafx.scene.Node> draw;

        RowCell(Function<ApplicationRow, javafx.scene.Node> draw) {
            this.draw = draw;
        }

        @Override
        protected void updateItem(ApplicationRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            setGraphic(empty || r == null ? null : draw.apply(r));
        }
    }

    /** A day in digits: a column of "Dec 3, 2026" was cut to "Dec 3, …" in an 800 × 600 window. */
    private String date(LocalDate d) {
        return d == null ? "" : ctx.formats().shortDate(d);
    }

    /** The day of an instant, in the user's zone: the full time would not fit the column. */
    private String dateTime(Instant i) {
        return i == null ? "" : ctx.formats().shortDate(LocalDate.ofInstant(i, java.time.ZoneId.systemDefault()));
    }

    private void showColumns() {
        syncing = true;
        try {
            columns.forEach((which, c) -> c.setVisible(vm.columns().contains(which)));
        } finally {
            syncing = false;
        }
    }

    /** Opens the table: its saved filters and columns, and the first page. */
    public void reload() {
        ApplicationTableViewModel.Request r = vm.reload();
        if (!opened) {
            BackgroundTask.wrap(c -> vm.open(r)).onSuccess(o -> {
                opened = true;
                vm.apply(o);
                showColumns();
            }).onFailure(this::fail).run(ctx.executor());
            return;
        }
        read(r);
    }

    private void read(ApplicationTableViewModel.Request r) {
        BackgroundTask.wrap(c -> vm.fetch(r)).onSuccess(vm::apply).onFailure(this::fail).run(ctx.executor());
    }

    /** Reads one application's row again (its status changed) and redraws it. */
    public void refreshRow(long applicationId) {
        BackgroundTask.wrap(c -> vm.loadRow(applicationId)).onSuccess(row -> row.ifPresent(vm::replaceRow))
                .onFailure(this::fail).run(ctx.executor());
    }

    private void loadMoreNear(int index) {
        if (index < vm.rows().size() - 30 || !vm.canLoadMore()) {
            return;
        }
        read(vm.startLoadingMore());
    }

    private void sortChanged() {
        if (syncing) {
            return;
        }
        ApplicationSort s = table.getSortOrder().isEmpty() ? null : new ApplicationSort(
                (ApplicationColumn) table.getSortOrder().get(0).getUserData(),
                table.getSortOrder().get(0).getSortType() == TableColumn.SortType.ASCENDING);
        if (!java.util.Objects.equals(s == null ? ApplicationSort.NEWEST : s, vm.sort().get())) {
            read(vm.sortBy(s));
        }
    }

    private void keepColumns(List<ApplicationColumn> shown) {
        BackgroundTask.wrap(c -> {
            vm.keepColumns(shown);
            return null;
        }).onFailure(this::fail).run(ctx.executor());
    }

    private void openApplication(ApplicationRow row) {
        ctx.navigator().showApplication(row.applicationId());
    }

    private void fail(Throwable e) {
        vm.loadMoreFailed();
        Errors.show(ctx.window().get(), e, ctx.messages());
    }

    /** The table, to focus it. */
    public TableView<ApplicationRow> table() {
        return table;
    }
}
