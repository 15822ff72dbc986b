package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Necessity;
import org.sillage.domain.PostingFields;

/** Documents asked for in words outside the usual ones, and words that only look like a document. */
class DocumentKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<String> required(String text) {
        PostingFields f = extractor.extract(text);
        return f.requiredDocuments().stream().filter(d -> d.necessity() == Necessity.REQUIRED)
                .map(DocumentRequirement::kind).toList();
    }

    @Test
    void peopleWhoAgreedToServeAsAReferenceAreReferences() {
        assertThat(required("In order to apply, please send a cover letter, one page resume, and a list of 2-3 names "
                + "and contact information for people who have agreed to serve as a reference to jobs@ex.org."))
                .containsExactlyInAnyOrder("cv", "cover_letter", "references");
    }

    @Test
    void cvsRefusedAndALetterExpressingInterest() {
        assertThat(required("Office Administrator\n\nTo apply, complete the application form and email it to jobs@ex.org."
                + "\n\nPLEASE NOTE: please do not send in CVs and we will not accept applications from agencies."))
                .doesNotContain("cv");
        assertThat(required("Practitioner\n\nPlease complete the attached pro-forma and submit a letter expressing your "
                + "interest, stating why you want a career in childcare. The letter can be emailed to cc@ex.org, you may "
                + "also include a CV.")).containsExactly("cover_letter");
    }

    @Test
    void referencesOnASubjectAreNoReferees() {
        assertThat(required("""
                Juriste (job étudiant)

                Missions
                Répondre, par téléphone et par mail, aux questions des familles en :

                * s'appuyant sur les références en matière de textes légaux (circulaires, décrets, …)
                * rédigeant des courriers

                Comment postuler ?
                Envoi CV à jobs@exemple.be.
                """)).containsExactly("cv");
        assertThat(required("""
                Formateur HACCP

                Candidature : CV, diplômes et deux références d'intervention à jobs@exemple.fr.
                """)).contains("references");
    }

    @Test
    void aNoticeToRecruitmentAgenciesAsksForNoCv() {
        assertThat(required("""
                Python developer

                How to apply
                Apply through our careers page.

                *Any employment agency or person who submits a CV to Example Ltd does so with the understanding that it
                becomes the property of Example Ltd for the purposes of recruitment.
                """)).doesNotContain("cv");
        assertThat(required("""
                Python developer

                How to apply
                Send your CV to jobs@example.org. We do not accept unsolicited resumes from agencies.
                """)).containsExactly("cv");
    }

    @Test
    void aWordOfChoiceAboutWhatADocumentHoldsDoesNotMakeItOptional() {
        assertThat(required("In order to apply, please send a cover letter, one page resume (ideally with links to previous pull"
                + " requests), and a list of references to jobs@example.org."))
                .containsExactlyInAnyOrder("cv", "cover_letter", "references");
    }

    @Test
    void anItemsPossessiveAndAdjectiveAreNotItsNameAndAMasterDiplomaIsTheDiploma() {
        assertThat(required("Send a detailed CV and a short research statement (max 2 pages) to jane.doe@example.edu."))
                .containsExactlyInAnyOrder("cv", "other:research statement");
        assertThat(required("Candidates should send their CV and a copy of their master diploma to jane.doe@example.edu."))
                .containsExactlyInAnyOrder("cv", "diploma");
    }

    @Test
    void anItemQualifiedByAYearOfStudyIsStillADocument() {
        assertThat(required("Les candidatures comprendront un CV détaillé, une lettre de motivation et les relevés de notes"
                + " de M1 et M2."))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:relevés de notes");
        assertThat(required("Le dossier de candidature doit comporter : un CV, une lettre de motivation et le relevé de notes"
                + " du M1."))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:relevé de notes");
    }

    @Test
    void anApplicationLetterIsACoverLetter() {
        assertThat(required("How to apply? Send your application (CV and application letter) to jobs@lab.example.org."))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aMotivationSentBesideTheCvIsACoverLetter() {
        assertThat(required("Lijkt het je leuk? Stuur dan een e-mail met jouw motivatie en CV naar werk@cafe.example.nl."))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void anInvitationToApplyDoesNotMakeTheDocumentsOptional() {
        assertThat(required("N'hésitez pas à postuler en envoyant CV et lettre de motivation à recrutement@asso.example.fr."))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aCopyOfAKnownDocumentInAListIsThatDocumentOnce() {
        assertThat(required("Les candidatures (CV, lettre de motivation, copie de la carte d'identité) sont à adresser "
                + "à rh@asso.example.fr.")).containsExactlyInAnyOrder("cv", "cover_letter", "id_document");
    }

    @Test
    void aDutchCopyOfTheDiplomaIsTheDiploma() {
        assertThat(required("Stuur je cv en motivatiebrief en een kopie van je diploma naar jobs@voorbeeld.be"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "diploma");
    }

    @Test
    void peopleToAskAboutYouAreReferences() {
        assertThat(required("Envoyer une lettre de motivation, un CV et les coordonnées de deux personnes de référence "
                + "à rh@asso.example.fr.")).containsExactlyInAnyOrder("cv", "cover_letter", "references");
    }

    @Test
    void aMovementInTranslationIsNoDocument() {
        assertThat(required("Le bras se déplace en translation sur son rail. Envoyez votre CV à stage@labo.example.fr."))
                .containsExactly("cv");
    }

    @Test
    void anEnglishOfBelongsToTheItemAndAHardWrapDoesNotEndTheSentence() {
        assertThat(required("Postdoctoral fellow\n\nApplications go to the team by e-mail and should include a resume, a list\n"
                + "of publications, a cover letter and two reference names."))
                .containsExactlyInAnyOrder("cv", "other:list of publications", "cover_letter", "references");
    }

    @Test
    void aDutchOfStillOffersAChoice() {
        assertThat(required("Solliciteren? Stuur je CV of je motivatiebrief naar vacature@bureau.example.nl."))
                .containsExactly("cv");
    }

    @Test
    void documentsMailedAtAnAddressAreSent() {
        assertThat(required("Data analyst\n\nInterested candidates: mail your updated CV at talent@firm.example.com"))
                .containsExactly("cv");
    }

    @Test
    void documentsToLoadIntoTheFormAreSent() {
        assertThat(required("Assistant(e) de gestion\n\nChargez votre CV et votre lettre de motivation dans le formulaire ci-dessous."))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aStatementOfMotivationIsTheLetter() {
        assertThat(required("Analyst\n\nApplications should include a CV, a one-page statement of motivation and a "
                + "writing sample, sent to jobs@ex.org")).containsExactlyInAnyOrder("cv", "cover_letter", "writing_sample");
    }

    /** A kind the reader names in its own words ({@code other:application_form}) is one the window names in each language. */
    @Test
    void theReadersOwnNamesAreNamedByTheWindow() {
        List<String> own = java.util.Arrays.stream(DocumentWords.TERMS).map(DocumentWords.Term::kind)
                .filter(k -> k.startsWith("other:") && k.indexOf(' ') < 0).map(k -> k.substring("other:".length()))
                .distinct().toList();
        assertThat(own).contains("application_form");
        assertThat(DocumentRequirement.NAMED_OTHERS).containsAll(own);
    }

    @Test
    void documentsAskedInThePassiveAreRequiredButAQualificationOrAQualityIsNot() {
        String head = "Project officer\n\nHorizons is hiring.\n\n";
        assertThat(required(head + "Un CV et une lettre de motivation, avec traduction dans la deuxième langue, sont demandés."))
                .containsExactlyInAnyOrder("cv", "cover_letter", "translation");
        assertThat(required(head + "A CV and a cover note are required.")).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required(head + "Please include the names of three referees.")).containsExactly("references");
        assertThat(required(head + "Een cv en motivatiebrief worden gevraagd.")).containsExactlyInAnyOrder("cv", "cover_letter");
        for (String line : new String[] {"Strong motivation is required.", "Diplôme d'État d'éducateur spécialisé exigé.",
            "Experience with portfolio management is required.", "Des compétences en traduction sont requises.",
            "Is a CV required? No."}) {
            assertThat(required(head + line)).as(line).isEmpty();
        }
    }
}
