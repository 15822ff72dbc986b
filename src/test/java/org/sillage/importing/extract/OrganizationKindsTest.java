package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;
import org.sillage.importing.TextStructure;

/** The organisation found by kind: where a real posting names its employer when no label does. */
class OrganizationKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aRegistrationNumberOrTheJobsOwnLineIsNoEmployer() {
        assertThat(extractor.extract("""
                Example Trust
                Registered charity no. 123456

                VACANCY

                Youth Worker (part-time, 21 hours)

                Salary: £24,000 pro rata
                """).organization()).isNotEqualTo("Registered charity no. 123456");
        assertThat(extractor.extract("""
                Job opportunity

                Programme Coordinator – Climate Justice

                Closing date: 12 May 2027
                """).organization()).isNull();
    }

    @Test
    void aBreadcrumbIsNoTitle() {
        assertThat(extractor.extract("""
                Home > Jobs > Senior Developer

                Senior Developer

                We are looking for a senior developer to join us.
                """).title()).isEqualTo("Senior Developer");
    }

    @Test
    void aHeaderNamingTheOrganisationThenTheJobGivesTheJobAsTitleAndNoPlace() {
        PostingFields f = extractor.extract("""
                We are hiring!

                Open Source Initiative — Operations Manager

                The Open Source Initiative (OSI) is a public benefit corporation.

                To apply, send a resume to jobs@opensource.example
                """);
        assertThat(f.title()).isEqualTo("Operations Manager");
        assertThat(f.organization()).isEqualTo("Open Source Initiative (OSI)");
        assertThat(f.location()).isNull();
    }

    @Test
    void aSentenceUnderTheTitleIsNoEmployersName() {
        PostingFields f = extractor.extract("""
                Research Engineer (m/f/d)

                At Example Robotics GmbH we build robots.

                Location: Munich

                Please apply via our career portal.
                """);
        assertThat(f.organization()).isEqualTo("Example Robotics GmbH");
    }

    @Test
    void anOrganisationThatSeeksAJobNamesBoth() {
        PostingFields f = extractor.extract("""
                ## Background and role context

                Ropen Lab seeks a _Community Manager_ to support and build our community of researchers.

                Other desired qualifications include written and spoken proficiency in Spanish.
                """);
        assertThat(f.organization()).isEqualTo("Ropen Lab");
        assertThat(f.title()).isEqualTo("Community Manager");
        assertThat(f.languagesRequired()).isEmpty();
    }

    @Test
    void anInstitutionLabelNamesTheEmployerAndAnOverviewHeadingDoesNot() {
        assertThat(extractor.extract("""
                Master 2 internship - Synthetic matter with
                phase-transition engineering in a fluid of light

                Overview
                Institution: Université Exemple - CNRS - Laboratoire Exemple
                Team: Fluids team - A. Person
                Location: Campus Nord, Lille, France
                Duration: 3-6 months

                Photons are great carriers of information.
                """).organization()).isEqualTo("Université Exemple - CNRS - Laboratoire Exemple");
    }

    @Test
    void aNameOfTwoCapitalisedWordsIsANameEvenWhenItOpensEverySentence() {
        PostingFields f = extractor.extract("""
                Chargé de communication

                Ruisseau Vert est une coopérative de jardins partagés.
                Ruisseau Vert compte aujourd'hui trois salariés.

                Envoyez votre CV avant le 3 mars.
                """);
        assertThat(f.organization()).isEqualTo("Ruisseau Vert");
    }

    @Test
    void aNameDefinedWithItsAcronymKeepsTheAcronym() {
        PostingFields f = extractor.extract("""
                Field Assistant

                Coastal Bird Watch Network (CBWN) is a volunteer network counting sea birds.

                Send your resume by May 2.
                """);
        assertThat(f.organization()).isEqualTo("Coastal Bird Watch Network (CBWN)");
    }

    @Test
    void aNameAfterTheKindOfBodyItIsNamesTheEmployer() {
        PostingFields f = extractor.extract("""
                Nous cherchons un·e chargé·e de projet pour un programme porté par l'ONG Terre Fertile en Guinée.

                Mission : suivre les chantiers.
                """);
        assertThat(f.organization()).isEqualTo("Terre Fertile");
    }

    @Test
    void aWorkplaceThatIsALaboratoryNamesTheEmployer() {
        PostingFields f = extractor.extract("""
                Sujet de thèse en écologie des sols

                Lieu de travail : laboratoire Sols-Vivants (Besançon)
                Durée : 36 mois
                """);
        assertThat(f.organization()).isEqualTo("laboratoire Sols-Vivants");
    }

    @Test
    void aWorkplaceLabelAloneOnItsLineNamesTheLabOnTheNextLine() {
        PostingFields f = extractor.extract("""
                Stage de recherche : compression de graphes

                Lieu
                    Laboratoire ALPHA et Institut Beta, France.

                Contexte
                    Les graphes sont partout.
                """);
        assertThat(f.organization()).isEqualTo("Laboratoire ALPHA et Institut Beta");
    }

    @Test
    void anAcronymOfTheTitleSpelledOutInTheTextNamesTheEmployer() {
        PostingFields f = extractor.extract("""
                RESPONSABLE ADMINISTRATIF DU JBMA

                Sous l'autorité de la direction, le ou la responsable gère le budget du Jardin Botanique
                de Montagne des Alpes et suit les conventions.
                """);
        assertThat(f.organization()).isEqualTo("Jardin Botanique de Montagne des Alpes");
    }

    @Test
    void aPageTitleEndsOnTheSiteNameWhenTheTextNamesNoEmployer() {
        String text = """
                Kok gezocht

                Kook je graag met verse producten? Kom dan werken bij Brasserie Zeewind!
                Stuur je cv naar jobs@zeewind.example.
                """;
        TextStructure s = new TextStructure.Builder().metaTitle("Vacature kok - Brasserie Zeewind Oostende").build(text);
        PostingFields f = extractor.extract(text, s);
        assertThat(f.organization()).isEqualTo("Brasserie Zeewind");
    }

    @Test
    void anAcronymOfTheTitleThatNamesAContractIsNoEmployer() {
        PostingFields f = extractor.extract("""
                Animateur jeunesse sous contrat PAE

                Ce poste relève du Programme Accès Emploi, réservé aux moins de 26 ans.
                """);
        assertThat(f.organization()).isNull();
    }

    @Test
    void aSubtitleUnderTheTitleIsNoJobBoardOrganisation() {
        PostingFields f = extractor.extract("""
                Master internship: sparse optimisation

                Application to inverse problems in hydrology

                Location: the campus
                Duration: six months
                Supervisors: two researchers
                """);
        assertThat(f.organization()).isNull();
    }

    @Test
    void aWorkplaceSentenceIsNoOrganisation() {
        PostingFields f = extractor.extract("""
                Postdoctoral fellow in immunology

                Location: the two labs are located at the north campus of the university.
                """);
        assertThat(f.organization()).isNull();
    }

    @Test
    void aNameWhoseAcronymSkipsSomeWordsIsStillSpelledOutWithItsAcronym() {
        PostingFields f = extractor.extract("""
                Chargé·e de plaidoyer

                La Coordination Nationale pour l'Accès aux Soins (CNAS) recrute un·e chargé·e de plaidoyer.
                La CNAS fédère quarante centres de santé.

                Envoyez votre CV avant le 12 avril.
                """);
        assertThat(f.organization()).isEqualTo("Coordination Nationale pour l'Accès aux Soins (CNAS)");
    }

    @Test
    void aNameOpeningALineIsSpelledOutFromThatLineOnly() {
        PostingFields f = extractor.extract("""
                Volunteer Coordinator

                About us
                Harbour Seal Rescue Team (HSRT) cares for stranded seals on the east coast.
                HSRT is looking for a volunteer coordinator.

                Send your resume by June 4.
                """);
        assertThat(f.organization()).isEqualTo("Harbour Seal Rescue Team (HSRT)");
    }

    @Test
    void aFrontMatterNameTheBodyWritesWithItsAcronymKeepsTheAcronym() {
        PostingFields f = extractor.extract("""
                ---
                title: "Grants Officer"
                organization: "Northern Rivers Land Trust"
                ---
                The Northern Rivers Land Trust (NRLT) protects farmland along three rivers.
                We are looking for a grants officer.
                """);
        assertThat(f.organization()).isEqualTo("Northern Rivers Land Trust (NRLT)");
    }

    @Test
    void aShortFrontMatterNameTheTextWritesWithItsKindOfBodyRunsOn() {
        PostingFields f = extractor.extract("""
                ---
                title: "Postdoc in hydrology"
                author: Tidewater
                ---
                Tidewater Research Institute studies estuaries. At Tidewater Research Institute you will model tides.
                Apply by June 1.
                """);
        assertThat(f.organization()).isEqualTo("Tidewater Research Institute");
    }

    @Test
    void aPluralNameKeepsItsArticleWhenTheTextContractsIt() {
        PostingFields f = extractor.extract("""
                Animateur·rice de jardin

                Fondée en 2001, l'asbl « Les Jardins du Possible » est une association d'éducation à l'environnement.
                Le poste est rattaché au pôle animation des Jardins du Possible.
                Envoyez votre candidature avant le 5 mai.
                """);
        assertThat(f.organization()).isEqualTo("Les Jardins du Possible");
    }
}
