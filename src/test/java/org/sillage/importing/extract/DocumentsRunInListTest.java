package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Documents in a list run into a paragraph, and letters of recommendation under their other names. */
class DocumentsRunInListTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void anItemAfterASemicolonAndADashTakesTheListsVerb() {
        assertThat(extractor.extract("""
                Assistant professor in algebra

                Candidates are asked to include the following: - a cover letter; - a teaching statement; - CV and list
                of publications. The committee meets in March.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind).contains("cv", "cover_letter");
    }

    @Test
    void aCvInAListWithoutAVerbIsNotRequired() {
        assertThat(extractor.extract("""
                Assistant professor in algebra

                Our library holds: - rare books; - a CV of every former dean. The committee meets in March.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind).doesNotContain("cv");
    }

    @Test
    void recommendationLettersSentByTheReferees() {
        assertThat(extractor.extract("""
                Research engineer

                Send a CV and a motivation letter to the team. Two recommendation letters should be sent directly
                by the referees.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind).contains("references");
    }

    @Test
    void aListWhoseIntroducingSentenceIsBrokenOverTwoLines() {
        assertThat(extractor.extract("""
                Doctorat en écologie

                Les personnes intéressées doivent faire parvenir, par courriel à labo@example.org, en un
                seul fichier:

                1. une lettre expliquant leurs intérêts
                2. une copie de leur cv
                3. les coordonnées de deux références
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .contains("cv", "references");
    }

    @Test
    void cvsInThePluralAndRefereeNames() {
        assertThat(extractor.extract("""
                Project manager

                The network is soliciting CVs of experienced professionals to lead a project in the field.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind).containsExactly("cv");
        assertThat(extractor.extract("""
                Postdoctoral researcher

                Applications should comprise: a CV, a letter of motivation and some referee name(s).
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "cover_letter", "references");
    }

    @Test
    void anItemBeforeAKnownOneIsNotSkipped() {
        assertThat(extractor.extract("""
                PhD position in RNA biology

                To apply, please send a detailed CV, transcripts and cover letter to the lab.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "other:transcripts", "cover_letter");
    }

    @Test
    void semicolonsAndAnAlternativeDoNotEndTheList() {
        assertThat(extractor.extract("""
                Postdoc in dynamical systems

                Applicants are advised to include the following: - cover letter /
                statement of purpose; - research statement; - CV and list of
                publications. These materials can be uploaded online.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cover_letter", "other:research statement", "cv", "other:list of publications");
    }

    @Test
    void aSpacedListOfDashesWithoutASpace() {
        assertThat(extractor.extract("""
                Directeur (H/F)

                Votre candidature devra comporter les pièces suivantes:

                -Lettre de motivation

                -CV

                -Mémoire technique précisant votre vision de la direction

                Date de mise en ligne : 15 février 2019
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cover_letter", "cv", "other:mémoire technique");
    }

    @Test
    void aTightListEndsOnABlankLine() {
        assertThat(extractor.extract("""
                Chargé de mission (H/F)

                Pièces à joindre à votre candidature :
                - CV
                - lettre de motivation

                - rapport annuel de l'association à consulter en ligne
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void twoItemsOfAListOnOneLine() {
        assertThat(extractor.extract("""
                PhD position in plant biology

                Application:
                The PhD position will be advertised on the national recruitment portal. Interested applicants should
                send the following documents to jane.doe-longname@plant-lab.example.org:

                • Cover letter • Academic transcripts
                • Curriculum Vitae • Contact information for two to three references

                The position is open until filled.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cover_letter", "other:academic transcripts", "cv", "references");
    }

    @Test
    void aSupportingStatementIsTheLetterAndAWrittenDutchApplicationToo() {
        assertThat(extractor.extract("""
                Library Advisor

                Please send a CV together with a supporting statement outlining what you will bring to the role.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "cover_letter");
        assertThat(extractor.extract("""
                Medewerker marketing

                Schriftelijke sollicitaties met cv kun je vóór 30 oktober sturen naar personeel@example.nl.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void numberedItemsInASentence() {
        assertThat(extractor.extract("""
                Postdoc in fluid mechanics

                They should provide: (1) a detailed CV, (2) contact information of at least 2 academic references,
                and (3) a 2-page research statement describing past activities.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "references", "other:research statement");
    }

    @Test
    void anAcademicRefereesNameIsAReference() {
        assertThat(extractor.extract("""
                Stage de master en neurosciences

                Pour candidater, envoyer à stage@example.org :
                1. un CV,
                2. une lettre de motivation,
                3. le nom et le contact d'un référent académique à même de vous recommander.
                """).requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .containsExactlyInAnyOrder("cv", "cover_letter", "references");
    }

    @Test
    void itemsThatLostTheirMarksTakeTheLineThatOpensTheList() {
        // a page's list items become lines of their own, without a dash
        assertThat(RequiredDocuments.of("""
                Front-end developer

                Klaar? Stuur ons een e-mail naar jobs@example.nl met daarin:

                Een pakkende titel

                Je 3 beste skills

                Je beste teamwork tactiek

                Website en/of CV

                Succes!
                """)).contains("cv");
    }

    @Test
    void linesWithoutMarksAfterALineThatAsksForNothingAreNoDocuments() {
        assertThat(RequiredDocuments.of("""
                Front-end developer

                Wat wij bieden:

                Een laptop naar keuze

                Hulp bij je CV en LinkedIn

                Stuur ons een e-mail naar jobs@example.nl.
                """)).doesNotContain("cv");
    }

    @Test
    void anItemWithAnotherMarkUnderAnOptionalListIsNotWalkedOver() {
        assertThat(RequiredDocuments.of("""
                Marketing coordinator

                To be considered, please email us at hiring@example.coop with the following:

                ● Resume or CV (ideally as a PDF)
                ● Brief covering statement outlining why you are a fit for the position, this
                could include:
                ○ Description of a recent project or volunteer role
                ○ Links to a portfolio or previous work
                """)).doesNotContain("portfolio");
    }
}
