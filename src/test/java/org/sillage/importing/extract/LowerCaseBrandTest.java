package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body that writes its name in small letters, found where a sentence defines it and its address bears it. */
class LowerCaseBrandTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aSmallLetterNameDefinedAndInTheAddressIsTheOrganisation() {
        assertThat(extractor.extract("""
                Stage UX (6 mois)

                Contexte et atouts du poste.

                brevetix est une startup en TAL qui travaille sur la rédaction de brevets. Nous sommes une entreprise
                de 5 personnes.

                Compétences
                - HTML5, CSS, Javascript

                Envoyez-nous votre CV : jobs@brevetix.com
                """).organization()).isEqualTo("brevetix");
    }

    @Test
    void aSmallLetterWordWithoutTheAddressStaysAWord() {
        assertThat(extractor.extract("""
                Stage UX (6 mois)

                brevetix est une startup en TAL qui travaille sur la rédaction de brevets.

                Envoyez-nous votre CV : jobs@example.com
                """).organization()).isNotEqualTo("brevetix");
    }
}
