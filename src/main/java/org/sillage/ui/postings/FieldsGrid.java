package org.sillage.ui.postings;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.sillage.domain.Field;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.ui.shell.UiContext;

/**
 * Every field of a posting: its value (or a dash), a mark when the user corrected it, a button to
 * correct it, and — by clicking the value — where it came from in the text.
 */
final class FieldsGrid extends GridPane {
    /** Whether the posting's place implies a zone of its own; without a place, the zone is only the default. */
    private static boolean impliedByPlace(org.sillage.domain.PostingFields f) {
        return f.location() != null && !f.location().isBlank()
                && !org.sillage.domain.TimeZones.forPlace(f.location()).equals(org.sillage.domain.TimeZones.DEFAULT);
    }

    private final UiContext ctx;
    private final Consumer<Field> onReveal;
    private final BiConsumer<Field, String> onEdit;

    FieldsGrid(UiContext ctx, Consumer<Field> onReveal, BiConsumer<Field, String> onEdit) {
        this.ctx = ctx;
        this.onReveal = onReveal;
        this.onEdit = onEdit;
        setId("postingFields");
        getStyleClass().add("fields-grid");
        setHgap(12);
        setVgap(4);
        var value = new javafx.scene.layout.ColumnConstraints();
        value.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        value.setFillWidth(true);
        getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), value,
                new javafx.scene.layout.ColumnConstraints());
    }

    /** The fields shown, in reading order; the posting's language and cc are shown within others. */
    private static final Field[] SHOWN = {
        Field.ORGANIZATION, Field.LOCATION, Field.CONTRACT_TYPE, Field.DEADLINE, Field.DEADLINE_TIME,
        Field.DEADLINE_ZONE, Field.DEADLINE_OPEN_UNTIL_FILLED, Field.REQUIRED_DOCUMENTS, Field.APPLICATION_EMAILS,
        Field.CC_EMAILS, Field.APPLICATION_SUBJECT, Field.APPLICATION_URL, Field.POSTAL_ADDRESS, Field.START_DATE,
        Field.START_TEXT, Field.POSTED_DATE, Field.SALARY_TEXT, Field.REMOTE_TEXT, Field.EXPERIENCE_YEARS,
        Field.LANGUAGES_REQUIRED, Field.DRIVING_LICENCE, Field.TITLE,
    };

    void show(Posting p) {
        getChildren().clear();
        var m = ctx.messages();
        PostingFields f = p.effective();
        int row = 0;
        for (Field field : SHOWN) {
            String raw = f.format(field);
            String shown = display(field, f, raw);
            Label name = new Label(m.get(field.messageKey()));
            name.getStyleClass().add("field-name");
            name.setWrapText(true);
            name.setMaxWidth(200);
            Label value = new Label(shown == null ? "—" : shown);
            value.setId("field-" + field.key());
            value.setWrapText(true);
            // a wrapped value takes the height of its lines, never over the next row
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            value.getStyleClass().add(shown == null ? "field-empty" : "field-value");
            if (shown != null && !p.extracted().evidenceFor(field).isEmpty() && !p.isCorrected(field)) {
                value.getStyleClass().add("field-has-evidence");
                value.setTooltip(new Tooltip(m.get("posting.show_evidence")));
                value.setOnMouseClicked(e -> onReveal.accept(field));
            }
            HBox marks = new HBox(4);
            if (p.isCorrected(field)) {
                Label corrected = new Label(m.get("posting.corrected"));
                corrected.getStyleClass().add("corrected-badge");
                corrected.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                corrected.setId("corrected-" + field.key());
                corrected.setTooltip(new Tooltip(m.get("posting.corrected_tooltip",
                        p.extracted().format(field) == null ? "—" : p.extracted().format(field))));
                marks.getChildren().add(corrected);
            }
            Button edit = new Button(null, new FontIcon(Feather.EDIT_2));
            edit.setId("edit-" + field.key());
            edit.getStyleClass().addAll("flat", "small", "edit-field");
            edit.setTooltip(new Tooltip(m.get("posting.correct")));
            edit.setOnAction(e -> onEdit.accept(field, raw));
            marks.getChildren().add(edit);
            addRow(row++, name, value, marks);
        }
    }

    private String display(Field field, PostingFields f, String raw) {
        var m = ctx.messages();
        return switch (field) {
            case DEADLINE -> f.deadline() == null ? null : ctx.formats().date(f.deadline());
            case START_DATE -> f.startDate() == null ? null : ctx.formats().date(f.startDate());
            case POSTED_DATE -> f.postedDate() == null ? null : ctx.formats().date(f.postedDate());
            case DEADLINE_OPEN_UNTIL_FILLED -> f.deadlineOpenUntilFilled() ? m.get("posting.yes") : null;
            case DEADLINE_ZONE -> f.deadline() == null ? raw : raw != null ? raw
                    : impliedByPlace(f) ? m.get("posting.zone_implied", org.sillage.domain.TimeZones.forDeadline(f).getId())
                    : m.get("posting.zone_default", org.sillage.domain.TimeZones.DEFAULT.getId());
            case DRIVING_LICENCE -> f.drivingLicence() == null ? null
                    : m.get(f.drivingLicence() ? "posting.yes" : "posting.no");
            case REQUIRED_DOCUMENTS -> f.requiredDocuments().isEmpty() ? null : Documents.describe(f, m);
            // an address that only receives a copy is shown once, on its own row ("in copy"), not as the one to apply to
            case APPLICATION_EMAILS -> {
                List<String> own = f.applicationEmails().stream().filter(e -> !f.ccEmails().contains(e)).toList();
                yield own.isEmpty() ? null : String.join(", ", own);
            }
            default -> raw;
        };
    }
}
