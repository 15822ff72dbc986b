package org.sillage.ui.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.EventKind;
import org.sillage.domain.NextAction;
import org.sillage.ui.applications.ApplicationsViewModel.Details;
import org.sillage.ui.common.BackgroundTask;
import org.sillage.ui.common.Converters;
import org.sillage.ui.common.DateFields;
import org.sillage.ui.common.Dialogs;
import org.sillage.ui.shell.UiContext;

/**
 * Above an application's timeline: a new status with its date and a note, and the next action with its date,
 * proposed again when a status is chosen, applied with the status or saved alone. Moving to Applied while required
 * documents are not ready warns first.
 */
final class StatusForm extends VBox {
    /** A date picker narrower than this cuts the date it shows ("12/15/20"). */
    private static final double DATE_MIN_WIDTH = 142;

    private final UiContext ctx;
    private final ApplicationsViewModel vm;
    private final ShownApplication shown;
    private final DatePicker statusDate = new DatePicker();
    private final DatePicker nextDate = new DatePicker();
    /** Whether the next action's date field is empty or a date (a status change saves it too). */
    private final BooleanProperty nextDateOk = new SimpleBooleanProperty(true);

    StatusForm(UiContext ctx, ApplicationsViewModel vm, ShownApplication shown) {
        super(10);
        this.ctx = ctx;
        this.vm = vm;
        this.shown = shown;
        getChildren().addAll(statusForm(), nextActionForm());
    }

    private VBox statusForm() {
        var m = ctx.messages();
        ComboBox<ApplicationStatus> choice = new ComboBox<>();
        choice.setId("statusChoice");
        choice.getItems().setAll(ApplicationStatus.values());
        choice.setPromptText(m.get("application.new_status"));
        // a combo box cleared after use forgets its prompt; this cell keeps it
        choice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ApplicationStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? m.get("application.new_status") : m.get(s.messageKey()));
            }
        });
        choice.setConverter(Converters.showing(s -> m.get(s.messageKey())));
        choice.valueProperty().bindBidirectional(vm.nextStatus());
        choice.setMinWidth(Region.USE_PREF_SIZE);
        DatePicker on = statusDate;
        on.setId("statusDate");
        DateFields.install(on, m.locale());
        on.setPromptText(m.get("application.status_today"));
        on.setTooltip(new Tooltip(m.get("application.status_date")));
        on.setAccessibleText(m.get("application.status_date"));
        on.setPrefWidth(140);
        on.setMinWidth(DATE_MIN_WIDTH);
        TextField note = new TextField();
        note.setId("noteField");
        note.setPromptText(m.get("application.note_prompt"));
        note.textProperty().bindBidirectional(vm.note());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button apply = new Button(m.get("application.apply_status"));
        apply.setId("applyStatus");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.getStyleClass().add("accent");
        // a date that does not read is never replaced by today: the change waits until it is written right
        var dateOk = DateFields.dateValid(on, m.locale());
        apply.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canApply() || !dateOk.get() || !nextDateOk.get(),
                vm.nextStatus(), vm.selected(), dateOk, nextDateOk));
        apply.setOnAction(e -> applyStatus());
        note.setOnAction(e -> {
            if (vm.canApply() && dateOk.get() && nextDateOk.get()) {
                applyStatus();
            }
        });
        // the status and its date on one line, the note and the button on the next: three controls and the button
        // on one line were cut in an 800 pixels wide window ("Ne…", "Chang…"), and so was the button after them
        HBox row = new HBox(8, choice, on);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox noteRow = new HBox(8, note, apply);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = DateFields.problem(on, m);
        problem.setId("statusDateProblem");
        return new VBox(8, row, problem, noteRow);
    }

    /**
     * The next action: what the application holds, replaced by the proposal of a status when one is chosen
     * above; applied with the status, or saved alone.
     */
    private VBox nextActionForm() {
        var m = ctx.messages();
        Label label = new Label(m.get("application.next_action"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField text = new TextField();
        text.setId("nextActionField");
        text.setPromptText(m.get("application.next_action_prompt"));
        text.setAccessibleText(m.get("application.next_action"));
        text.textProperty().bindBidirectional(vm.nextText());
        HBox.setHgrow(text, Priority.ALWAYS);
        nextDate.setId("nextActionDate");
        DateFields.install(nextDate, m.locale());
        nextDate.setAccessibleText(m.get("application.next_action_date"));
        nextDate.setTooltip(new Tooltip(m.get("application.next_action_date")));
        nextDate.setPrefWidth(140);
        nextDate.setMinWidth(DATE_MIN_WIDTH);
        nextDate.valueProperty().bindBidirectional(vm.nextOn());
        Button save = new Button(m.get("application.save_next_action"));
        save.setId("saveNextAction");
        save.setMinWidth(Region.USE_PREF_SIZE);
        nextDateOk.bind(DateFields.dateValid(nextDate, m.locale()));
        save.disableProperty().bind(nextDateOk.not());
        save.setOnAction(e -> {
            var next = formNextAction();
            shown.act(id -> vm.saveNextAction(id, next), m.get("application.next_action_saved"));
        });
        vm.nextStatus().addListener((obs, old, to) -> {
            Details d = vm.selected().get();
            if (to != null && d != null && to != d.view().application().status()) {
                long id = d.id();
                BackgroundTask.wrap(c -> vm.proposal(id, to)).onSuccess(p -> {
                    if (to == vm.nextStatus().get()) {
                        vm.offer(p);
                    }
                }).onFailure(shown::fail).run(ctx.executor());
            }
        });
        // the label above the fields: beside them it left the text a few letters in an 800 pixels wide window
        HBox form = new HBox(8, text, nextDate, save);
        form.setAlignment(Pos.CENTER_LEFT);
        Label problem = DateFields.problem(nextDate, m);
        problem.setId("nextActionDateProblem");
        return new VBox(4, label, form, problem);
    }

    /** The next action as typed (a date typed but not yet committed counts). */
    private NextAction formNextAction() {
        LocalDate typed = DateFields.typed(nextDate, ctx.messages().locale());
        return new NextAction(vm.nextText().get(), typed != null ? typed : vm.nextOn().get());
    }

    /** Moving to Applied while required documents are not ready warns first; the user may go on. */
    private void applyStatus() {
        long id = vm.selected().get().id();
        ApplicationStatus to = vm.nextStatus().get();
        String note = vm.note().get();
        LocalDate on = DateFields.typed(statusDate, ctx.messages().locale());
        if (to != ApplicationStatus.APPLIED) {
            doApply(id, to, note, on);
            return;
        }
        BackgroundTask.wrap(c -> vm.missing(id)).onSuccess(missing -> {
            if (missing.isEmpty() || confirmMissing(missing)) {
                doApply(id, to, note, on);
            }
        }).onFailure(shown::fail).run(ctx.executor());
    }

    private boolean confirmMissing(List<ChecklistItem> missing) {
        var m = ctx.messages();
        String names = missing.stream().map(i -> "• " + DocumentNames.name(i, m)).collect(Collectors.joining("\n"));
        ButtonType anyway = new ButtonType(m.get("application.apply_anyway"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, m.get("application.missing_text", names), anyway,
                Dialogs.cancel(m));
        alert.initOwner(ctx.window().get());
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(m.get("application.missing_header"));
        alert.getDialogPane().setId("missingDocumentsDialog");
        return alert.showAndWait().filter(b -> b == anyway).isPresent();
    }

    private void doApply(long id, ApplicationStatus to, String note, LocalDate on) {
        var next = formNextAction();
        BackgroundTask.wrap(c -> vm.changeStatus(id, to, note, on, next)).onSuccess(details -> {
            vm.show(details);
            statusDate.setValue(null);
            statusDate.getEditor().clear();
            var m = ctx.messages();
            String said = m.get("application.status_changed", m.get(to.messageKey()));
            if (to == ApplicationStatus.APPLIED) {
                said += " " + details.agenda().stream()
                        .filter(i -> i.kind() == EventKind.FOLLOW_UP && !i.done()).findFirst()
                        .map(i -> m.get("application.follow_up_proposed", ctx.formats().date(i.date()))).orElse("");
            }
            ctx.taskBar().say(said.strip());
            ctx.navigator().applicationChanged(details.id(), details.view().application().postingId());
        }).onFailure(shown::fail).run(ctx.executor());
    }
}
