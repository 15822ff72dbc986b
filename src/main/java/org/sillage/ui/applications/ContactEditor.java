package org.sillage.ui.applications;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.sillage.domain.Contact;
import org.sillage.i18n.Messages;

/**
 * A dialog to write a contact or change one. What cannot be saved (no name, an address that is not one)
 * is said under the fields as the user types, and OK waits for it to be put right.
 */
final class ContactEditor {
    private ContactEditor() {
    }

    /** The contact as typed, or empty when cancelled; {@code sharedBy} > 1 says that the change shows on each. */
    static Optional<Contact> edit(Window owner, Messages m, Contact c, int sharedBy) {
        TextField name = field("contactName", c.name());
        TextField role = field("contactRole", c.role());
        role.setPromptText(m.get("contact.role_prompt"));
        TextField email = field("contactEmail", c.email());
        email.setPromptText("name@example.org");
        TextField phone = field("contactPhone", c.phone());
        TextArea notes = new TextArea(c.notes() == null ? "" : c.notes());
        notes.setId("contactNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        Label problem = new Label();
        problem.setId("contactProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, label(m.get("contact.name"), name), name);
        grid.addRow(1, label(m.get("contact.role"), role), role);
        grid.addRow(2, label(m.get("contact.email"), email), email);
        grid.addRow(3, label(m.get("contact.phone"), phone), phone);
        grid.addRow(4, label(m.get("contact.notes"), notes), notes);
        grid.add(problem, 1, 5);
        if (sharedBy > 1) {
            Label shared = new Label(m.get("contact.shared", sharedBy));
            shared.getStyleClass().add("text-muted");
            shared.setWrapText(true);
            shared.setMaxWidth(380);
            grid.add(shared, 1, 6);
        }

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get(c.id() == 0 ? "contact.new" : "contact.edit"));
        dialog.getDialogPane().setId("contactEditor");
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = org.sillage.ui.common.Dialogs.ok(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, org.sillage.ui.common.Dialogs.cancel(m));
        var typed = Bindings.createObjectBinding(() -> new Contact(c.id(), name.getText(), role.getText(), email.getText(),
                phone.getText(), notes.getText()), name.textProperty(), role.textProperty(), email.textProperty(),
                phone.textProperty(), notes.textProperty());
        var wrong = Bindings.createObjectBinding(() -> ContactsViewModel.problem(typed.get()), typed);
        // "a name is needed" is said only once something was typed; an address that is not one at once
        problem.textProperty().bind(Bindings.createStringBinding(() -> wrong.get() == null
                || ("error.contact.name".equals(wrong.get().key()) && name.getText().isEmpty()) ? ""
                : org.sillage.ui.common.Errors.describe(wrong.get(), m), wrong, name.textProperty()));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(wrong.isNotNull());
        dialog.setOnShown(ev -> name.requestFocus());
        if (dialog.showAndWait().filter(b -> b == ok).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(typed.get());
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
