package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A body's name that says its town (rules 27): « se déroulera au Centre de Recherche … de Nancy », a line naming a
 * faculty, its university and then its town; not a body named in passing ("University of Vienna policy").
 */
class BodyAndItsTownTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theBodyTheWorkTakesPlaceAtSaysItsTown() {
        String posting = """
                Stage M2 : apprentissage auto-supervisé pour le démixage de signaux

                Sujet : les méthodes auto-supervisées appliquées aux signaux mélangés de capteurs industriels.

                Conditions : le stage se déroulera au Centre de Recherche en Automatique de Nancy, au sein d'une équipe de six personnes.

                Candidature : envoyer CV et relevés de notes à stage@exemple.fr
                """;
        assertThat(extractor.extract(posting).location()).isEqualTo("Nancy");
    }

    @Test
    void aBodysLineEndingWithItsTown() {
        String posting = """
                Recrutement d'un.e Professeur.e des universités en Biologie Moléculaire

                Faculté des Sciences et Ingénierie, Sorbonne Université, Paris

                Campagne d'emploi 2025. Enseignement : biologie moléculaire en licence et en master.
                """;
        assertThat(extractor.extract(posting).location()).isEqualTo("Paris");
    }

    @Test
    void aBodyNamedInPassingSaysNothing() {
        String posting = """
                PhD position in computational social science

                We study online platforms with large data sets and field experiments.

                In line with University of Vienna policy, women and members of under-represented groups are particularly encouraged to apply, and diversity is welcome.
                """;
        assertThat(extractor.extract(posting).location()).isNull();
    }
}
