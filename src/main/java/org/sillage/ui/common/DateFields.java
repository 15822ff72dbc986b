package org.sillage.ui.common;

import java.time.LocalDate;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.sillage.domain.DateTimeInput;

/**
 * Date and time fields that take what people type (see {@link DateTimeInput}): 2026-12-15 or the
 * language's 15/12/2026 in a date picker, 9:00, 9h or 14:30 in a time field. Nothing typed is silently
 * erased: a text that does not parse stays, and {@link #dateValid} / {@link #timeValid} say so.
 */
public final class DateFields {
    private DateFields() {
    }

    /** Makes the picker editable, showing and reading dates in the language and in ISO. */
    public static void install(DatePicker picker, Locale locale) {
        picker.setEditable(true);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.format(DateTimeInput.numeric(locale));
            }

            @Override
            public LocalDate fromString(String text) {
                var d = DateTimeInput.date(text, locale);
                // a text that is no date leaves the value as it was; the field's hint says what is expected
                return d == null ? picker.getValue() : d.orElse(null);
            }
        });
        picker.setPromptText(DateTimeInput.example(locale));
        // the text is there from the start, not only once the picker is drawn: what is typed is what counts
        picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
    }

    /** The date in the picker's text, typed but perhaps not yet committed with Enter; null if none or not a date. */
    public static LocalDate typed(DatePicker picker, Locale locale) {
        var d = DateTimeInput.date(picker.getEditor().getText(), locale);
        return d == null ? null : d.orElse(null);
    }

    /** True while the picker's text is empty or a date. */
    public static BooleanBinding dateValid(DatePicker picker, Locale locale) {
        return Bindings.createBooleanBinding(() -> DateTimeInput.date(picker.getEditor().getText(), locale) != null,
                picker.getEditor().textProperty());
    }

    /**
     * A line that says, while the picker's text is no date, what was typed and how to write it (« « 31/02/2026 »
     * n'est pas une date … »); hidden, and taking no room, while the text is empty or a date.
     */
    public static javafx.scene.control.Label problem(DatePicker picker, org.sillage.i18n.Messages m) {
        BooleanBinding ok = dateValid(picker, m.locale());
        javafx.scene.control.Label said = new javafx.scene.control.Label();
        said.getStyleClass().add("field-error");
        said.setWrapText(true);
        said.textProperty().bind(Bindings.createStringBinding(() -> ok.get() ? ""
                : m.get("error.input.date", picker.getEditor().getText().strip(), DateTimeInput.example(m.locale())), ok));
        said.visibleProperty().bind(ok.not());
        said.managedProperty().bind(ok.not());
        return said;
    }

    /** True while the field is empty or a time. */
    public static BooleanBinding timeValid(TextField time) {
        return Bindings.createBooleanBinding(() -> DateTimeInput.time(time.getText()) != null, time.textProperty());
    }
}
