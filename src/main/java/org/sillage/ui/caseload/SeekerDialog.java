package org.sillage.ui.caseload;

import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.sillage.domain.Seeker;
import org.sillage.i18n.Messages;
import org.sillage.ui.common.DateFields;
import org.sillage.ui.common.Dialogs;

/**
 * A job seeker's profile, to add or edit (issue 9): name, contact, target jobs, notes, report language,
 * the consent record (the day, and what the person agreed may be kept and shared) and, for an existing
 * person, whether their support has ended.
 */
final class SeekerDialog {
    /** What was typed: the profile, and whether the support has ended. */
    record Result(Seeker.Details details, boolean ended) {
    }

    private SeekerDialog() {
    }

    /** Asks for a profile; {@code existing} null adds a person. Empty when cancelled. */
    static Optional<Result> ask(javafx.stage.Window owner, Messages m, Seeker existing) {
        Dialog<Result> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("app.name"));
        dialog.setHeaderText(existing == null ? m.get("seeker.dialog.add") : m.get("seeker.dialog.edit", existing.displayName()));
        dialog.getDialogPane().setId("seekerDialog");
        ButtonType ok = Dialogs.ok(m);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel(m));
        Seeker.Details d = existing == null ? new Seeker.Details(null, null, null, null, null, null, null, null, null, null)
                : existing.details();

        TextField displayName = field("seekerName", d.displayName());
        TextField firstName = field("seekerFirstName", d.firstName());
        TextField lastName = field("seekerLastName", d.lastName());
        TextField email = field("seekerEmail", d.email());
        TextField phone = field("seekerPhone", d.phone());
        TextArea targetJobs = area("seekerTargetJobs", d.targetJobs(), 2);
        TextArea notes = area("seekerNotes", d.notes(), 3);
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("", "fr", "en"));
        language.setId("seekerLanguage");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? m.get("seeker.language.default")
                        : code.equals("fr") ? m.get("seeker.language.fr") : m.get("seeker.language.en");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setValue(d.reportLanguage() == null ? "" : d.reportLanguage());
        DatePicker consentOn = new DatePicker(d.consentOn());
        consentOn.setId("seekerConsentOn");
        DateFields.install(consentOn, m.locale());
        TextArea consentScope = area("seekerConsentScope", d.consentScope(), 2);
        CheckBox ended = new CheckBox(m.get("seeker.field.ended"));
        ended.setId("seekerEnded");
        ended.setSelected(existing != null && !existing.active());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setPrefWidth(180);
        labels.setMaxWidth(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(220);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        row = add(grid, row, m.get("seeker.field.display_name"), displayName);
        row = add(grid, row, m.get("seeker.field.first_name"), firstName);
        row = add(grid, row, m.get("seeker.field.last_name"), lastName);
        row = add(grid, row, m.get("seeker.field.email"), email);
        row = add(grid, row, m.get("seeker.field.phone"), phone);
        row = add(grid, row, m.get("seeker.field.target_jobs"), targetJobs);
        row = add(grid, row, m.get("seeker.field.notes"), notes);
        row = add(grid, row, m.get("seeker.field.report_language"), language);
        row = add(grid, row, m.get("seeker.field.consent_on"), consentOn);
        row = add(grid, row, m.get("seeker.field.consent_scope"), consentScope);
        if (existing != null && !existing.isDefault()) {
            grid.add(ended, 1, row);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(520);
        dialog.getDialogPane().setContent(scroll);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("seekerSave");
        okButton.disableProperty().bind(displayName.textProperty().isEmpty()
                .or(DateFields.dateValid(consentOn, m.locale()).not()));
        dialog.setOnShown(e -> displayName.requestFocus());
        dialog.setResultConverter(b -> b != ok ? null : new Result(new Seeker.Details(displayName.getText(),
                firstName.getText(), lastName.getText(), email.getText(), phone.getText(), targetJobs.getText(),
                notes.getText(), language.getValue(), DateFields.typed(consentOn, m.locale()), consentScope.getText()),
                ended.isSelected()));
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, String value, int rows) {
        TextArea a = new TextArea(value == null ? "" : value);
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    private static int add(GridPane grid, int row, String label, javafx.scene.control.Control field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setWrapText(true);
        l.setMaxWidth(190);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setAccessibleText(label);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }
}
