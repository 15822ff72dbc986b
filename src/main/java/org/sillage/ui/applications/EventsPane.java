package org.sillage.ui.applications;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.EventKind;
import org.sillage.domain.UserException;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The dated things of an application: its deadline, and interviews, tests, follow-ups and expected answers. */
final class EventsPane extends VBox {
    private final UiContext ctx;
    private final Consumer<Long> reload;
    private final VBox list = new VBox(6);
    private long applicationId;

    EventsPane(UiContext ctx, Consumer<Long> reload) {
        this.ctx = ctx;
        this.reload = reload;
        setId("events");
        setSpacing(10);
        setPadding(new Insets(10, 0, 0, 0));
        var m = ctx.messages();
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.setId("eventKind");
        kind.getItems().setAll(EventKind.INTERVIEW, EventKind.WRITTEN_TEST, EventKind.FOLLOW_UP, EventKind.EXPECTED_ANSWER);
        kind.setValue(EventKind.INTERVIEW);
        kind.setConverter(Converters.showing(k -> m.get(k.messageKey())));
        DatePicker date = new DatePicker();
        date.setId("eventDate");
        date.setPromptText(m.get("events.date"));
        TextField time = new TextField();
        time.setId("eventTime");
        time.setPromptText(m.get("events.time"));
        time.setPrefColumnCount(8);
        TextField place = new TextField();
        place.setId("eventPlace");
        place.setPromptText(m.get("events.place"));
        Button add = new Button(m.get("events.add"), new FontIcon(Feather.PLUS));
        add.setId("addEvent");
        add.disableProperty().bind(date.valueProperty().isNull());
        add.setOnAction(e -> {
            LocalTime at;
            try {
                at = time.getText().isBlank() ? null : LocalTime.parse(time.getText().strip().replace('h', ':'));
            } catch (DateTimeParseException ex) {
                Errors.show(ctx.window().get(), new UserException(ex, "error.event.time", time.getText()), m);
                return;
            }
            var k = kind.getValue();
            var d = date.getValue();
            String p = place.getText();
            date.setValue(null);
            time.clear();
            place.clear();
            work(() -> ctx.services().agenda().addEvent(applicationId, k, d, at, null, p, null));
        });
        FlowPane form = new FlowPane(8, 8, kind, date, time, place, add);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, form);
    }

    void show(long applicationId, List<AgendaItem> items) {
        this.applicationId = applicationId;
        list.getChildren().clear();
        var m = ctx.messages();
        if (items.isEmpty()) {
            Label none = new Label(m.get("events.empty"));
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        for (AgendaItem i : items) {
            String when = ctx.formats().date(i.date()) + (i.time() == null ? "" : " " + i.time()
                    + (i.zone().equals(java.time.ZoneId.systemDefault()) ? "" : " (" + i.zone().getId() + ")"));
            Label what = new Label(m.get(i.kind().messageKey()) + " — " + when
                    + (i.place() == null ? "" : " · " + i.place()));
            what.getStyleClass().add("event-line");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, what, spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(i.done() ? "event-done" : "event-open");
            if (i.eventId() != null) {
                CheckBox done = new CheckBox(m.get("events.done"));
                done.setId("done-" + i.eventId());
                done.setSelected(i.done());
                done.selectedProperty().addListener((obs, was, now) ->
                        work(() -> ctx.services().agenda().setDone(i.eventId(), now)));
                Button edit = new Button(null, new FontIcon(Feather.EDIT_2));
                edit.getStyleClass().addAll("flat", "small");
                edit.setId("editEvent-" + i.eventId());
                edit.setOnAction(e -> edit(i.eventId()));
                Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
                delete.getStyleClass().addAll("flat", "small");
                delete.setId("deleteEvent-" + i.eventId());
                delete.setOnAction(e -> work(() -> {
                    ctx.services().agenda().deleteEvent(i.eventId());
                    return null;
                }));
                row.getChildren().addAll(done, edit, delete);
            } else {
                Label hint = new Label(m.get("events.deadline_hint"));
                hint.getStyleClass().add("text-muted");
                row.getChildren().add(hint);
            }
            list.getChildren().add(row);
        }
    }

    private void edit(long eventId) {
        var m = ctx.messages();
        BackgroundTask.wrap(c -> ctx.services().agenda().events(applicationId).stream()
                        .filter(e -> e.id() == eventId).findFirst().orElseThrow(
                                () -> new UserException("error.event.not_found", eventId)))
                .onSuccess(event -> {
                    try {
                        EventEditor.edit(ctx.window().get(), m, event)
                                .ifPresent(changed -> work(() -> ctx.services().agenda().updateEvent(changed)));
                    } catch (UserException e) {
                        Errors.show(ctx.window().get(), e, m);
                    }
                })
                .onFailure(e -> Errors.show(ctx.window().get(), e, m)).run(ctx.executor());
    }

    private void work(java.util.concurrent.Callable<?> action) {
        BackgroundTask.wrap(c -> action.call()).onSuccess(v -> reload.accept(applicationId))
                .onFailure(e -> {
                    Errors.show(ctx.window().get(), e, ctx.messages());
                    reload.accept(applicationId);
                }).run(ctx.executor());
    }
}
