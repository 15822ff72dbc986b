package org.sillage.ui.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Agenda;
import org.sillage.domain.AgendaItem;
import org.sillage.ui.shell.UiContext;

/**
 * The agenda's month: six weeks of days, each with its first items and "+N more" (the rest in its tooltip), and the
 * buttons to the previous, the next and this month.
 */
final class AgendaMonth extends VBox {
    /** Items shown in a day of the month before "+N more". */
    private static final int ITEMS_PER_DAY = 3;
    private final UiContext ctx;
    private final AgendaViewModel vm;
    private final GridPane month = new GridPane();
    private final Label monthTitle = new Label();

    AgendaMonth(UiContext ctx, AgendaViewModel vm) {
        super(8);
        this.ctx = ctx;
        this.vm = vm;
        var m = ctx.messages();
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
        getChildren().addAll(nav, month);
        setPadding(new Insets(8, 16, 16, 16));
    }

    /** Lays out the month's six weeks. */
    void render() {
        AgendaViewModel.Snapshot s = vm.snapshot().get();
        YearMonth ym = vm.month().get();
        if (ym == null) {
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
