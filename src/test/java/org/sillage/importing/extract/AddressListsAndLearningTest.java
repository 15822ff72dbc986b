package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Addresses listed with semicolons share the role of the first; a body's acronym that is also its mailbox at an
 * internet provider names it; learning methods are no apprenticeship; "a 2 year research engineer position" is a
 * fixed term; leeway on the start gives way to the date the text gives.
 */
class AddressListsAndLearningTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void addressesListedWithSemicolonsAllReceiveTheApplication() {
        var e = extractor.extract("""
                Internship in spatial statistics

                How to apply. Please send a CV and a short statement of interest to
                anna.berg@lab-geo.fr; carl.dumont@univ-x.fr; eva.faure@ec-y.fr
                Do not hesitate to write to us with any question.
                """);
        assertThat(e.applicationEmails()).containsExactly("anna.berg@lab-geo.fr", "carl.dumont@univ-x.fr", "eva.faure@ec-y.fr");
    }

    @Test
    void anAcronymThatIsAlsoTheMailboxAtAProviderNamesTheBody() {
        var e = extractor.extract("""
                Vrijwilligers gezocht

                Binnen de werking van de KVG zijn vrijwilligers onmisbaar. De KVG organiseert uitstappen en
                activiteiten voor jongeren in de regio.
                De KVG krijgt steun van de regionale omroep RTK (www.rtk.be).
                Interesse? Neem contact op met de KVG via kvg@telenet.be.
                """);
        assertThat(e.organization()).isEqualTo("KVG");
    }

    @Test
    void learningMethodsAreNoApprenticeship() {
        var e = extractor.extract("""
                Projet de fin d'études : segmentation d'images de rétine

                Le stage portera sur la détection de lésions. Différentes approches d'apprentissage pourront être
                comparées, et des méthodes très diverses en apprentissage pourront être explorées.
                """);
        assertThat(e.contractType()).isEqualTo(org.sillage.domain.ContractType.STAGE);
    }

    @Test
    void aYearsLengthBeforeTheWordsOfThePositionIsAFixedTerm() {
        var e = extractor.extract("""
                2 year research engineer position in Inria Grenoble

                Context
                We study sparse solvers for large problems.
                """);
        assertThat(e.contractType()).isEqualTo(org.sillage.domain.ContractType.CDD);
    }

    @Test
    void leewayOnTheStartGivesWayToTheDateTheTextGives() {
        var e = extractor.extract("""
                Stage en acoustique marine

                Le stage débutera à partir du 2 mars 2027, pour six mois.
                Il sera néanmoins possible de décaler le début du stage selon le calendrier de l'élève.
                """);
        assertThat(e.startDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 2));
    }
}
