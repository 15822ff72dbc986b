package org.sillage.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.Dashboard;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The search at a glance: the funnel, applications per week, answers, what comes next, contract types. */
public final class DashboardView extends BorderPane {
    /** The narrowest a card gets; two fit side by side from about 800 pixels of content on. */
    private static final double CARD_MIN_WIDTH = 340;
    private final UiContext ctx;
    private final DashboardViewModel vm;
    private final FlowPane cards = new FlowPane(16, 16);

    public DashboardView(UiContext ctx, DashboardViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        setId("dashboardView");
        Label heading = new Label(ctx.messages().get("nav.dashboard"));
        heading.getStyleClass().add("title-3");
        Button refresh = new Button(ctx.messages().get("dashboard.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("dashboardRefresh");
        refresh.setOnAction(e -> reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, refresh);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);
        cards.setPadding(new Insets(8, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        cards.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(40));
        setCenter(scroll);
        Label loading = new Label(ctx.messages().get("dashboard.loading"));
        loading.getStyleClass().add("empty-state");
        cards.getChildren().add(loading);
        vm.dashboard().addListener((obs, old, d) -> show(d));
    }

    /** Half the width when two cards fit side by side, else the whole width. */
    private javafx.beans.binding.DoubleBinding cardWidth() {
        return javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double room = cards.getWidth() - cards.getPadding().getLeft() - cards.getPadding().getRight();
            double half = (room - cards.getHgap()) / 2;
            return Math.max(CARD_MIN_WIDTH, half >= CARD_MIN_WIDTH ? Math.floor(half) : room);
        }, cards.widthProperty());
    }

    /** Reads the figures again in the background. */
    public void reload() {
        BackgroundTask.wrap(c -> vm.load()).onSuccess(vm::apply)
                .onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages())).run(ctx.executor());
    }

    private void show(Dashboard d) {
        var m = ctx.messages();
        if (vm.isEmpty(d)) {
            Label empty = new Label(m.get("dashboard.empty"));
            empty.setId("dashboardEmpty");
            empty.getStyleClass().add("empty-state");
            empty.setWrapText(true);
            cards.getChildren().setAll(empty);
            return;
        }
        cards.getChildren().setAll(funnel(d), perWeek(d), answers(d), upcoming(d), contracts(d));
    }

    private Node card(String id, String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        VBox box = new VBox(8, t, body);
        box.setId(id);
        box.getStyleClass().add("dashboard-card");
        box.prefWidthProperty().bind(cardWidth());
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static <X, Y> void quiet(XYChart<X, Y> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
    }

    private Node funnel(Dashboard d) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        quiet(chart);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        vm.funnel(d).forEach(s -> series.getData().add(new XYChart.Data<>(s.label(), s.count())));
        chart.getData().add(series);
        chart.setId("dashboardFunnel");
        return card("cardFunnel", ctx.messages().get("dashboard.funnel"), chart);
    }

    private Node perWeek(Dashboard d) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), integerAxis());
        quiet(chart);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM", ctx.messages().locale());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        d.appliedPerWeek().forEach(w -> series.getData().add(new XYChart.Data<>(f.format(w.monday()), w.count())));
        chart.getData().add(series);
        chart.setId("dashboardPerWeek");
        return card("cardPerWeek", ctx.messages().get("dashboard.per_week"), chart);
    }

    private Node answers(Dashboard d) {
        var m = ctx.messages();
        Label rate = new Label(vm.responseRate(d));
        rate.setId("dashboardResponseRate");
        rate.getStyleClass().add("dashboard-figure");
        Label rateText = new Label(vm.responseDetail(d));
        rateText.setWrapText(true);
        Label median = new Label(vm.medianDays(d));
        median.setId("dashboardMedian");
        median.getStyleClass().add("dashboard-figure");
        Label medianText = new Label(m.get("dashboard.median"));
        medianText.setWrapText(true);
        return card("cardAnswers", m.get("dashboard.answers"), new VBox(4, rate, rateText, median, medianText));
    }

    private Node upcoming(Dashboard d) {
        var m = ctx.messages();
        VBox lines = new VBox(2);
        if (d.upcoming().isEmpty()) {
            lines.getChildren().add(new Label(m.get("dashboard.upcoming.none")));
        }
        for (AgendaItem i : d.upcoming()) {
            String what = m.get(i.kind().messageKey());
            Hyperlink link = new Hyperlink(ctx.formats().date(i.date()) + " · " + what + " · "
                    + (i.title() == null ? m.get("posting.untitled") : i.title()));
            link.setOnAction(e -> ctx.navigator().open(i));
            link.setWrapText(true);
            lines.getChildren().add(link);
        }
        lines.setId("dashboardUpcoming");
        return card("cardUpcoming", m.get("dashboard.upcoming", org.sillage.service.DashboardService.UPCOMING_DAYS), lines);
    }

    private Node contracts(Dashboard d) {
        var m = ctx.messages();
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), integerAxis());
        quiet(chart);
        chart.setLegendVisible(true);
        chart.setPrefHeight(320); // the contract types' names stand on end below the bars
        Map<String, XYChart.Series<String, Number>> bySource = new java.util.TreeMap<>();
        d.byContract().forEach((type, sources) -> {
            String category = type == null ? m.get("dashboard.contract.unknown") : m.get(type.messageKey());
            sources.forEach((source, n) -> bySource.computeIfAbsent(source, s -> {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                String key = "dashboard.source." + s;
                series.setName(m.bundle().containsKey(key) ? m.get(key) : s);
                return series;
            }).getData().add(new XYChart.Data<>(category, n)));
        });
        chart.getData().addAll(bySource.values());
        chart.setId("dashboardContracts");
        return card("cardContracts", m.get("dashboard.contracts"), chart);
    }

    private static NumberAxis integerAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.valueOf(s);
            }
        });
        return axis;
    }
}
