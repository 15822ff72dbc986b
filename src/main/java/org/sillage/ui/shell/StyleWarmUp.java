package org.sillage.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Styles, off screen, the kinds of control the first screen is made of, while the window shows that the
 * data folder is opening: the JavaFX thread is idle then, and the first styling of each kind of control
 * (its skin's classes, the theme's rules for it, the code run for the first time) is what held the
 * thread about a second when the real window first showed (ADR 0042). Done in small steps, one kind of
 * control per step, each its own event on the JavaFX thread, so that the opening frame stays responsive;
 * stops as soon as the real window is about to be built.
 */
public final class StyleWarmUp {
    /** One kind of control (or a few styled alike) per step, the kinds the first screen is made of. */
    private static final List<Supplier<Node>> KINDS = List.of(
            () -> new HBox(new Label("a"), new Button("b", new FontIcon(Feather.UPLOAD))),
            () -> new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList("a", "b")),
            () -> new javafx.scene.control.CheckBox("a"),
            () -> new TextField("a"),
            () -> new ToggleButton("a", new FontIcon(Feather.FILE_TEXT)),
            () -> new MenuButton("a", new FontIcon(Feather.GRID)),
            () -> new ListView<>(javafx.collections.FXCollections.observableArrayList("a", "b", "c")),
            () -> new ScrollPane(new GridPane()),
            () -> new SplitPane(new VBox(new Label("a")), new VBox(new Label("b"))),
            () -> new TextFlow(new Text("a"), new Text("b")),
            () -> new TextArea("a"),
            () -> new ProgressBar(0.5));

    /**
     * The kinds of control of the other screens (the dashboard's charts, the table, the agenda's and the
     * forms' date fields, the application's tabs), styled the same way once the window is idle after its
     * first list: their first styling otherwise came with the screen's first opening.
     */
    private static final List<Supplier<Node>> LATER_KINDS = List.of(
            () -> withOneBar(new javafx.scene.chart.BarChart<>(new javafx.scene.chart.CategoryAxis(),
                    new javafx.scene.chart.NumberAxis())),
            () -> withOneBar(new javafx.scene.chart.StackedBarChart<>(new javafx.scene.chart.CategoryAxis(),
                    new javafx.scene.chart.NumberAxis())),
            () -> {
                var table = new javafx.scene.control.TableView<String>(javafx.collections.FXCollections.observableArrayList("a", "b"));
                var column = new javafx.scene.control.TableColumn<String, String>("a");
                column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue()));
                table.getColumns().add(column);
                return table;
            },
            () -> new javafx.scene.control.DatePicker(java.time.LocalDate.of(2026, 1, 1)),
            () -> new javafx.scene.control.TabPane(new javafx.scene.control.Tab("a", new Label("a")),
                    new javafx.scene.control.Tab("b", new Label("b"))));

    private static Node withOneBar(javafx.scene.chart.XYChart<String, Number> chart) {
        chart.setAnimated(false);
        var series = new javafx.scene.chart.XYChart.Series<String, Number>();
        series.getData().add(new javafx.scene.chart.XYChart.Data<>("a", 1));
        chart.getData().add(series);
        return chart;
    }

    /** Counts the starts and stops: a chain of steps goes on only while it is the last one started. */
    private static int generation;
    /** The steps done since the last start, for the tests. */
    private static int done;

    private StyleWarmUp() {
    }

    /** Starts the steps, each a later event on the JavaFX thread (the theme set by the first); call from it. */
    public static void start() {
        int chain = ++generation;
        done = 0;
        Deque<Supplier<Node>> steps = new ArrayDeque<>(KINDS);
        Platform.runLater(() -> {
            if (chain == generation) {
                Shell.theme();
                next(chain, steps);
            }
        });
    }

    /** How long after the opening frame's first layout the steps wait, so that the frame is on screen first. */
    static final javafx.util.Duration AFTER_FIRST_FRAME = javafx.util.Duration.millis(
            Integer.getInteger("sillage.start.warm-up.after-ms", 300));

    /**
     * Starts the steps {@link #AFTER_FIRST_FRAME} after {@code scene} has been laid out for its first frame:
     * steps that began at once made the opening frame appear 0.25-0.5 s later on screen (screenshots taken in a
     * loop from the launch), the window being painted only once mapped, a few pulses on.
     */
    public static void startAfterFirstFrame(Scene scene) {
        int asked = generation;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            var pause = new javafx.animation.PauseTransition(AFTER_FIRST_FRAME);
            pause.setOnFinished(e -> {
                if (generation == asked) {
                    start(); // unless the window was built (a stop) meanwhile
                }
            });
            pause.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Styles the other screens' kinds of control, each a later event on the JavaFX thread, unless a start or a
     * stop comes first; call from it, when the window is idle ({@code -Dsillage.start.warm-up=false} leaves it out
     * too, {@code -Dsillage.start.warm-up.later=false} this one only).
     */
    public static void later() {
        if (!Boolean.parseBoolean(System.getProperty("sillage.start.warm-up", "true"))
                || !Boolean.parseBoolean(System.getProperty("sillage.start.warm-up.later", "true"))) {
            return;
        }
        int chain = ++generation;
        Deque<Supplier<Node>> steps = new ArrayDeque<>(LATER_KINDS);
        Platform.runLater(() -> next(chain, steps));
    }

    /** How many steps {@link #later} has. */
    static int laterSteps() {
        return LATER_KINDS.size();
    }

    /** How many steps were done since the last start; read on the JavaFX thread. */
    static int stepsDone() {
        return done;
    }

    /** How many steps a start has. */
    static int steps() {
        return KINDS.size();
    }

    /** The real window is about to be built: no more steps; call on the JavaFX thread. */
    public static void stop() {
        generation++;
    }

    private static void next(int chain, Deque<Supplier<Node>> steps) {
        if (chain != generation || steps.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Node node = steps.pop().get();
        BorderPane root = new BorderPane(node);
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(Shell.STYLESHEET);
        root.applyCss();
        root.layout();
        done++;
        org.sillage.service.StartupTrace.mark("warm-up step " + (System.nanoTime() - started) / 1_000_000 + " ms");
        Platform.runLater(() -> next(chain, steps));
    }
}
