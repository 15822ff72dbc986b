package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/**
 * Documents named the short way French postings name them: a bare « lettre » beside the CV, « CV/LM », a label
 * « Pièces à fournir : » that holds no verb, a heading « Modalités de recrutement », an identity card, the
 * salary expectations asked with the CV (« prétentions salariales »).
 */
class ShortDocumentNamesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<DocumentRequirement> documents(String body) {
        return extractor.extract("Chargé de mission (H/F)\n\nAssociation Les Amis\n\nMissions : accueil du public.\n\n" + body)
                .requiredDocuments();
    }

    private List<String> kinds(String body) {
        return documents(body).stream().map(DocumentRequirement::kind).toList();
    }

    @Test
    void aBareLetterBesideTheCvIsTheCoverLetter() {
        assertThat(kinds("Les candidatures (lettre + CV) sont à envoyer par mail.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(kinds("Vous adresserez votre candidature (lettre manuscrite et CV) à M. le Président.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(kinds("Envoyer votre candidature : CV + courrier de motivation\n")).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aLetterOfSomethingElseOrFarFromTheCvIsNoCoverLetter() {
        assertThat(kinds("Envoyez votre CV et une lettre d'engagement signée par votre employeur.\n")).doesNotContain("cover_letter");
        assertThat(kinds("Envoyez votre CV. Vous recevrez une lettre de confirmation.\n")).containsExactly("cv");
    }

    @Test
    void salaryExpectationsAskedWithTheCvAreAnItemOfTheirOwn() {
        assertThat(kinds("Envoyer CV, lettre de motivation et prétentions salariales avant le 10 août à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:prétentions salariales");
        assertThat(kinds("Merci d'adresser votre CV et vos prétentions salariales à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "other:prétentions salariales");
        assertThat(kinds("Please send your CV, cover letter and salary expectations to jobs@example.org.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:salary expectations");
        // a salary stated by the employer is no document
        assertThat(kinds("Rémunération selon vos prétentions. Envoyez votre CV à rh@amis.fr.\n")).containsExactly("cv");
    }

    /** The documents asked of everyone (what the JSON's required_documents lists). */
    private List<String> required(String body) {
        return documents(body).stream().filter(d -> d.necessity() == org.sillage.domain.Necessity.REQUIRED)
                .map(DocumentRequirement::kind).toList();
    }

    @Test
    void anIfApplicableAtTheEndOfAListIsAboutItsLastItemOnly() {
        assertThat(required("Les candidatures (CV, lettre de motivation, justificatif RQTH le cas échéant) sont à envoyer à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required("Please send your CV and cover letter; a portfolio is a plus.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        // said of the document itself, or of the whole list, it still makes it optional
        assertThat(required("Envoyez votre CV. Un portfolio serait un plus.\n")).containsExactly("cv");
        assertThat(required("Envoyez votre CV à rh@amis.fr, éventuellement accompagné d'un portfolio.\n")).containsExactly("cv");
        assertThat(required("Le cas échéant, joignez CV et lettre de motivation.\n")).isEmpty();
        assertThat(required("Candidature (CV, lettre de motivation, références éventuelles) à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aWordOfChoiceAboutTheFilesFormLeavesTheDocumentAsked() {
        assertThat(required("Envoyez CV et lettre de motivation (si possible en un seul fichier PDF) à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(required("Please send your CV and cover letter, ideally as a single PDF file, to jobs@example.org.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aCriminalRecordExtractAndACopyOfALicenceAreDocuments() {
        assertThat(kinds("Merci d'envoyer CV, lettre de motivation et extrait de casier judiciaire avant le 15 mars à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:extrait de casier judiciaire");
        assertThat(kinds("Pièces à joindre : lettre de motivation, curriculum vitae, copie du permis de conduire.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:permis de conduire");
        // the licence asked of the person is a requirement, not a document
        assertThat(kinds("Permis B indispensable. Envoyez CV et lettre de motivation à rh@amis.fr.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aCvAndALetterJoinedBySlashAreBothAsked() {
        assertThat(kinds("Envoyer CV/LM avant le 30/04 à rh@amis.fr.\n")).containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(kinds("Please send your CV / cover letter to jobs@example.org\n")).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aLabelSayingTheDocumentsToProvide() {
        assertThat(kinds("Pièces à fournir : CV, LM, copie des diplômes, permis B.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "diploma");
    }

    @Test
    void aRecruitmentHeadingIsAboutApplying() {
        assertThat(kinds("MODALITÉS DE RECRUTEMENT\nCV + lettre de motivation\nJusqu'au 15 avril 2025\nà rh@amis.fr\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void anIdentityCardAndAnItemInBracketsEndTheirItems() {
        assertThat(kinds("Documents à joindre obligatoirement :\n- CV\n- Lettre de motivation\n- Copie de la carte d'identité\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "id_document");
        assertThat(kinds("Candidatures (CV + lettre de motivation + copie des 3 derniers bulletins de salaire) à envoyer.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter", "other:bulletins de salaire");
    }

    @Test
    void englishWaysOfAskingForTheLetter() {
        assertThat(kinds("To apply, please send a CV and a one-page statement of interest to jobs@example.org.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(kinds("Interested candidates should email their CV and a brief letter explaining their interest to hr@x.org.\n"))
                .contains("cover_letter");
        assertThat(kinds("Send us your CV and a short note about why you'd like to join.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(kinds("We ask for a CV (max 2 pages) and a cover letter (max 1 page) in English.\n"))
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }
}
