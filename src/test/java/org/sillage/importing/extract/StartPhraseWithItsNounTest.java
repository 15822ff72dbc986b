package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A vague start is written with the noun that leads it on its line: « Prise de poste mi-février 2024 » (rules 33); a label with its colon
 * is not (« Début : Début 2026 », rules 42). */
class StartPhraseWithItsNounTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theNounLeadingTheStart() {
        assertThat(extractor.extract("Chargé de diffusion\n\nCDI à temps plein. Prise de poste mi-février 2024.\n").startText())
                .isEqualTo("Prise de poste mi-février 2024");
        assertThat(extractor.extract("Assistant de coordination\n\nPoste à pourvoir fin janvier 2021.\n").startText())
                .isEqualTo("Poste à pourvoir fin janvier 2021");
    }

    @Test
    void aWordEndingLikeTheNounIsNotIt() {
        assertThat(extractor.extract("Enseignant\n\nComposte à pourvoir fin janvier 2021.\n").startText())
                .isNotEqualTo("Composte à pourvoir fin janvier 2021");
    }

    @Test
    void aLabelWithItsColonIsNotPartOfTheStart() {
        assertThat(extractor.extract("Stage Ingénieur Système\n\nDurée : 6 mois\n\nDébut : Début 2026\n\nLieu : Grenoble\n")
                .startText()).isEqualTo("Début 2026");
        assertThat(extractor.extract("Research Engineer\n\nDuration: 12 months\nStart: March 2026\nPlace: Lille\n")
                .startText()).isEqualTo("March 2026");
        // without a colon the label leads the phrase, as before
        assertThat(extractor.extract("Chargé de mission\n\n- Démarrage dès que possible\n- CDD de 6 mois\n").startText())
                .isEqualTo("Démarrage dès que possible");
    }
}
