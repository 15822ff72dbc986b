package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** What PDF text and university job packs do to a few fields: glued words, generic headings, numbered clauses. */
class PdfGlitchesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aWordGluedToAnAddressesCountryDomainIsNotPartOfIt() {
        assertThat(extractor.extract("""
                Laboratory technician

                To apply, send your CV to the lab administrator by email on jobs.lab@example.ac.ukor by post to the
                department. Please quote reference AB1234.
                """).applicationEmails()).containsExactly("jobs.lab@example.ac.uk");
    }

    @Test
    void anAddressCutAfterItsSignIsWholeAgain() {
        assertThat(extractor.extract("""
                Chargé·e de médiation

                Candidature attendue pour le 6 avril 2022 : CV et lettre de motivation.
                A l'attention de la directrice par e-mail : claire.martin@ exemple-asso.fr
                """).applicationEmails()).containsExactly("claire.martin@exemple-asso.fr");
    }

    @Test
    void anAddressWrappedAfterItsDomainsDotIsWholeAgainAndTheSentenceStillAsks() {
        PostingFields f = extractor.extract("""
                Application process

                To apply for this role, please email jobs@exampleorganisation.
                org with a cover letter about why you are interested in this
                work along with a copy of your CV.
                """);
        assertThat(f.applicationEmails()).containsExactly("jobs@exampleorganisation.org");
        assertThat(f.requiredDocumentKinds()).contains("cover_letter", "cv");
    }

    @Test
    void aLineAfterAWholeAddressIsNotJoinedToIt() {
        assertThat(extractor.extract("""
                Chargé·e de médiation

                Envoyez votre CV et une lettre de motivation à recrutement@exemple-asso.fr.
                fr et nl parlés, un plus.
                """).applicationEmails()).containsExactly("recrutement@exemple-asso.fr");
    }

    @Test
    void aSentenceGoingOnAfterTheSignIsNoAddress() {
        assertThat(extractor.extract("""
                Chargé·e de médiation

                Envoyez votre CV à recrutement@exemple-asso.fr, ou passez nous voir@ la maison des associations.
                """).applicationEmails()).containsExactly("recrutement@exemple-asso.fr");
    }

    @Test
    void aGenuineDomainIsKept() {
        assertThat(extractor.extract("""
                Laboratory technician

                To apply, send your CV to recruitment@example.org before the end of the month.
                """).applicationEmails()).containsExactly("recruitment@example.org");
    }

    @Test
    void furtherParticularsIsAHeadingNotTheTitle() {
        assertThat(extractor.extract("""
                FURTHER PARTICULARS

                The University of Northfield

                The University of Northfield is a leading university with a strong record in research.
                """).title()).isNotEqualTo("FURTHER PARTICULARS");
    }

    @Test
    void aNumberedClauseNamingThePayIsNoSalary() {
        assertThat(extractor.extract("""
                Chaire de professeur junior en robotique

                Le contrat précise :
                6° Le montant de la rémunération brute mensuelle ;
                7° Les conditions de renouvellement.
                """).salaryText()).isNull();
    }

    @Test
    void aGradesNumberBeforeAPoundSignIsNotPartOfTheAmount() {
        assertThat(extractor.extract("""
                IT systems manager

                TERMS AND CONDITIONS
                The salary will be within the scale Pay Grade 7 £28,000-£36,500 per annum.
                """).salaryText()).doesNotStartWith("7");
    }

    @Test
    void anOffersNumberAndAGeneralSectionAreNotTheTitle() {
        String text = """
                Offre n°318274

                Informations générales
                Etablissement : 0123456X – UNIVERSITE D EXEMPLE
                Numéro dans le SI local :
                Corps : PROFESSEUR DES UNIVERSITES
                Section(s) : 61 - Génie informatique
                Etat du poste : Vacant

                Calendrier du poste
                Type de campagne : Au fil de l'eau
                """;
        // as a PDF job sheet gives it: the offer's number in the largest type, the section names in bold
        org.sillage.importing.TextStructure structure = new org.sillage.importing.TextStructure.Builder()
                .block(org.sillage.importing.TextStructure.Kind.TITLE, 1, "Offre n°318274")
                .block(org.sillage.importing.TextStructure.Kind.HEADING, 2, "Informations générales")
                .block(org.sillage.importing.TextStructure.Kind.HEADING, 2, "Calendrier du poste").build(text);
        String title = extractor.extract(text, structure).title();
        assertThat(title).isNotEqualTo("Offre n°318274").isNotEqualTo("Informations générales");
    }
}
