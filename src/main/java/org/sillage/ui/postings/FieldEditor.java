package org.sillage.ui.postings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sillage.domain.ContractType;
import org.sillage.domain.Field;
import org.sillage.i18n.Messages;

/** A small dialog to correct one field, with the control that fits its type. */
final class FieldEditor {
    /** What the user chose: a new value, or going back to the extracted value. */
    record Result(String value, boolean reset) {
    }

    private FieldEditor() {
    }

    static Optional<Result> ask(Window owner, Messages m, Field field, String current, boolean corrected) {
        Supplier<String> read;
        Node control;
        // what the field holds reads as its kind (true while it is being typed right): Save waits for it
        javafx.beans.value.ObservableBooleanValue valid = new javafx.beans.property.SimpleBooleanProperty(true);
        Label problem = null;
        switch (field.kind()) {
            case DATE -> {
                DatePicker picker = new DatePicker(current == null ? null : LocalDate.parse(current));
                org.sillage.ui.common.DateFields.install(picker, m.locale());
                valid = org.sillage.ui.common.DateFields.dateValid(picker, m.locale());
                problem = org.sillage.ui.common.DateFields.problem(picker, m);
                control = picker;
                read = () -> {
                    LocalDate typed = org.sillage.ui.common.DateFields.typed(picker, m.locale());
                    return typed == null ? picker.getEditor().getText().strip() : typed.toString();
                };
            }
            case BOOLEAN -> {
                CheckBox box = new CheckBox(m.get(field.messageKey()));
                box.setSelected(Boolean.parseBoolean(current));
                control = box;
                read = () -> Boolean.toString(box.isSelected());
            }
            case CONTRACT -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.getItems().add("");
                Arrays.stream(ContractType.values()).map(ContractType::code).forEach(combo.getItems()::add);
                combo.setValue(current == null ? "" : current);
                control = combo;
                read = combo::getValue;
            }
            default -> {
                TextField text = new TextField(current == null ? "" : current);
                text.setPrefColumnCount(40);
                control = text;
                read = text::getText;
            }
        }
        control.setId("fieldEditorValue");
        // a date's hint shows the language's way of writing one; other hints take no argument
        Label hint = new Label(m.get("field.hint." + field.kind().name().toLowerCase(java.util.Locale.ROOT),
                org.sillage.domain.DateTimeInput.example(m.locale())));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("posting.correct"));
        dialog.setHeaderText(m.get(field.messageKey()));
        dialog.getDialogPane().setId("fieldEditor");
        VBox content = new VBox(8, control, hint);
        if (problem != null) {
            problem.setId("fieldEditorProblem");
            content.getChildren().add(1, problem);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(m.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType(m.get("posting.reset"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, org.sillage.ui.common.Dialogs.cancel(m));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
        if (corrected) {
            dialog.getDialogPane().getButtonTypes().add(reset);
            // its words are longer than Save's: it keeps them whole ("Back to what Sillage read")
            ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(reset), false);
            dialog.getDialogPane().lookupButton(reset).setId("fieldEditorReset");
        }
        dialog.setResultConverter(b -> b == save ? new Result(read.get(), false)
                : b == reset ? new Result(null, true) : null);
        return dialog.showAndWait();
    }
}
