package org.sillage.ui.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/**
 * The agenda: by time (overdue in red, today, this week, later) as a virtualised list, or as a month
 * calendar that shows a few items a day and "+N more".
 */
public final class AgendaView extends BorderPane {
    /** Items shown in a day of the month before "+N more". */
    static final int ITEMS_PER_DAY = 3;
    private final UiContext ctx;
    private final AgendaViewModel vm;
    private final ListView<AgendaViewModel.Row> list = new ListView<>();
    private final GridPane month = new GridPane();
    private final Label monthTitle = new Label();
    private final VBox monthBox;
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
        list.setCellFactory(v -> new RowCell());
        Label none = new Label(m.get("agenda.empty"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        list.setPlaceholder(none);
        BorderPane.setMargin(list, new Insets(8, 16, 16, 16));

        Button prev = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        prev.setId("previousMonth");
        prev.setTooltip(new javafx.scene.control.Tooltip(m.get("agenda.previous_month")));
        prev.setOnAction(e -> vm.month().set(vm.month().get().minusMonths(1)));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("nextMonth");
        next.setTooltip(new javafx.scene.control.Tooltip(m.get("agenda.next_month")));
        next.setOnAction(e -> vm.month().set(vm.month().get().plusMonths(1)));
        Button today = new Button(m.get("agenda.today_button"));
        today.setOnAction(e -> {
            if (vm.snapshot().get() != null) {
                vm.month().set(YearMonth.from(vm.snapshot().get().now()));
            }
        });
        monthTitle.setId("monthTitle");
        monthTitle.getStyleClass().add("title-4");
        HBox nav = new HBox(8, prev, monthTitle, next, today);
        nav.setAlignment(Pos.CENTER_LEFT);
        month.setId("monthGrid");
        month.getStyleClass().add("month-grid");
        VBox.setVgrow(month, Priority.ALWAYS);
        monthBox = new VBox(8, nav, month);
        monthBox.setPadding(new Insets(8, 16, 16, 16));
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
    private void extend(AgendaViewModel.Snapshot from, java.util.function.UnaryOperator<AgendaViewModel.Snapshot> read) {
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

    /** A line of the list: a section heading, or an item that opens its application when clicked. */
    private final class RowCell extends ListCell<AgendaViewModel.Row> {
        @Override
        protected void updateItem(AgendaViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setOnMouseClicked(null);
            getStyleClass().removeIf(c -> c.startsWith("agenda-row"));
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String name = row.bucket().name().toLowerCase(Locale.ROOT);
            if (row instanceof AgendaViewModel.Heading h) {
                Label header = new Label(ctx.messages().get("agenda.bucket." + name) + (h.complete() ? " (" + h.count() + ")" : ""));
                header.getStyleClass().addAll("title-4", "agenda-section-" + name);
                header.setId("section-" + name);
                getStyleClass().add("agenda-row-heading");
                setGraphic(header);
                setAccessibleText(header.getText());
            } else if (row instanceof AgendaViewModel.More more) {
                javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(ctx.messages().get(
                        more.older() ? "agenda.show_earlier" : "agenda.show_later", ctx.formats().date(more.beyond())));
                link.setId(more.older() ? "agendaEarlier" : "agendaLater");
                AgendaViewModel.Snapshot shown = vm.snapshot().get();
                link.setOnAction(ev -> extend(shown, more.older() ? vm::older : vm::later));
                getStyleClass().add("agenda-row-more");
                setGraphic(link);
                setAccessibleText(link.getText());
                if (!more.older()) {
                    // the end of the list came into view: what comes after it is read, as the postings' list does
                    extend(shown, vm::later);
                }
            } else if (row instanceof AgendaViewModel.Entry e) {
                HBox line = row(e.item(), e.bucket());
                setGraphic(line);
                setAccessibleText(line.getChildren().stream().map(n -> ((Label) n).getText())
                        .collect(java.util.stream.Collectors.joining(", ")));
                getStyleClass().add("agenda-row-item");
                setOnMouseClicked(ev -> ctx.navigator().open(e.item()));
            }
        }
    }

    private HBox row(AgendaItem i, Agenda.Bucket b) {
        var m = ctx.messages();
        String when = ctx.formats().date(i.date()) + (i.time() == null ? "" : " " + i.time());
        Label date = new Label(when);
        date.getStyleClass().add("agenda-date");
        date.setMinWidth(150);
        Label kind = new Label(m.get(i.kind().messageKey()));
        kind.getStyleClass().addAll("agenda-kind", "kind-" + i.kind().name().toLowerCase(Locale.ROOT));
        kind.setMinWidth(130);
        Label what = new Label(i.isAction() ? i.title() + " · " + m.get(i.actionOwner().messageKey())
                : (i.text() == null ? "" : i.text() + " · ")
                + (i.title() == null ? m.get("posting.untitled") : i.title())
                + (i.organization() == null ? "" : " — " + i.organization()));
        what.setWrapText(true);
        HBox row = new HBox(12, date, kind, what);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("agenda-item", "agenda-" + b.name().toLowerCase(Locale.ROOT));
        return row;
    }

    /** Lays out the month's six weeks, when the month is the one shown (else when it is shown). */
    private void renderMonth() {
        AgendaViewModel.Snapshot s = vm.snapshot().get();
        YearMonth ym = vm.month().get();
        if (ym == null || getCenter() != monthBox) {
            return;
        }
        Locale locale = ctx.messages().locale();
        monthTitle.setText(ym.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)));
        month.getChildren().clear();
        month.getColumnConstraints().clear();
        month.getRowConstraints().clear();
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            month.getColumnConstraints().add(cc);
            Label day = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, locale));
            day.getStyleClass().add("month-weekday");
            month.add(day, c, 0);
        }
        month.getRowConstraints().add(new RowConstraints());
        LocalDate first = ym.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        for (int week = 1; week <= 6; week++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setMinHeight(70);
            month.getRowConstraints().add(rc);
            for (int c = 0; c < 7; c++) {
                month.add(dayCell(cursor, ym, s), c, week);
                cursor = cursor.plusDays(1);
            }
        }
    }

    private String monthText(AgendaItem i) {
        return (i.time() == null ? "" : i.time() + " ")
                + (i.text() != null && !i.isAction() ? i.text() : ctx.messages().get(i.kind().messageKey())) + " · " + (i.title() == null ? "" : i.title());
    }

    private VBox dayCell(LocalDate day, YearMonth ym, AgendaViewModel.Snapshot s) {
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("month-day-number");
        VBox cell = new VBox(2, number);
        cell.getStyleClass().add("month-day");
        if (!YearMonth.from(day).equals(ym)) {
            cell.getStyleClass().add("month-day-outside");
        }
        if (s != null && day.equals(s.now().toLocalDate())) {
            cell.getStyleClass().add("month-day-today");
        }
        cell.setId("day-" + day);
        if (s != null) {
            List<AgendaItem> items = s.byDay().getOrDefault(day, List.of());
            for (AgendaItem i : items.subList(0, Math.min(ITEMS_PER_DAY, items.size()))) {
                Label l = new Label(monthText(i));
                l.getStyleClass().addAll("month-item", "agenda-" + Agenda.bucket(i, s.now()).name().toLowerCase(Locale.ROOT));
                l.setMaxWidth(Double.MAX_VALUE);
                l.setOnMouseClicked(e -> {
                    if (i.isAction()) {
                        ctx.navigator().showSessions();
                    } else {
                        ctx.navigator().showApplicationDates(i.applicationId());
                    }
                });
                cell.getChildren().add(l);
            }
            if (items.size() > ITEMS_PER_DAY) {
                Label more = new Label(ctx.messages().get("agenda.more", items.size() - ITEMS_PER_DAY));
                more.getStyleClass().add("month-more");
                StringBuilder rest = new StringBuilder();
                items.subList(ITEMS_PER_DAY, Math.min(items.size(), ITEMS_PER_DAY + 30))
                        .forEach(i -> rest.append(monthText(i)).append('\n'));
                more.setTooltip(new javafx.scene.control.Tooltip(rest.toString().strip()));
                cell.getChildren().add(more);
            }
        }
        cell.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(cell.widthProperty());
        clip.heightProperty().bind(cell.heightProperty());
        cell.setClip(clip);
        return cell;
    }
}
