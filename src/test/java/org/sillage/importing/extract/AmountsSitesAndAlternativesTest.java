package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/**
 * Rules 26 (ADR 0065): an amount is no postcode and town, a website after « Rejoignez-nous sur » is no town, a
 * heading's words before a country are no town unless one of them is one; two alternatives of the same contract
 * type are that type; a privacy notice's retention period and the students a job serves are no contract; the
 * words between « en objet » and a quoted subject are not the subject.
 */
class AmountsSitesAndAlternativesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void anAmountInEurosIsNoPostcodeAndTown() {
        String posting = """
                # Volontaire

                Venez travailler avec nous dans notre centre pour les enfants des rues.

                Prix :

                3 semaines  500 Euros

                6 semaines  1010 Euros
                """;
        assertThat(extractor.extract(posting).location()).isNull();
    }

    @Test
    void aWebsiteAfterJoinUsOnIsNoTown() {
        String posting = """
                # Régisseur général (H/F)

                La salle recherche son régisseur général. Travail en soirée et en week-end.

                Rejoignez-nous sur Job that make sense.

                Postuler : https://jobs.example.org/regisseur
                """;
        assertThat(extractor.extract(posting).location()).isNotEqualTo("Job");
    }

    @Test
    void aHeadingsWordsBeforeACountryAreNoTownUnlessOneIsATown() {
        String heading = """
                JOB-ID: 58986 | Project Manager Farm Sustainability, Netherlands

                Basic information

                You will lead projects with dairy farmers on sustainability. Apply for this job with your resume.
                """;
        assertThat(extractor.extract(heading).location()).isNotEqualTo("Farm Sustainability, Netherlands");
        String university = """
                # PhD researcher

                The research group of Ghent University (Belgium) is hiring a new PhD researcher in process mining.
                """;
        assertThat(extractor.extract(university).location()).contains("Ghent");
    }

    @Test
    void twoKindsOfApprenticeshipAreAnApprenticeship() {
        String posting = """
                # Assistant événementiel

                Conditions

                Contrat de professionnalisation ou d'apprentissage d'un an ;
                Temps de travail : 3 semaines par mois
                Gratification : selon législation en vigueur
                """;
        assertThat(extractor.extract(posting).contractType()).isEqualTo(ContractType.ALTERNANCE);
    }

    @Test
    void aPrivacyNoticesRetentionIsNoContract() {
        String posting = """
                # Project Manager Farm Sustainability

                You will lead our sustainability programme with dairy farmers across the country.

                Resume (required). Cover letter (optional).

                I consent to FrieslandCampina keeping my personal data for one year to contact me for relevant job
                opportunities.
                """;
        assertThat(extractor.extract(posting).contractType()).isNull();
    }

    @Test
    void theStudentsAJobServesAreNoStudentJob() {
        String posting = """
                # Responsable du service de la scolarité

                L'agent assure l'application de la réglementation en vigueur et organise le suivi de la gestion
                administrative de l'étudiant, du recrutement jusqu'à la délivrance du diplôme.
                """;
        assertThat(extractor.extract(posting).contractType()).isNotEqualTo(ContractType.OTHER);
    }

    @Test
    void theSubjectIsWhatTheMentionQuotes() {
        String posting = """
                # Responsable du projet OCP

                Candidature (CV et lettre de motivation) à envoyer avant le 1er mars 2026 à Renaud Fossard :
                renaud.fossard@example.org en indiquant en objet la mention « Candidature offre Responsable du projet OCP »
                """;
        assertThat(extractor.extract(posting).applicationSubject()).isEqualTo("Candidature offre Responsable du projet OCP");
    }
}
