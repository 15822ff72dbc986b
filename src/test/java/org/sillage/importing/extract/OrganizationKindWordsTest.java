package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A kind of body alone is no employer; a name after a tag or with a possessive is the name. */
class OrganizationKindWordsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aKindOfBodyAloneIsNoEmployer() {
        assertThat(extractor.extract("""
                Chargé de mission biodiversité au Département environnement

                Département. Vous rejoindrez une équipe de dix personnes.
                """).organization()).isNotEqualToIgnoringCase("Département");
    }

    @Test
    void aNameAfterAnHtmlTag() {
        assertThat(extractor.extract("""
                Commercial(e) en alternance

                <em>Polymny Studio recrute un.e commercial.e en alternance</em>

                Polymny Studio est une jeune entreprise de l'économie sociale et solidaire.
                """).organization()).isEqualTo("Polymny Studio");
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        assertThat(OrganizationNames.withoutPossessive("FEMTO's")).isEqualTo("FEMTO");
        assertThat(OrganizationNames.withoutPossessive("CNRS’s")).isEqualTo("CNRS");
        assertThat(OrganizationNames.withoutPossessive("Sainsbury's")).isEqualTo("Sainsbury's");
        assertThat(OrganizationNames.withoutPossessive("Ross")).isEqualTo("Ross");
    }
}
