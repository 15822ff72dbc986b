package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * « Profil recherché », a section's heading, is a participle: no one is searching, and its first word is no
 * organisation; « X recherche un … » still names X (rules 43).
 */
class SoughtProfileHeadingTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aHeadingOfWhatIsSoughtNamesNoOrganisation() {
        assertThat(extractor.extract("""
                Pour candidater, contactez :

                Offre/ Stage

                Profil recherché

                Stage Ingénieur Système

                Le laboratoire travaille sur les organes sur puce.
                """).organization()).isNotEqualTo("Profil");
        assertThat(extractor.extract("Chargé de mission\n\nCompétences recherchées : gestion de projet.\n")
                .organization()).isNotEqualTo("Compétences");
    }

    @Test
    void theVerbStillNamesWhoRecruits() {
        assertThat(extractor.extract("Chargé de mission\n\nL'association Horizons recherche un chargé de mission pour"
                + " son pôle numérique.\n").organization()).isEqualTo("Horizons");
    }
}
