package org.sillage.ui.agenda;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The agenda: by time (overdue in red, today, this week, later) as a virtualised list, or as a month
 * calendar that shows a few items a day and "+N more".
 */
public final class AgendaView extends BorderPane {
    private final UiContext ctx;
    private final AgendaViewModel vm;
    private final ListView<AgendaViewModel.Row> list = new ListView<>();
    private final AgendaMonth monthBox;
    private final Consumer<Long> exportIcs;

    public AgendaView(UiContext ctx, AgendaViewModel vm, Consumer<Long> exportIcs) {
        this.ctx = ctx;
        this.vm = vm;
        this.exportIcs = exportIcs;
        setId("agendaView");
        var m = ctx.messages();
        ToggleGroup mode = new ToggleGroup();
        ToggleButton byTime = new ToggleButton(m.get("agenda.by_time"), new FontIcon(Feather.LIST));
        byTime.setId("agendaList");
        ToggleButton byMonth = new ToggleButton(m.get("agenda.month"), new FontIcon(Feather.CALENDAR));
        byMonth.setId("agendaMonth");
        byTime.setToggleGroup(mode);
        byMonth.setToggleGroup(mode);
        byTime.setSelected(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                showMode(now == byTime);
            }
        });
        Button export = new Button(m.get("calendar.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("exportIcs");
        export.setOnAction(e -> exportIcs.accept(null));
        Label heading = new Label(m.get("nav.agenda"));
        heading.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, byTime, byMonth, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        list.setId("agendaSections");
        list.getStyleClass().add("agenda-list");
        list.setAccessibleText(m.get("nav.agenda"));
        list.setCellFactory(v -> new AgendaRowCell(ctx, vm, this::extend));
        Label none = new Label(m.get("agenda.empty"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        list.setPlaceholder(none);
        BorderPane.setMargin(list, new Insets(8, 16, 16, 16));

        monthBox = new AgendaMonth(ctx, vm);
        setCenter(list);

        vm.snapshot().addListener((obs, old, s) -> render());
        vm.month().addListener((obs, old, ym) -> loadMonth(ym));
    }

    private void showMode(boolean byTime) {
        setCenter(byTime ? list : monthBox);
        renderMonth();
    }

    /** Which reload the reads in flight belong to: a later one makes their results stale. */
    private long reloads;

    /**
     * Reads the days near today first, shown as soon as they are read, then a page back and a page ahead, which
     * take their place (ADR 0049); more is read as the list is scrolled to its end, or earlier items asked for
     * (ADR 0056).
     */
    public void reload() {
        YearMonth shown = vm.month().get();
        long reload = ++reloads;
        loading = null;
        BackgroundTask.wrap(c -> vm.loadNear(shown)).onSuccess(near -> {
            if (reload != reloads) {
                return;
            }
            // the page back and ahead is asked for first: the end of the list, once shown, asks for a page ahead only
            extend(near, s -> vm.later(vm.older(s)));
            vm.apply(near);
        }).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    /** The snapshot a read of more items started from, while it runs. */
    private AgendaViewModel.Snapshot loading;

    /** Reads more items into {@code from}, unless a read already runs; shown if nothing replaced it meanwhile. */
    void extend(AgendaViewModel.Snapshot from, java.util.function.UnaryOperator<AgendaViewModel.Snapshot> read) {
        if (from == null || loading == from) {
            return;
        }
        loading = from;
        long reload = reloads;
        BackgroundTask.wrap(c -> read.apply(from)).onSuccess(more -> {
            if (loading == from) {
                loading = null;
            }
            AgendaViewModel.Snapshot now = vm.snapshot().get();
            // the month's days may have been read meanwhile: the same list with another month
            if (reload == reloads && now != null && now.items() == from.items()) {
                vm.apply(more.withDays(now.month(), now.byDay()));
            }
        }).onFailure(e -> {
            if (loading == from) {
                loading = null;
            }
            Errors.show(ctx.window().get(), e, ctx.messages());
        }).run(ctx.executor());
    }

    /** Reads the days of the month moved to, unless the snapshot already holds them. */
    private void loadMonth(YearMonth ym) {
        AgendaViewModel.Snapshot s = vm.snapshot().get();
        if (ym == null || s == null || ym.equals(s.month())) {
            renderMonth();
            return;
        }
        renderMonth();
        BackgroundTask.wrap(c -> vm.days(ym)).onSuccess(days -> vm.applyDays(ym, days))
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private void render() {
        renderList();
        AgendaViewModel.Snapshot s = vm.snapshot().get();
        if (s != null && vm.month().get() != null && !vm.month().get().equals(s.month())) {
            loadMonth(vm.month().get()); // the user moved on while the list was read
            return;
        }
        renderMonth();
    }

    private void renderList() {
        AgendaViewModel.Snapshot s = vm.snapshot().get();
        list.getItems().setAll(s == null ? List.of() : s.rows());
    }

    /** Lays out the month, when it is the view shown (else when it is shown). */
    private void renderMonth() {
        if (getCenter() == monthBox) {
            monthBox.render();
        }
    }
}
