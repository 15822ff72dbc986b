package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Words of a field used in another sense (rules 34): "hybrid" in a method's name is no way of working, « l'objet »
 * of a sentence is no e-mail's subject.
 */
class WordsInAnotherSenseTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aHybridMethodIsNoRemoteWork() {
        String text = "Stage de Master 2 en apprentissage statistique\n\n"
                + "Le stage reprendra « A Preference-based Hybrid Algorithm with Strong Explanatory Power » pour l'étendre.\n"
                + "Les modèles hybrides seront comparés aux modèles classiques.\n"
                + "Envoyer un CV à stage@example.org.\n";
        assertThat(extractor.extract(text).remoteText()).isNull();
    }

    @Test
    void hybridWorkStillCounts() {
        String text = "Chargée de communication\n\nLe poste est en mode hybride : deux jours de télétravail par semaine.\n";
        assertThat(extractor.extract(text).remoteText()).isNotNull();
        String english = "Project Officer\n\nThis is a hybrid role, with two days a week in our Lille office.\n";
        assertThat(extractor.extract(english).remoteText()).isEqualTo("This is a hybrid role");
    }

    @Test
    void theObjectOfASentenceIsNoSubject() {
        String text = "Stage de recherche\n\n"
                + "Les systèmes sont jugés à leur capacité à prédire l'objet qui par ailleurs semble adéquat à l'utilisateur.\n"
                + "Envoyer un CV à stage@example.org.\n";
        assertThat(extractor.extract(text).applicationSubject()).isNull();
    }

    @Test
    void theSubjectOfAnEmailStillCounts() {
        String text = "Chargé de projet\n\nEnvoyez votre candidature par e-mail à rh@example.org en indiquant dans l'objet : "
                + "Candidature CP-2024\n";
        assertThat(extractor.extract(text).applicationSubject()).isEqualTo("Candidature CP-2024");
    }

    @Test
    void aWorksTitleIsNoSubject() {
        String grant = "Postdoctoral scholar\n\nThe university seeks to hire a postdoctoral scholar to work on the grant titled "
                + "\"Fostering sustainable software\". Send your CV to jobs@example.org.\n";
        assertThat(extractor.extract(grant).applicationSubject()).isNull();
        String project = "PhD position\n\nThe project is entitled \"Numerical Linear Algebra for Optimization\".\n";
        assertThat(extractor.extract(project).applicationSubject()).isNull();
        String mail = "PhD position\n\nPlease send an email titled \"PhD application 2024\" to phd@example.org.\n";
        assertThat(extractor.extract(mail).applicationSubject()).isEqualTo("PhD application 2024");
    }

    @Test
    void aLawsArticleAndAFormsFieldNameAreNoSubject() {
        String law = "Professeur des universités\n\nCorps : PROFESSEUR DES UNIVERSITES\nArticle de référence : L952-6-2 (CPJ)\n";
        assertThat(extractor.extract(law).applicationSubject()).isNull();
        String form = "---\ntitle: Développeur\nfields:\n  name: Nom\n  subject: Sujet\n  message: Votre message\n---\n"
                + "Nous recrutons un développeur.\n";
        assertThat(extractor.extract(form).applicationSubject()).isNull();
    }

    @Test
    void theHomeOfficeIsAMinistry() {
        String text = "Data Analyst\n\nYou will extract data in accordance with Home Office and legislative requirements.\n";
        assertThat(extractor.extract(text).remoteText()).isNull();
        String label = "Data Analyst\n\nHome office: two days a week.\n";
        assertThat(extractor.extract(label).remoteText()).isNotNull();
    }

    @Test
    void anAgeAndYearsWishedForAreNoRequiredExperience() {
        String age = "Animateur de camp\n\nExigences\n\nStatut étudiant\n\n18 ans ou plus\n\nPrésent au camp toute la durée\n";
        assertThat(extractor.extract(age).experienceYears()).isNull();
        String ideal = "Volunteer Coordinator\n\n### Skills & Experience\n\n"
                + "- At least 1 year experience as a volunteer (ideal but not required)\n";
        assertThat(extractor.extract(ideal).experienceYears()).isNull();
        String asset = "Administrative Assistant\n\n### Qualifications\n\n* 2+ years of administrative & office support an asset\n";
        assertThat(extractor.extract(asset).experienceYears()).isNull();
        String beginner = "Ingénieur infrastructure\n\nProfil recherché\n\nTu as idéalement 2 ans d'expérience (débutant accepté).\n";
        assertThat(extractor.extract(beginner).experienceYears()).isNull();
        String required = "Ingénieur infrastructure\n\nProfil recherché\n\nVous avez au moins 3 ans d'expérience en administration système.\n";
        assertThat(extractor.extract(required).experienceYears()).isEqualTo(3);
        String inBrackets = "Animateur\n\nProfil recherché\n\nPremière expérience réussie (1 an minimum) dans l'animation.\n";
        assertThat(extractor.extract(inBrackets).experienceYears()).isEqualTo(1);
    }

    @Test
    void theKindsNestedUnderAListsItemAreNoDocumentsOfTheirOwn() {
        String text = "Map Librarian\n\n### To apply\n\nPlease submit the following:\n\n"
                + "* A cover letter of no more than two pages\n"
                + "* A CV or résumé\n"
                + "* A list of examples of at least 3 of the\n  following types of materials:\n"
                + "  * Web-based map\n"
                + "  * Map or other creative geographic project in print or other\n    physical format\n"
                + "  * Original data sets\n"
                + "* A list of 3 professional references\n";
        assertThat(extractor.extract(text).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .contains("cv", "cover_letter", "references")
                .noneMatch(k -> k.contains("map") || k.contains("data sets"));
    }

    @Test
    void aDocumentThatIsEnoughIsAsked() {
        String text = "Agent d'exploitation\n\nNotre processus de recrutement\n\nEntretien téléphonique RH\n\n"
                + "Validation finale et proposition rapide\n\nVotre CV suffit.\n";
        assertThat(extractor.extract(text).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactly("cv");
    }
}
