package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body named by its acronym in the text and spelled out on the letterhead: both, the name first. */
class LetterheadAcronymTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theLetterheadSpellsOutTheAcronymTheTextUses() {
        String text = """
                ASSOCIATION RÉGIONALE POUR L'INSERTION
                12 rue Gambetta – 59000 LILLE
                Tél. 03 20 12 34 56 – contact@ari-npdc.fr

                OFFRE D'EMPLOI

                Conseiller(ère) en insertion professionnelle

                Intitulé du poste : Conseiller en insertion professionnelle
                Type de contrat : CDD de 6 mois, renouvelable
                Temps de travail : 35 heures hebdomadaires
                Rémunération : selon convention collective ECLAT, groupe D
                Lieu de travail : Roubaix, avec déplacements sur la métropole
                Date de prise de poste : 1er mars 2025

                Contexte
                L'ARI accompagne depuis 1985 des personnes éloignées de l'emploi.

                Missions
                - Accueillir et accompagner un public de demandeurs d'emploi
                - Construire des parcours d'insertion

                Profil recherché
                - Diplôme de niveau 5 (bac +2) dans le domaine social
                - Permis B exigé

                Modalités de candidature
                Adresser CV et lettre de motivation avant le 14 février 2025 à Mme Martin, directrice, par mail : recrutement@ari-npdc.fr
                Les entretiens auront lieu le 20 février 2025.

                Association loi 1901 – SIRET 123 456 789 00012 – www.ari-npdc.fr
                """;
        assertThat(extractor.extract(text).organization()).isEqualTo("ASSOCIATION RÉGIONALE POUR L'INSERTION (ARI)");
    }

    @Test
    void initialsSkipTheSmallWords() {
        assertThat(AcronymNames.initialsOf("CCAS", "Centre Communal d'Action Sociale")).isTrue();
        assertThat(AcronymNames.initialsOf("APF", "Association des Paralysés de France")).isTrue();
        assertThat(AcronymNames.initialsOf("ARI", "Association Régionale")).isFalse();
        assertThat(AcronymNames.initialsOf("ARI", "Agence Régionale de l'Innovation et du Tourisme")).isFalse();
    }
}
