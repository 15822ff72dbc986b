package org.sillage.ui.shell;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.service.ReminderService;
import org.sillage.service.ReminderService.Reminder;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Errors;

/**
 * The reminders, at the top of the window: deadlines within N days and overdue follow-ups, each with
 * Open, Snooze (one day) and Dismiss. Checked at start, every quarter of an hour and after each change;
 * new ones also go to the system's notifications where there are any.
 */
final class ReminderBar extends VBox {
    private static final int SHOWN = 3;

    private final UiContext ctx;
    private final Set<String> notified = new HashSet<>();
    private int notifiedOthers;
    private final Timeline timer;
    private final SystemNotifier notifier;

    ReminderBar(UiContext ctx) {
        this.ctx = ctx;
        this.notifier = new SystemNotifier(ctx.messages().get("app.name"));
        setId("reminderBar");
        getStyleClass().add("reminder-bar");
        setSpacing(4);
        setPadding(new Insets(6, 12, 6, 12));
        timer = new Timeline(new KeyFrame(javafx.util.Duration.minutes(15), e -> refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        setVisible(false);
        setManaged(false);
    }

    void refresh() {
        BackgroundTask.wrap(c -> ctx.services().reminders().summary(SHOWN)).onSuccess(this::show)
                .onFailure(e -> Errors.describe(e, ctx.messages())).run(ctx.executor());
    }

    void stop() {
        // a timeline is stopped on the JavaFX thread: stopped from another (a test closing the window), it raced the
        // pulse that walks the running timelines, which then failed on a null receiver in a later window's pulse
        if (javafx.application.Platform.isFxApplicationThread()) {
            timer.stop();
        } else {
            try {
                javafx.application.Platform.runLater(timer::stop);
            } catch (IllegalStateException exited) {
                // the toolkit has exited, and its timelines with it
            }
        }
        notifier.close();
    }

    private void show(ReminderService.Summary due) {
        getChildren().clear();
        boolean any = due.count() > 0;
        setVisible(any);
        setManaged(any);
        for (Reminder r : due.first()) {
            getChildren().add(row(r));
        }
        int others = due.count() - due.first().size();
        if (others > 0) {
            Button more = new Button(ctx.messages().get("reminder.more", others));
            more.getStyleClass().addAll("flat", "small");
            more.setOnAction(e -> ctx.navigator().showAgenda());
            getChildren().add(more);
        }
        // a system notification for each of the first few that is new, then one for the others when there
        // are more of them than last time: only the first few are read (ADR 0028 addendum)
        for (Reminder r : due.first()) {
            if (notified.add(r.key())) {
                notifier.notify(text(r));
            }
        }
        if (others > notifiedOthers) {
            notifier.notify(ctx.messages().get("reminder.more", others - notifiedOthers));
        }
        notifiedOthers = others;
    }

    private String text(Reminder r) {
        var m = ctx.messages();
        var i = r.item();
        String when = ctx.formats().date(i.date()) + (i.time() == null ? "" : " " + i.time());
        // {2} says what is coming up: an interview, a written test...
        return m.get("reminder." + r.kind().name().toLowerCase(Locale.ROOT), i.title() == null ? "" : i.title(), when,
                i.isAction() ? m.get(i.actionOwner().messageKey()) : i.text() != null ? i.text() : m.get(i.kind().messageKey()));
    }

    private HBox row(Reminder r) {
        var m = ctx.messages();
        Label text = new Label(text(r), new FontIcon(Feather.BELL));
        text.setWrapText(true);
        text.getStyleClass().add("reminder-" + r.kind().name().toLowerCase(Locale.ROOT));
        Button open = new Button(m.get("reminder.open"));
        open.getStyleClass().addAll("small");
        open.setOnAction(e -> ctx.navigator().open(r.item()));
        Button snooze = new Button(m.get("reminder.snooze"));
        snooze.getStyleClass().addAll("small", "snooze-button");
        snooze.setOnAction(e -> act(() -> ctx.services().reminders().snooze(r.key(), Duration.ofDays(1))));
        Button dismiss = new Button(m.get("reminder.dismiss"));
        dismiss.getStyleClass().addAll("small", "dismiss-button");
        dismiss.setOnAction(e -> act(() -> ctx.services().reminders().dismiss(r.key())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : List.of(open, snooze, dismiss)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, text, spacer, open, snooze, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("reminder");
        return row;
    }

    private void act(Runnable action) {
        BackgroundTask.wrap(c -> {
            action.run();
            return null;
        }).onSuccess(v -> refresh()).onFailure(e -> Errors.show(ctx.window().get(), e, ctx.messages()))
                .run(ctx.executor());
    }
}
