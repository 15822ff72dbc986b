package org.sillage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * The style sheet parses without an error. A rule left unclosed by a merge made JavaFX drop every rule
 * after it (the board, tags, contacts and caseload styles) with only a warning on the console.
 */
class StyleSheetTest {
    @Test
    void the_style_sheet_parses_without_errors_and_keeps_every_rule() throws Exception {
        URL css = SillageFx.class.getResource("sillage.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        List<String> selectors = sheet.getRules().stream()
                .flatMap(r -> r.getSelectors().stream()).map(Object::toString).toList();
        // the last rules of the file are there too
        assertThat(String.join(" ", selectors)).contains("caseload-alert", "board-column", "flag-muted", "sheet-problems");
    }
}
