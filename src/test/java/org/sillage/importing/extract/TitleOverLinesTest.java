package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title a PDF broke over lines, a title under a label of its own, and the kind of offer above the title. */
class TitleOverLinesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private String title(String text) {
        return extractor.extract(text).title();
    }

    @Test
    void aRecruitingSentenceIsCutBeforeWhatThePersonWillDoAndDoesNotGoOnBelow() {
        // the line is a finished sentence: the paragraph below is not its title's end
        assertThat(title("""
                We are looking for a Finance Officer to join our team.

                Send your CV to jobs@example.org by 15 March 2024.
                """)).isEqualTo("Finance Officer");
        assertThat(title("""
                We are looking for a Finance Officer to support our team.

                The role is part-time.
                """)).isEqualTo("Finance Officer");
    }

    @Test
    void aLineEndingOnAWordThatNeedsMoreGoesOnBelow() {
        assertThat(title("""
                Méthode d’analyse différentielle par groupe de gènes pour les
                données single-cell RNA-seq appliquées dans la recherche vaccinale

                Stage M2/Fin d’étude

                Contexte

                Le séquençage de l’ARN, grâce à la technologie RNA-seq, s’est imposé comme le nouveau
                standard pour la mesure de l’expression génique. Les dernières avancées combinant cette
                technologie aux techniques modernes de micro-fluidique permettent aujourd’hui d’obtenir une
                image précise de l’expression génique à l’échelle unicellulaire.
                """)).isEqualTo("Méthode d’analyse différentielle par groupe de gènes pour les données single-cell RNA-seq "
                + "appliquées dans la recherche vaccinale");
    }

    @Test
    void twoLinesInCapitalsAreOneTitle() {
        assertThat(title("""
                EVOLUTION DE POPULATIONS CELLULAIRES
                DANS UN ESSAI VACCINAL THERAPEUTIQUE CONTRE LE VIH

                La cytométrie de flux est une technologie utilisée pour quantifier des marqueurs.
                """)).isEqualTo("EVOLUTION DE POPULATIONS CELLULAIRES DANS UN ESSAI VACCINAL THERAPEUTIQUE CONTRE LE VIH");
    }

    @Test
    void aNumberedTitleLabelAloneOnItsLine() {
        assertThat(title("""
                1. Titre :

                Formalisation en théorie des types homotopiques de la variété hypercubique

                2. Contexte :

                La théorie des types homotopiques est un paradigme alternatif à la théorie des ensembles.
                """)).isEqualTo("Formalisation en théorie des types homotopiques de la variété hypercubique");
    }

    @Test
    void aTitleLabelBeatsTheLinesOfATeamAndKeepsItsFirstSentence() {
        assertThat(title("""
                Offre de stage Master 2025–2026

                Laboratoire : Hypoxie Physiopathologie (HP2), Grenoble
                Équipe : Impact cardiométabolique de l’hypoxie intermittente
                Durée : 2 à 6 mois

                Titre : Charge hypoxique et infarctus du myocarde : vers une meilleure stratification
                du risque chez les patients apnéiques. Analyse de données physiologiques.

                Contexte et objectifs.
                Après un infarctus du myocarde, la progression de la cardiopathie reste une cause majeure de mortalité.
                """)).isEqualTo("Charge hypoxique et infarctus du myocarde : vers une meilleure stratification du risque chez les "
                + "patients apnéiques");
    }

    @Test
    void theKindOfOfferAboveTheTitleIsNotIt() {
        assertThat(title("""
                Stage M2 Recherche

                Distilling Bell-nonlocality for quantum cryptography∗

                Jean Dupont1, Anne Martin2
                1CEA, Institut de physique théorique

                1 Motivation and context
                Entangled quantum systems can exhibit a phenomenon known as nonlocality.
                """)).isEqualTo("Distilling Bell-nonlocality for quantum cryptography");
    }
}
