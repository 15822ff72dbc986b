package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/**
 * A lab's name heading its letter is no title; a second address joined by « & » on the line below shares the role of
 * the first; « un poste d'une durée de 6 mois » is a fixed-term contract.
 */
class LabLetterheadAndJoinedAddressTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLabsNameIsALetterheadNotATitle() {
        assertThat(TitleLines.namesABody("aramis lab")).isTrue();
        assertThat(TitleLines.namesABody("smith laboratory")).isTrue();
        assertThat(TitleLines.namesABody("technicien de laboratoire")).isFalse();
        assertThat(TitleLines.namesABody("ingenieur lab")).isFalse(); // a job's word keeps it a job
    }

    @Test
    void anAddressJoinedByAnAmpersandOnTheLineBelowAlsoReceives() {
        assertThat(extractor.extract("""
                Stage M2 en traitement du signal

                Pour candidater, merci de préparer votre lettre de motivation et votre CV.

                Envoyer à : marie.dupont@example.org

                     & arthur.martin@example.org
                """).applicationEmails()).containsExactly("marie.dupont@example.org", "arthur.martin@example.org");
    }

    @Test
    void aSentenceJoinedToTheAddressIsNotItsDomain() {
        assertThat(extractor.extract("Chargé de mission\n\nEnvoyez CV et lettre à recrutement@amis.fr.Date de prise "
                + "de poste : avril.\n").applicationEmails()).containsExactly("recrutement@amis.fr");
        // an address written in capitals, or whose last label is a real one, keeps it
        assertThat(extractor.extract("Chargé de mission\n\nEnvoyez CV et lettre à Jobs@Amis.Org.\n").applicationEmails())
                .containsExactly("jobs@amis.org");
        assertThat(extractor.extract("Chargé de mission\n\nEnvoyez CV et lettre à jobs@cam.ac.uk.\n").applicationEmails())
                .containsExactly("jobs@cam.ac.uk");
    }

    @Test
    void aPostOfSixMonthsIsFixedTerm() {
        assertThat(extractor.extract("""
                Ingénieur frontend

                Le poste d'ingénieur(e) d'une durée de 6 mois est proposé au centre de Paris, pour le développement des
                interfaces de nos outils.
                """).contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void lettersAndCvsWithTheirRefereesContactsAreSentThere() {
        var f = extractor.extract("""
                Bioinformatician

                The position is funded for two years.
                Application letters and CVs (as pdfs), together with contact information of two referees should be
                sent by mail to carl.doe@example.org
                """);
        assertThat(f.applicationEmails()).containsExactly("carl.doe@example.org");
        assertThat(f.requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .contains("cover_letter", "cv", "references");
    }

    @Test
    void aContractLabelAboveALengthIsFixedTerm() {
        assertThat(extractor.extract("""
                Field Officer

                Hours

                Full time

                Contract

                One Year

                The field officer supports the community programmes of the organisation in the region.
                """).contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void aJobAdvertisementHeadingIsALabel() {
        // a PDF whose largest text is the announcement's heading
        String text = """
                17TH SEPT. 2021

                JOB ADVERTISEMENT

                Position: Volunteer Director at a Christian Charity Organization.

                Job Location: Tarime district, Mara region.
                """;
        var layout = new org.sillage.importing.TextStructure.Builder()
                .block(org.sillage.importing.TextStructure.Kind.TITLE, 0, "JOB ADVERTISEMENT").build(text);
        var f = extractor.extract(text, layout);
        assertThat(f.title()).startsWith("Volunteer Director");
        assertThat(f.contractType()).isEqualTo(ContractType.VOLUNTEER);
    }

    @Test
    void aLineEndingOnAConjunctionGoesOnPastANumber() {
        // a PDF's line broken inside "(parts 1 and 3)": the "3)" is no list item, the sentence goes on to its CV
        assertThat(extractor.extract("""
                Quality Manager

                How to apply Completed applications consisting of a CHRIS6 (parts 1 and
                3) downloadable from the site and a CV should be emailed to Lynda Smith.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind).contains("cv");
    }

    @Test
    void aCvToBeEmailedIsRequired() {
        assertThat(extractor.extract("""
                Quality Manager

                We need a manager for the lab.

                A CV should be emailed to Lynda Smith, lynda@example.ac.uk.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind).containsExactly("cv");
    }
}
