package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sillage.domain.DocumentRequirement;
import org.sillage.domain.Necessity;
import org.sillage.domain.PostingFields;

/** Documents, languages, experience and driving licence. */
class RequirementRulesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Les candidatures (CV et lettre de motivation) sont à adresser par courriel.                    | cv,cover_letter
            Lettre de motivation + CV, à adresser par mail à x@y.org                                      | cover_letter,cv
            Envoyez-nous votre LinkedIn, CV ou GitHub à jobs@x.fr                                         | cv
            Ajoute ton CV, un lien vers ton compte Linkedin, et tout ce que tu souhaites nous communiquer.  | cv,other:linkedin_profile
            Fournissez-nous un lien vers votre CV, des exemples de votre travail ou ce que nous devrions voir. | cv,portfolio
            Include a link to a CV, examples of your work, and/or whatever you think we should see.       | cv,portfolio
            Please send a cover letter, your resume and three references.                                  | cover_letter,cv,references
            Merci de joindre une copie des diplômes et une pièce d'identité à votre candidature.          | diploma,id_document
            Stuur je cv en motivatiebrief naar vacature@gemeente.nl                                        | cv,cover_letter
            Envoyez votre CV et quelques lignes de motivation à rh@org.fr                                 | cv,cover_letter
            """)
    void readsTheRequiredDocuments(String text, String kinds) {
        assertThat(extractor.extract(text).requiredDocumentKinds()).containsExactlyInAnyOrder(kinds.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Parle-nous de toi (nul besoin de lettre de motivation formelle) et envoie ta candidature. | cover_letter | WAIVED
            Pas besoin de lettre de motivation, envoyez votre candidature par mail.                    | cover_letter | WAIVED
            Vous pouvez également nous envoyer votre CV / LinkedIn / Portfolio.                       | cv           | OPTIONAL
            Send your application with a cover letter (optional).                                     | cover_letter | OPTIONAL
            """)
    void knowsOptionalAndWaivedDocuments(String text, String kind, Necessity necessity) {
        PostingFields f = extractor.extract(text);
        assertThat(f.requiredDocuments()).extracting(DocumentRequirement::kind, DocumentRequirement::necessity)
                .contains(org.assertj.core.groups.Tuple.tuple(kind, necessity));
        assertThat(f.requiredDocumentKinds()).doesNotContain(kind);
    }

    @Test
    void keepsFormatLengthAndLanguageConstraints() {
        PostingFields f = extractor.extract("""
                7. Dépôt des candidatures
                · La candidature devra comprendre :
                · un CV (rédigé dans votre langue) de maximum un A4 recto verso et en format pdf
                · une lettre de motivation avec traduction dans la deuxième langue de maximum un A4 et en format PDF
                """);
        assertThat(f.requiredDocumentKinds()).containsExactly("cv", "cover_letter", "translation");
        DocumentRequirement cv = f.requiredDocuments().get(0);
        assertThat(cv.format()).isEqualTo("PDF");
        assertThat(cv.length()).isEqualTo("maximum un A4 recto verso");
        DocumentRequirement letter = f.requiredDocuments().get(1);
        assertThat(letter.language()).isEqualTo("traduction dans la deuxième langue");
    }

    @Test
    void seesNoDocumentsOutsideTheApplication() {
        PostingFields f = extractor.extract("""
                Missions
                - Traduire et/ou relire les traductions des documents.
                - Gérer un portfolio de projets européens.
                Diplômes et expérience requis
                """);
        assertThat(f.requiredDocumentKinds()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Maîtrise du français et de l'anglais obligatoire, celle de l'arabe est un atout important ; | en,fr
            Excellente maîtrise de l'anglais                                                               | en
            Maîtrise du français. Le portugais est un plus.                                                | fr
            Niveau B2 de la deuxième langue (français/néerlandais). Bonne connaissance de l'anglais.      | en,fr,nl
            Fluency in English;                                                                             | en
            Demonstrate an excellent level of spoken and written English.                                  | en
            Tu maîtrises le français et un peu l'anglais dans un contexte professionnel.                   | fr
            Vloeiende kennis van het Nederlands is vereist.                                                | nl
            Good command of English, written and oral.                                                     | en
            Strong writing skills in Dutch and English.                                                     | en,nl
            Goede schrijfvaardigheid in het Nederlands en het Engels.                                      | en,nl
            Vous communiquez à l'écrit et à l'oral, en français et en anglais.                                 | en,fr
            Bon niveau en allemand technique.                                                              | de
            A certificate of Spanish proficiency (level C1).                                               | es
            Nos partenaires écrivent en anglais, une bonne pratique écrite est donc nécessaire.          | en
            Il s'agit d'un emploi bilingue à nomination impérative.                                        | en,fr
            Le profil linguistique de l'emploi est « anglais essentiel ».                                  | en
            """)
    void readsRequiredLanguages(String text, String codes) {
        assertThat(extractor.extract(text).languagesRequired()).containsExactly(codes.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ideally, you're fluent in French and English.
            We are looking for strong communication skills in either English or French.
            Rédiger des projets en français ou en anglais.
            Vous maîtrisez (idéalement) les deux langues officielles.
            A pool MAY be created with linguistic profiles (english essential, bilingual imperative).
            Recherche de financements au niveau marocain, français et international.
            Speaking French is appreciated but not a prerequisite.
            Je spreekt Nederlands, Frans of Engels met de klanten.
            Une troisième langue (italien, allemand ou espagnol) serait un atout.
            Des notions de russe, d'arabe ou de chinois sont bienvenues.
            Bilingual applicants are welcome.
            Proficiency in German is not expected or required.
            """)
    void requiresNoLanguageWhenItIsAChoiceOrAPlus(String text) {
        assertThat(extractor.extract(text).languagesRequired()).isEmpty();
    }

    @Test
    void readsALanguageListedUnderTheRequirements() {
        assertThat(extractor.extract("Offre d'emploi\n\nProfil recherché :\n- Autonomie\n"
                + "- Allemand (échanges avec les fournisseurs)\n- Permis B\n").languagesRequired()).containsExactly("de");
        assertThat(extractor.extract("Offre d'emploi\n\nVous maîtrisez :\n- les outils bureautiques\n"
                + "- l'italien courant des affaires\n").languagesRequired()).containsExactly("it");
        assertThat(extractor.extract("Offre d'emploi\n\n## Savoir-faire attendus :\nUne formation en gestion.\n\n"
                + "## En particulier :\n- Tableurs\n- Néerlandais (relations avec les clients)\n").languagesRequired())
                .containsExactly("nl");
        assertThat(extractor.extract("Job offer\n\nPreferred qualifications:\n- Proficiency in Italian\n- A driving licence\n")
                .languagesRequired()).isEmpty();
        assertThat(extractor.extract("Job offer\n\nNice to have:\n- Portuguese\n- Experience with grants\n")
                .languagesRequired()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            From 3 yrs of exp.                                                       | 3
            Deux ans d'expérience minimum dans le domaine                            | 2
            Vous avez une expérience d'au moins 5 ans dans la coordination          | 5
            Au moins 3 ans d'expérience dans le domaine du développement web        | 3
            3 à 5 ans d'expérience en gestion de projet                              | 3
            5+ years' experience in software                                         | 5
            Experience: 3+ years in a similar role                                   | 3
            Minimaal 2 jaar werkervaring                                             | 2
            Requirements: 2+ years coordinating volunteers.                          | 2
            You have at least 4 years working with young people.                     | 4
            Profil : 3 ans minimum dans l'animation socioculturelle                  | 3
            Je hebt minstens 2 jaar als jeugdwerker gewerkt.                         | 2
            Three-five years of experience developing online campaigns.              | 3
            You must have one (1) year of specialized experience at the lower grade. | 1
            """)
    void readsMinimumExperience(String text, int years) {
        assertThat(extractor.extract(text).experienceYears()).isEqualTo(years);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Pour un chargé jusqu'à 5 ans d'expérience, le salaire est de 2500 euros nets.
            L'association, forte de 20 ans d'expérience, recrute.
            Une première expérience est un plus.
            This is a 2-year contract with 12 months of probation.
            CDD de 2 ans, mission de 6 mois renouvelable.
            Requirements: a fixed-term contract of 2 years in Lille.
            L'association agit depuis 20 ans dans le quartier.
            Founded 30 years ago, we have 12 years of funding.
            """)
    void readsNoExperienceFromOtherNumbers(String text) {
        assertThat(extractor.extract(text).experienceYears()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Permis B
            Maîtrise de la bureautique et permis de conduire indispensable.
            A valid driving licence is required.
            Rijbewijs B is een pluspunt
            """)
    void seesADrivingLicence(String text) {
        assertThat(extractor.extract(text).drivingLicence()).isTrue();
    }
}
