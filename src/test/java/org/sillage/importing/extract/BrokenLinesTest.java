package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** Text whose lines were broken where a sentence goes on: hard-wrapped PDF text, literal line breaks. */
class BrokenLinesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aDateSplitFromItsYearAndTimeIsReadWhole() {
        PostingFields f = extractor.extract("""
                Animateur de réseau

                Les candidatures sont à envoyer avant le 19 février
                2026 à 12h00 à recrutement@reseau.example.fr.
                """);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(f.deadlineTime()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void aLiteralLineBreakLeftByAnExportBreaksTheLine() {
        PostingFields f = extractor.extract("Chargé de mission climat\\r\\n\\r\\nL'association agit pour le climat.\\r\\n");
        assertThat(f.title()).isEqualTo("Chargé de mission climat");
    }

    @Test
    void aLatexCommandIsNoLineBreak() {
        PostingFields f = extractor.extract("Ingénieur \\newline calcul\n\nLe laboratoire recrute.");
        assertThat(f.title()).isEqualTo("Ingénieur \\newline calcul");
    }
}
