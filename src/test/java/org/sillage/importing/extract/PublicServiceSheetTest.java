package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** A French local body's offer sheet: « Employeur : », « Poste : », « Résidence administrative : » labels. */
class PublicServiceSheetTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void eachLabelGivesItsField() {
        PostingFields p = extractor.extract("""
                Synthèse de l'offre

                Employeur : Mairie de Wattrelos
                Place de la Mairie
                59150 Wattrelos

                Grade(s) : Adjoint technique
                Poste : Agent d'entretien des espaces verts (H/F)
                Résidence administrative : Wattrelos
                Date limite de candidature : 28/02/2025

                Missions
                Entretien des espaces verts de la commune.

                Contact
                Envoyer CV et lettre de motivation à Monsieur le Maire, rh@ville-wattrelos.fr
                """);
        assertThat(p.title()).isEqualTo("Agent d'entretien des espaces verts (H/F)");
        assertThat(p.organization()).isEqualTo("Mairie de Wattrelos");
        assertThat(p.location()).isEqualTo("Wattrelos");
    }

    @Test
    void aPostLabelOnlyBeforeAColon() {
        assertThat(extractor.extract("""
                Animateur jeunesse (H/F)

                Poste
                Vous animerez des ateliers pour les jeunes du quartier.
                """).title()).isEqualTo("Animateur jeunesse (H/F)");
    }
}
