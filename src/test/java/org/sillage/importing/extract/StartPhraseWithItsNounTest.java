package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A vague start is written with the noun that leads it on its line: « Prise de poste mi-février 2024 » (rules 33). */
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
}
