package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.TextStructure;

/** Titles written after a label or a date on their own line. */
class TitleKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aMasterSubjectFormGivesTheTitleAfterTitreNotAFieldAboutThePerson() {
        PostingFields f = extractor.extract("""
                PROPOSITION DE SUJET DE MASTER

                Intitulé du laboratoire d'accueil : Laboratoire Exemple

                Adresse : 1 rue de la Paix 44000 Nantes

                Nom, prénom et grade du responsable du stage : Jeanne DUPONT, responsable du groupe

                Téléphone : 02.00.00.00.00

                Titre : Étude de la dynamique des faisceaux par simulation

                Le laboratoire présente un programme de recherche.
                """);
        assertThat(f.title()).isEqualTo("Étude de la dynamique des faisceaux par simulation");
    }

    @Test
    void anOpportunityOrAVacancyNoticeNamedBeforeItsColonIsNoWordOfTheTitle() {
        assertThat(extractor.extract("""
                Job Opportunity: Hub Coordinator

                We are a community bike workshop in a small town.
                """).title()).isEqualTo("Hub Coordinator");
        assertThat(extractor.extract("""
                Avis de vacance de poste : Chargé de mission patrimoine

                La communauté de communes recrute.
                """).title()).isEqualTo("Chargé de mission patrimoine");
    }

    @Test
    void aLabelBeforeTheTitleOnItsLineGoes() {
        PostingFields f = extractor.extract("""
                Poste : Animatrice / animateur nature

                Le centre accueille des classes vertes toute l'année.
                """);
        assertThat(f.title()).isEqualTo("Animatrice / animateur nature");
    }

    @Test
    void aDutchWantedLabelGoes() {
        PostingFields f = extractor.extract("""
                Gezocht: tuinier met groene vingers

                Wij zoeken iemand voor onze moestuin.
                """);
        assertThat(f.title()).isEqualTo("Tuinier met groene vingers");
    }

    @Test
    void aJobProfileHeadingInCapitalsGoes() {
        PostingFields f = extractor.extract("""
                PROFIL DE POSTE CHARGÉ DE MÉDIATION SCIENTIFIQUE

                Finalité du poste
                Faire connaître les collections.
                """);
        assertThat(f.title()).isEqualTo("CHARGÉ DE MÉDIATION SCIENTIFIQUE");
    }

    @Test
    void theMonthOfThePostingBeforeTheTitleGoes() {
        PostingFields f = extractor.extract("""
                March 2024 - Field Technician Co-op

                Join our water quality team for a four-month term.
                """);
        assertThat(f.title()).isEqualTo("Field Technician Co-op");
    }

    @Test
    void aYearAfterAProposalLabelIsNoTitle() {
        PostingFields f = extractor.extract("""
                PROPOSITION DE STAGE – 2026

                Suivi acoustique des chauves-souris

                Contexte : le laboratoire étudie les chiroptères.
                """);
        assertThat(f.title()).isEqualTo("Suivi acoustique des chauves-souris");
    }

    @Test
    void aLogoAndADateOnTopAreNoTitle() {
        PostingFields f = extractor.extract("""
                logo
                12 mars 2026

                Responsable administratif et financier

                Missions
                """);
        assertThat(f.title()).isEqualTo("Responsable administratif et financier");
    }

    @Test
    void aLineAboveThatARecruitingSentenceNamesShortIsTheWholeTitle() {
        PostingFields f = extractor.extract("""
                Juillet 2026

                Chargé de mission zones humides

                L'association Marais Vivants recrute un chargé de mission pour deux ans.
                """);
        assertThat(f.title()).isEqualTo("Chargé de mission zones humides");
        assertThat(f.organization()).isEqualTo("Marais Vivants");
    }

    @Test
    void aKindOfBodyIsNoOrganisationName() {
        PostingFields f = extractor.extract("""
                Animateur nature

                L'association recrute un animateur nature.
                """);
        assertThat(f.organization()).isNull();
    }

    @Test
    void aLetterheadSetLargeIsTheOrganisationNotTheTitle() {
        String text = """
                MAISON DES SAVOIRS DU LITTORAL
                Médiateur·rice scientifique
                La Maison accueille les classes de la région toute l'année.
                """;
        TextStructure s = new TextStructure.Builder()
                .block(TextStructure.Kind.TITLE, 0, "MAISON DES SAVOIRS DU LITTORAL")
                .block(TextStructure.Kind.TITLE, 0, "Médiateur·rice scientifique")
                .build(text);
        assertThat(extractor.extract(text, s).title()).isEqualTo("Médiateur·rice scientifique");
    }

    @Test
    void aSentenceOnTheFirstLineIsNoTitle() {
        assertThat(extractor.extract("""
                Our network posts the following vacancies. Please write to jobs@network.example before May 1.

                Field officer

                The field officer visits partner farms.
                """).title()).isEqualTo("Field officer");
        assertThat(extractor.extract("""
                Piloter, coordonner et suivre les chantiers de rénovation des écoles

                Chargé·e de travaux
                """).title()).isEqualTo("Chargé·e de travaux");
    }

    @Test
    void anEmailAfterALabelIsNoTitle() {
        assertThat(TitleFilters.notATitle("Candidature : CV uniquement par mail à recrutement@asso.example")).isTrue();
        assertThat(TitleFilters.notATitle("Ce projet, soutenu par la région et deux fondations, a pour objectif de")).isTrue();
        assertThat(TitleFilters.notATitle("Designer de service pour les démarches en ligne")).isFalse();
        assertThat(TitleFilters.notATitle("Chargé·e de mission vie associative et bénévolat")).isFalse();
        assertThat(TitleFilters.notATitle("Conseiller en insertion professionnelle")).isFalse();
        assertThat(TitleFilters.notATitle("Secrétaire des instances et de la vie statutaire")).isFalse();
        assertThat(TitleFilters.notATitle("Sr. Java Developer (Payments)")).isFalse();
        assertThat(TitleFilters.notATitle("Three postdoctoral positions (Smith@Lab)")).isFalse();
        assertThat(TitleFilters.notATitle("📍 Lieu de travail : Valence, Drôme")).isTrue();
        assertThat(TitleFilters.notATitle("Date limite de candidature : 4 juin 2025")).isTrue();
        assertThat(TitleFilters.notATitle("Start-up d'État : chargé·e de déploiement")).isFalse();
        assertThat(TitleFilters.notATitle("Animer les ateliers du jardin partagé avec les bénévoles")).isTrue();
    }

    @Test
    void aFrontMatterTitleContinuedOnAnIndentedLineIsWhole() {
        assertThat(extractor.extract("""
                ---
                layout: post
                title: Animatrice pour la ludothèque du quartier et la bibliothèque
                  Louise Michel (H/F)
                date: 2024-03-01
                ---
                La ludothèque accueille les familles le mercredi.
                """).title()).isEqualTo("Animatrice pour la ludothèque du quartier et la bibliothèque Louise Michel (H/F)");
        // an empty quoted value next to it is no continuation and no failure
        assertThat(extractor.extract("""
                +++
                subtitle = ""
                title = "Research Assistant"
                +++
                We study rivers.
                """).title()).isEqualTo("Research Assistant");
    }

    @Test
    void aRecruitingLabelWithATurnedApostropheGoes() {
        assertThat(extractor.extract("""
                Recrutement d‘un-e animateur·rice nature

                Le centre accueille des classes vertes.
                """).title()).isEqualTo("Animateur·rice nature");
    }

    @Test
    void aPositionsLengthAndPlaceAreNotPartOfItsTitle() {
        assertThat(extractor.extract("""
                1 year ML research engineer position in Inria Grenoble

                Context
                Sparse solvers are used in genomics and geophysics.
                """).title()).isEqualTo("ML research engineer");
        assertThat(extractor.extract("""
                2-year postdoc position in experimental fluid mechanics

                Context
                We study how small swimmers feed.
                """).title()).isEqualTo("2-year postdoc position in experimental fluid mechanics");
    }

    @Test
    void aSectionsHeadingOrALineOfPayIsNoTitle() {
        var e = extractor.extract("""
                This is a chance for someone who writes well to help small charities tell their story.

                You will join a small team and write grant applications for our clients across the country.

                Salary

                £24,000 - £26,000 per annum + 5% employer pension contribution
                """);
        assertThat(String.valueOf(e.title())).isNotEqualTo("Salary").doesNotStartWith("£24,000");
    }

    @Test
    void theJobAfterAnExclamationThatOnlySaysHiring() {
        assertThat(extractor.extract("We're hiring! Communications Officer (maternity cover)\n\nLes Amis is a charity "
                + "based in Lille.\n\nSend your CV to jobs@amis.example.\n").title())
                .isEqualTo("Communications Officer (maternity cover)");
        assertThat(extractor.extract("On recrute ! Animateur périscolaire (H/F)\n\nLes Amis, Lille.\n\nEnvoyez CV à "
                + "recrutement@amis.example.\n").title()).isEqualTo("Animateur périscolaire (H/F)");
    }
}
