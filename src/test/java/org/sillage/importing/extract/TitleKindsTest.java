package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** Titles written after a label or a date on their own line. */
class TitleKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLabelBeforeTheTitleOnItsLineGoes() {
        PostingFields f = extractor.extract("""
                Poste : Animatrice / animateur nature

                Le centre accueille des classes vertes toute l'année.
                """);
        assertThat(f.title()).isEqualTo("Animatrice / animateur nature");
    }

    @Test
    void aDutchWantedLabelGoes() {
        PostingFields f = extractor.extract("""
                Gezocht: tuinier met groene vingers

                Wij zoeken iemand voor onze moestuin.
                """);
        assertThat(f.title()).isEqualTo("Tuinier met groene vingers");
    }

    @Test
    void aJobProfileHeadingInCapitalsGoes() {
        PostingFields f = extractor.extract("""
                PROFIL DE POSTE CHARGÉ DE MÉDIATION SCIENTIFIQUE

                Finalité du poste
                Faire connaître les collections.
                """);
        assertThat(f.title()).isEqualTo("CHARGÉ DE MÉDIATION SCIENTIFIQUE");
    }

    @Test
    void theMonthOfThePostingBeforeTheTitleGoes() {
        PostingFields f = extractor.extract("""
                March 2024 - Field Technician Co-op

                Join our water quality team for a four-month term.
                """);
        assertThat(f.title()).isEqualTo("Field Technician Co-op");
    }
}
