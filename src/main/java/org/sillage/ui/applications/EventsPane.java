package org.sillage.ui.applications;

import java.time.LocalTime;
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
import org.sillage.ui.common.DateFields;
import org.sillage.ui.common.Errors;
import org.sillage.ui.shell.UiContext;

/** The dated things of an application: its deadline, and interviews, tests, follow-ups and expected answers. */
final class EventsPane extends VBox {
    private final UiContext ctx;
    private final Consumer<Long> reload;
    private final VBox list = new VBox(6);
    private final ComboBox<String> zone = new ComboBox<>();
    private final Label hint = new Label();
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
        java.util.Locale locale = m.locale();
        DatePicker date = new DatePicker();
        date.setId("eventDate");
        DateFields.install(date, locale);
        date.setAccessibleText(m.get("events.date"));
        TextField time = new TextField();
        time.setId("eventTime");
        time.setPromptText(m.get("events.time"));
        time.setAccessibleText(m.get("events.time"));
        time.setPrefColumnCount(6);
        zone.setId("eventZone");
        zone.setEditable(true);
        zone.getItems().setAll(ZONES);
        zone.setPrefWidth(170);
        zone.setAccessibleText(m.get("events.zone"));
        zone.setTooltip(new javafx.scene.control.Tooltip(m.get("events.zone")));
        var dateOk = DateFields.dateValid(date, locale);
        var timeOk = DateFields.timeValid(time);
        hint.setId("eventHint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> !dateOk.get()
                        ? m.get("error.input.date", date.getEditor().getText().strip(), org.sillage.domain.DateTimeInput.example(locale))
                        : !timeOk.get() ? m.get("error.input.time", time.getText().strip())
                        : m.get("events.hint", org.sillage.domain.DateTimeInput.example(locale)),
                dateOk, timeOk));
        dateOk.and(timeOk).addListener((obs, was, ok) -> {
            if (ok) {
                hint.getStyleClass().remove("field-error");
            } else if (!hint.getStyleClass().contains("field-error")) {
                hint.getStyleClass().add("field-error");
            }
        });
        hint.getStyleClass().add("text-muted");
        TextField place = new TextField();
        place.setId("eventPlace");
        place.setPromptText(m.get("events.place"));
        Button add = new Button(m.get("events.add"), new FontIcon(Feather.PLUS));
        add.setId("addEvent");
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> DateFields.typed(date, locale) == null || !timeOk.get(), date.getEditor().textProperty(), timeOk));
        add.setOnAction(e -> {
            var d = DateFields.typed(date, locale);
            if (d == null) {
                return;
            }
            LocalTime at = org.sillage.domain.DateTimeInput.time(time.getText()).orElse(null);
            var k = kind.getValue();
            String p = place.getText();
            String z = zone.getEditor().getText() == null || zone.getEditor().getText().isBlank() ? null
                    : zone.getEditor().getText().strip();
            date.setValue(null);
            date.getEditor().clear();
            time.clear();
            place.clear();
            work(() -> ctx.services().agenda().addEvent(applicationId, k, d, at, z, p, null));
            date.requestFocus();
        });
        FlowPane form = new FlowPane(8, 8, kind, date, time, zone, place, add);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, form, hint);
    }

    /** The zones offered; any other zone name may be typed. */
    static final java.util.List<String> ZONES = java.util.List.of("Europe/Paris", "Europe/Brussels", "Europe/Amsterdam",
            "Europe/Luxembourg", "Europe/Zurich", "Europe/London", "Africa/Casablanca", "Africa/Dakar", "Africa/Conakry",
            "America/Toronto", "UTC");

    void show(long applicationId, List<AgendaItem> items) {
        boolean other = this.applicationId != applicationId;
        this.applicationId = applicationId;
        if (other || zone.getEditor().getText() == null || zone.getEditor().getText().isBlank()) {
            // an event is in the posting's time zone unless said otherwise
            String z = items.stream().filter(i -> i.kind() == EventKind.DEADLINE).map(i -> i.zone().getId()).findFirst()
                    .orElse(java.time.ZoneId.systemDefault().getId());
            zone.setValue(z);
            zone.getEditor().setText(z);
        }
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
            Label what = new Label(m.get(i.kind().messageKey()) + (i.text() == null ? "" : ": " + i.text()) + " — " + when
                    + (i.place() == null ? "" : " · " + i.place()));
            what.getStyleClass().add("event-line");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.setMinWidth(120);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
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
                Label hint = new Label(m.get(i.kind() == EventKind.NEXT_ACTION ? "events.next_action_hint"
                        : "events.deadline_hint"));
                hint.getStyleClass().add("text-muted");
                hint.setMinWidth(Region.USE_PREF_SIZE);
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
