package org.sillage.ui.caseload;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.CaseloadRow;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The caseload (issue 9, ADR 0023): one line per job seeker with their open applications by status, next
 * deadline, overdue actions, last session, last activity and alerts; sorted by any column, filtered by
 * name, alerts and ended support. Double-click or Enter opens that person's workspace.
 */
public final class CaseloadView extends BorderPane {
    private final UiContext ctx;
    private final CaseloadViewModel vm;
    private final TableView<CaseloadRow> table = new TableView<>();
    private final Label count = new Label();
    private final LongConsumer open;
    private final Runnable add;
    private final LongConsumer edit;

    /**
     * @param open opens a person's workspace (switches to them)
     * @param add  asks for a new person
     * @param edit edits a person's profile
     */
    public CaseloadView(UiContext ctx, CaseloadViewModel vm, LongConsumer open, Runnable add, LongConsumer edit) {
        this.ctx = ctx;
        this.vm = vm;
        this.open = open;
        this.add = add;
        this.edit = edit;
        setId("caseloadView");
        var m = ctx.messages();
        Label heading = new Label(m.get("caseload.title"));
        heading.getStyleClass().add("title-3");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        TextField filter = new TextField();
        filter.setId("caseloadFilter");
        filter.setPromptText(m.get("caseload.filter.prompt"));
        filter.setAccessibleText(m.get("caseload.filter.prompt"));
        filter.setPrefColumnCount(16);
        vm.filter().bind(filter.textProperty());
        CheckBox alertsOnly = new CheckBox(m.get("caseload.alerts_only"));
        alertsOnly.setId("caseloadAlertsOnly");
        vm.alertsOnly().bind(alertsOnly.selectedProperty());
        CheckBox showEnded = new CheckBox(m.get("caseload.show_ended"));
        showEnded.setId("caseloadShowEnded");
        vm.showEnded().bind(showEnded.selectedProperty());
        Button addButton = new Button(m.get("seeker.menu.add"), new FontIcon(Feather.USER_PLUS));
        addButton.setId("caseloadAdd");
        addButton.setMinWidth(Region.USE_PREF_SIZE);
        addButton.setOnAction(e -> add.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox title = new HBox(8, heading, spacer, addButton);
        title.setAlignment(Pos.CENTER_LEFT);
        count.setId("caseloadCount");
        count.getStyleClass().add("text-muted");
        FlowPane bar = new FlowPane(12, 6, filter, alertsOnly, showEnded, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, bar);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        table.setId("caseloadTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(m.get("caseload.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        var name = column("caseloadName", "caseload.column.name", "caseload.column.name_short", vm::name, s -> s);
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        name.setPrefWidth(170);
        name.setMinWidth(100);
        table.getColumns().add(name);
        var active = column("caseloadActive", "caseload.column.active", "caseload.column.active_short", CaseloadRow::activeCount,
                n -> Integer.toString(n));
        active.setPrefWidth(70);
        active.setMinWidth(60);
        table.getColumns().add(active);
        var byStatus = column("caseloadByStatus", "caseload.column.by_status", "caseload.column.by_status_short", vm::byStatus, s -> s);
        byStatus.setPrefWidth(220);
        byStatus.setMinWidth(100);
        table.getColumns().add(byStatus);
        var deadline = column("caseloadDeadline", "caseload.column.deadline", "caseload.column.deadline_short", CaseloadRow::nextDeadline,
                ctx.formats()::shortDate);
        var overdue = column("caseloadOverdue", "caseload.column.overdue", "caseload.column.overdue_short", CaseloadRow::overdueActions,
                n -> n == 0 ? "" : Integer.toString(n));
        var session = column("caseloadSession", "caseload.column.session", "caseload.column.session_short", CaseloadRow::lastSession,
                ctx.formats()::shortDate);
        var activity = column("caseloadActivity", "caseload.column.activity", "caseload.column.activity_short", CaseloadRow::lastActivity,
                i -> i == null ? "" : ctx.formats().shortDate(java.time.LocalDate.ofInstant(i, java.time.ZoneId.systemDefault())));
        for (var c : java.util.List.of(deadline, overdue, session, activity)) {
            c.setPrefWidth(100);
            c.setMinWidth(80); // "Deadline", "Overdue" whole
            table.getColumns().add(c);
        }
        var alerts = column("caseloadAlerts", "caseload.column.alerts", "caseload.column.alerts_short", r -> r.alerts().size(), n -> "");
        alerts.setCellFactory(c -> new AlertCell());
        alerts.setPrefWidth(90);
        alerts.setMinWidth(66);
        table.getColumns().add(alerts);
        SortedList<CaseloadRow> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<CaseloadRow> row = new TableRow<>() {
                @Override
                protected void updateItem(CaseloadRow item, boolean isEmpty) {
                    super.updateItem(item, isEmpty);
                    getStyleClass().remove("seeker-ended");
                    if (!isEmpty && item != null && item.ended()) {
                        getStyleClass().add("seeker-ended");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().seekerId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().seekerId());
                e.consume();
            }
        });
        table.setContextMenu(contextMenu());
        VBox.setVgrow(table, Priority.ALWAYS);
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        setCenter(table);
        vm.shown().addListener((javafx.collections.ListChangeListener<CaseloadRow>) c -> count.setText(vm.count()));
    }

    private ContextMenu contextMenu() {
        var m = ctx.messages();
        MenuItem openItem = new MenuItem(m.get("caseload.open"));
        openItem.setId("caseloadOpenItem");
        openItem.setOnAction(e -> selected(r -> open.accept(r.seekerId())));
        MenuItem editItem = new MenuItem(m.get("caseload.edit"));
        editItem.setId("caseloadEditItem");
        editItem.setOnAction(e -> selected(r -> edit.accept(r.seekerId())));
        return new ContextMenu(openItem, editItem);
    }

    private void selected(java.util.function.Consumer<CaseloadRow> action) {
        CaseloadRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    private String m(String key) {
        return ctx.messages().get(key);
    }

    /** A column titled by the message {@code title}, or {@code shortTitle} when too narrow for it. */
    private <T> TableColumn<CaseloadRow, T> column(String id, String title, String shortTitle, Function<CaseloadRow, T> value,
                                                    Function<T, String> text) {
        TableColumn<CaseloadRow, T> c = new TableColumn<>();
        c.setId(id);
        // a column too narrow for its whole title (800 x 600) shows its short form ("Deadline", not "Next …");
        // the whole one is in the tooltip and for screen readers
        String whole = m(title);
        String brief = m(shortTitle);
        Label header = new Label(whole);
        header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        header.setTooltip(new javafx.scene.control.Tooltip(whole));
        header.setAccessibleText(whole);
        Runnable fit = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(whole);
            probe.setFont(header.getFont());
            header.setText(probe.getLayoutBounds().getWidth() + 24 <= c.getWidth() ? whole : brief);
        };
        c.widthProperty().addListener((obs, old, w) -> fit.run());
        header.fontProperty().addListener((obs, old, f) -> fit.run());
        c.setGraphic(header);
        c.setMinWidth(60);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
            }
        });
        c.setComparator(Comparator.nullsLast(Comparator.comparing(v -> (Comparable) v)));
        return c;
    }

    /** The alerts as icons, their words in the tooltip and for screen readers. */
    private final class AlertCell extends TableCell<CaseloadRow, Integer> {
        @Override
        protected void updateItem(Integer item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            CaseloadRow r = isEmpty || getTableRow() == null ? null : getTableRow().getItem();
            if (r == null || r.alerts().isEmpty()) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            HBox icons = new HBox(6);
            icons.setAlignment(Pos.CENTER_LEFT);
            for (CaseloadRow.Alert a : r.alerts()) {
                FontIcon icon = new FontIcon(switch (a) {
                    case DOCUMENTS_MISSING -> Feather.FILE_MINUS;
                    case FOLLOW_UP_DUE -> Feather.BELL;
                    case NO_ACTIVITY -> Feather.CLOCK;
                });
                icon.getStyleClass().addAll("caseload-alert", switch (a) {
                    case DOCUMENTS_MISSING -> "alert-documents";
                    case FOLLOW_UP_DUE -> "alert-follow-up";
                    case NO_ACTIVITY -> "alert-idle";
                });
                icons.getChildren().add(icon);
            }
            setGraphic(icons);
            setText(null);
            String words = vm.alerts(r);
            setTooltip(new Tooltip(words));
            setAccessibleText(words);
        }
    }

    /** Reads the lines again in the background. */
    public void reload() {
        BackgroundTask.wrap(c -> vm.load()).onSuccess(rows -> {
            vm.apply(rows);
            count.setText(vm.count());
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }
}
