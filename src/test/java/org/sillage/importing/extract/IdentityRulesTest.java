package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sillage.domain.ContractType;
import org.sillage.domain.PostingFields;

/** Title, organisation, location, contract type, start, posted date, pay and remote work. */
class IdentityRulesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void readsAJobBoardHeader() {
        PostingFields f = extractor.extract("""
                Head of Program Support Services - Lille

                Le Partenariat - Centre Gaïa

                Long-term contract
                Localisation Lille, France
                From 3 yrs of exp.
                Posted on 11-14-2025
                """);
        assertThat(f.title()).isEqualTo("Head of Program Support Services");
        assertThat(f.organization()).isEqualTo("Le Partenariat - Centre Gaïa");
        assertThat(f.location()).isEqualTo("Lille, France");
        assertThat(f.contractType()).isEqualTo(ContractType.CDI);
        assertThat(f.postedDate()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(f.experienceYears()).isEqualTo(3);
    }

    @Test
    void takesTheLineAfterAGenericLabelAsTheTitle() {
        PostingFields f = extractor.extract("""
                ASSOCIATION LES AMIS DU MONDE

                OFFRE D'EMPLOI
                Chargé(e) de mission éducation

                L'association développe des projets éducatifs.
                """);
        assertThat(f.title()).isEqualTo("Chargé(e) de mission éducation");
    }

    @Test
    void readsOrganisationAndTitleFromARecruitsBlock() {
        PostingFields f = extractor.extract("""
                LE PARTENARIAT
                Organisation de Solidarité Internationale

                recrute

                Un.e coordinateur.rice du Partenariat au Maroc
                """);
        assertThat(f.organization()).isEqualTo("LE PARTENARIAT");
        assertThat(f.title()).isEqualTo("Coordinateur.rice du Partenariat au Maroc");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '---\\ntitle: "Guidoline recrute !"\\ndate: "2014-01-09"\\n---\\n\\nGuidoline recrute un **volontaire en Service Civique**.' | Volontaire en Service Civique | Guidoline
            '---\\ntitle: "Guidoline recherche un(e) Coordinateur(rice) d’association"\\n---\\nTexte.'                                  | Coordinateur(rice) d’association | Guidoline
            '# Locatio recrute un(e) chargé(e) de déploiement !\\n\\nTexte.'                                                               | Chargé(e) de déploiement | Locatio
            '---\\nroles: Développeur.se full stack\\nstartup: locadocs\\n---\\nTexte.'                                                      | Développeur.se full stack | locadocs
            'Stichting Vluchtelingenwerk zoekt een projectleider integratie\\n\\nTekst.'                                                       | Projectleider integratie | Stichting Vluchtelingenwerk
            '---\\ntitle: Chargé de mission | Guidoline\\nauthor: Guidoline\\n---\\nTexte.'                                               | Chargé de mission | Guidoline
            '---\\nroles: une ou un chargé(e) d’accompagnement #\\nopen: true # à basculer\\n---\\nL’équipe Compétences Pro cherche un·e CPO.' | Chargé(e) d’accompagnement | Compétences Pro
            """)
    void readsTitleAndOrganisation(String text, String title, String organization) {
        PostingFields f = extractor.extract(text.replace("\\n", "\n"));
        assertThat(f.title()).isEqualTo(title);
        assertThat(f.organization()).isEqualTo(organization);
    }

    @Test
    void namesTheOrganisationBehindAnAcronymUsedThroughout() {
        PostingFields f = extractor.extract("""
                L'équipe de liaison du SNC cherche un assistant.
                Le Service numérique canadien se concentre sur la prestation de services publics.
                Au SNC, nous célébrons les différences. Le SNC accepte toutes les candidatures.
                """);
        assertThat(f.organization()).isEqualTo("Service numérique canadien (SNC)");
    }

    @Test
    void namesTheCityThatRecruitsAgainAndAgain() {
        PostingFields f = extractor.extract("""
                Chargé(e) de coopération
                La Ville de Lille mène une politique de relations internationales.
                La Ville de Lille a pour partenaire la commune d'Oujda, où la Ville de Lille soutient des projets.
                """);
        assertThat(f.organization()).isEqualTo("Ville de Lille");
    }

    @Test
    void takesTheJobOutOfARecruitingFrontMatterTitle() {
        PostingFields f = extractor.extract("""
                ---
                title: Nous recrutons des chargé.e.s de déploiement juniors, pour rejoindre des produits beta.gouv.fr
                ---
                Texte de présentation.
                """);
        assertThat(f.title()).isEqualTo("Chargé.e.s de déploiement juniors");
    }

    @Test
    void takesTheJobOutOfARecruitingTitle() {
        PostingFields f = extractor.extract("""
                ---
                title: Nous recrutons des chargé.e.s de déploiement juniors, pour rejoindre des produits beta.gouv.fr
                ---
                L'incubateur de la DINUM recherche des chargé.e.s de déploiement.
                """);
        // the front matter's job, whole; the body's shorter one no longer gains from its own line agreeing with it
        assertThat(f.title()).isEqualTo("Chargé.e.s de déploiement juniors");
        assertThat(f.organization()).isEqualTo("incubateur de la DINUM");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Alternance basée au 92 rue de la Reine Astrid, 59700 Marcq-en-Barœul.           | Marcq-en-Barœul
            '- **Localisation** : Grande Arche et Tour Sequoia (La Défense)'                   | Grande Arche et Tour Sequoia (La Défense)
            Lieu de stage : Région parisienne                                                  | Région parisienne
            Le télétravail est une possibilité, nos bureaux sont à Paris 7.                    | Paris 7
            'Localisation : Safi (Maroc) avec de nombreux déplacements'                        | Safi (Maroc)
            'Standplaats: Utrecht'                                                            | Utrecht
            '- Poste basé à Paris (télétravail possible 3 jours par semaine)'                  | Paris
            """)
    void readsTheWorkplace(String text, String location) {
        assertThat(extractor.extract(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Type de poste : CDI, à temps plein. Nos volontaires en service civique vous aideront. | CDI
            Contrat d’un an (reconduction de la mission possible en CDI à l’issue de ce contrat)  | CDD
            Poste ouvert pour un CDD à temps plein, en contrat de vacataire, d’une durée de 6 mois. | CDD
            Poste ouvert pour des personnes indépendantes sur une durée de 4 mois                 | freelance
            Nous recrutons des freelances, disponibles entre 1 à 4 jours par semaine.             | freelance
            Durée : Stage de 3 à 6 mois                                                            | stage
            Alternance de 12 à 24 mois en contrat d'apprentissage.                                 | alternance
            Contrat de Volontariat de Solidarité Internationale (VSI)                              | VSI
            Guidoline recrute un volontaire en Service Civique.                                    | service_civique
            We are looking to hire a student to join our Outreach team.                            | other
            Full-time two year Postdoctoral Fellow position                                        | CDD
            Wij bieden een contract voor onbepaalde duur.                                          | CDI
            This is a full-time, indeterminate position.                                           | CDI
            Software Engineering Intern (summer 2024)                                              | stage
            Poste en apprentissage de 2 ans au sein du service communication                      | alternance
            We are hiring an international relations officer to join our team.                     | 
            Mission bénévole de 6 mois à Lyon                                                      | volunteer
            We are seeking a full-time research software engineer. The position is open-ended.    | CDI
            A full time research software engineer position starting June/July 2016 for two years. | CDD
            """)
    void readsTheContractType(String text, String code) {
        assertThat(extractor.extract(text).contractType()).isEqualTo(ContractType.fromCode(code).orElse(null));
    }

    @Test
    void aNegatedContractIsNotTheContract() {
        assertThat(extractor.extract("This is *not* a postdoc position: the core tasks are development.").contractType()).isNull();
    }

    @Test
    void readsThePlaceUnderALocationHeading() {
        PostingFields f = extractor.extract("""
                # Location

                The developer will work at the [University of Warwick](http://www2.warwick.ac.uk/), UK.
                """);
        assertThat(f.location()).isEqualTo("University of Warwick, UK");
    }

    @Test
    void readsNoContractWhenNoneIsStated() {
        assertThat(extractor.extract("Ouvert à : Contractuels, Titulaires. Vous êtes autonome et indépendant.").contractType())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Date de début de mission : Fin novembre 2015'                                   | Fin novembre 2015                 |
            'Le poste est à pourvoir rapidement pour un démarrage effectif fin août/début septembre 2021.' | fin août/début septembre 2021 |
            'Début souhaité : à partir de novembre 2024'                                      | à partir de novembre 2024         |
            'Prise d’effet : à partir de mars 2021.'                                          | à partir de mars 2021             |
            '#### Date de début\\nLe lundi 4 janvier 2021'                                     |                                   | 2021-01-04
            '- Démarrage dès que possible'                                                     | Démarrage dès que possible        |
            'Nous cherchons un remplaçant à partir du 1er novembre 2018.'                     | à partir du 1er novembre 2018     | 2018-11-01
            'La date de début de mission est à discuter.'                                      | La date de début de mission est à discuter. |
            'Start date: 1 September 2024'                                                     |                                   | 2024-09-01
            'Start date: 1 September 2024 at the latest'                                       | 1 September 2024 at the latest    | 2024-09-01
            'Le début du contrat est prévu au 02/03/2026.'                                    |                                   | 2026-03-02
            'Prise de poste souhaitée le 4 mai 2026, ou plus tard selon vos contraintes.'     | Prise de poste souhaitée le 4 mai 2026, ou plus tard selon vos contraintes | 2026-05-04
            'Startdatum: zo snel mogelijk'                                                     | zo snel mogelijk                  |
            'The internship is available immediately.'                                         | The internship is available immediately |
            'Two researchers, immediately available, are needed.'                              | immediately available             |
            'You will be able to immediately lead our audits.'                                 |                                   |
            'Je kunt per direct aan de slag.'                                                  | per direct                        |
            'Expected start date is June 3, 2026, or later by agreement.'                         | June 3, 2026, or later by agreement | 2026-06-03
            '---\\nstart_date: Février 2027\\n---\\n\\nStage en communication.'              | Février 2027                      |
            '---\\ndate_debut: 2027-03-01T23:00:00.000Z\\n---\\n\\nRésidence d’écriture.'         |                                   |
            'For 1 year starting no later than September 2018.'                                | For 1 year starting no later than September 2018. |
            'Dates : à partir de janvier 2020 (adaptable)'                                     | à partir de janvier 2020 (adaptable) |
            'Poste à pourvoir fin janvier 2024.'                                               | Poste à pourvoir fin janvier 2024 |
            'Interviews will take place on the week beginning the 4th January 2016.'           |                                   |
            'Het RKD vraagt om een geldige VOG bij indiensttreding.'                           |                                   |
            'Poste à pourvoir pour le 1er juin 2024.'                                          |                                   | 2024-06-01
            'Date d''embauche : 02/04/2024'                                                    |                                   | 2024-04-02
            'Timeline: now. The starting date is flexible, and the PhD program takes 4 years.'    | The starting date is flexible     |
            'This is a remote role. The position will ideally start early in 2027. The tasks are many.' | start early in 2027   |
            'Poste à pourvoir : 1er avril 2027'                                                |                                   | 2027-04-01
            'Poste à pourvoir : septembre 2027'                                                | septembre 2027                    |
            '---\npublished_date: 30 novembre 2021\nstart_date: 3 janvier\n---\n\nChargé de mission.' | 3 janvier              | 2022-01-03
            """)
    void readsTheStart(String text, String startText, String startDate) {
        PostingFields f = extractor.extract(text.replace("\\n", "\n"));
        assertThat(f.startText()).isEqualTo(startText);
        assertThat(f.startDate()).isEqualTo(startDate == null ? null : LocalDate.parse(startDate));
    }

    @Test
    void aRecruitingSentenceAfterTheOffersLabelGivesTheJobAsTitle() {
        PostingFields f = extractor.extract("# Poste à pourvoir : Ange Gardien recrute un(e) assistant(e) de vie – secteur du Pont-du-Gard\n\nTexte.\n");
        assertThat(f.title()).isEqualTo("Assistant(e) de vie");
        assertThat(f.organization()).isEqualTo("Ange Gardien");
    }

    @Test
    void aStartWrittenWithoutItsYearTakesTheYearTheTextGivesTheSameDay() {
        PostingFields f = extractor.extract("Auxiliaires de vie\n\nLe service recrute trois auxiliaires de vie à partir du 1er avril.\n\n"
                + "Nous recherchons trois CDD de 2 mois à partir du 1er avril 2027, puis CDI.\n");
        assertThat(f.startDate()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aStartGivenAfterTheOffersLabelIsNoTitle() {
        PostingFields f = extractor.extract("Chargé de mission (H/F)\n\nAssociation Exemple, Lille\n\nPoste à pourvoir : immédiatement\n");
        assertThat(f.title()).isEqualTo("Chargé de mission (H/F)");
        assertThat(f.startText()).isEqualTo("immédiatement");
    }

    @Test
    void theRangeAContractRunsOverStartsOnItsFirstDay() {
        // the first day has no year: it comes from the posted date
        PostingFields f = extractor.extract(
                "---\ndate: 2026-02-20\n---\n\nCoordonnateur de camp de jour\n\nDurée : 14 semaines, du 16 mai au 19 août 2026.");
        assertThat(f.startText()).isEqualTo("14 semaines, du 16 mai au 19 août 2026");
        assertThat(f.startDate()).isEqualTo(LocalDate.parse("2026-05-16"));
        // an application period is not the contract's range
        PostingFields g = extractor.extract(
                "---\ndate: 2026-02-20\n---\n\nCoordonnateur\n\nCandidatures pour le stage : du 16 mai au 19 août 2026.");
        assertThat(g.startDate()).isNull();
    }

    @Test
    void aStartWindowBetweenTwoDaysGivesNoStartDay() {
        PostingFields f = extractor.extract("Mission de 9 mois, prise de fonction entre le 1er juin 2026 et le 22 août 2026.");
        assertThat(f.startText()).contains("entre le 1er juin 2026");
        assertThat(f.startDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '_Poste ouvert le 30/11/2019_'             | 2019-11-30
            '_Poste ouvert le 04/01/2021_'             | 2021-01-04
            'Posted on 03-04-2025'                     | 2025-03-04
            '---\\ndate: 2019/03/12\\n---\\nTexte'      | 2019-03-12
            'Publié le 3 mars 2024'                    | 2024-03-03
            'Geplaatst op 12-04-2024'                  | 2024-04-12
            """)
    void readsThePostedDate(String text, String date) {
        assertThat(extractor.extract(text.replace("\\n", "\n")).postedDate()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '▪ Indemnité : 1200€/mois.'                                                     | 1200€/mois
            '- Salaire brut horaire : 12,15 €'                                              | Salaire brut horaire : 12,15 €
            '- Taux Journalier Moyen à discuter selon profil'                               | Taux Journalier Moyen à discuter selon profil
            '# Salary\\n\\nApprox. 2900 € of monthly *salaire brut* (before tax).'            | Approx. 2900 € of monthly salaire brut (before tax)
            """)
    void readsThePay(String text, String salary) {
        assertThat(extractor.extract(text.replace("\\n", "\n")).salaryText()).isEqualTo(salary);
    }

    @Test
    void readsNoPayWithoutAnAmountOrScale() {
        assertThat(extractor.extract("Rémunération : négociable selon l’expérience").salaryText()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '• Télétravail possible jusque 2 jours par semaine'                                  | Télétravail possible jusque 2 jours par semaine
            'Le télétravail est une possibilité, nos bureaux sont à Paris 7.'                    | Le télétravail est une possibilité
            'Les équipes sont organisées pour privilégier le travail à distance, et sinon non.' | Les équipes sont organisées pour privilégier le travail à distance
            'Vous pourrez travailler en autonomie, à distance si souhaité.'                       | à distance si souhaité
            'Un CDI à mi-temps en présentiel (Namur) et distanciel.'                             | Un CDI à mi-temps en présentiel (Namur) et distanciel
            'Home-based (1-2 days per week)'                                                      | Home-based (1-2 days per week)
            """)
    void readsRemoteWork(String text, String remote) {
        assertThat(extractor.extract(text).remoteText()).isEqualTo(remote);
    }

    @Test
    void remoteExperienceAnAllowanceAndARemoteInterviewAreNotRemoteWork() {
        assertThat(extractor.extract("Vous avez une expérience de travail à distance.").remoteText()).isNull();
        assertThat(extractor.extract("Je krijgt een thuiswerkvergoeding.").remoteText()).isNull();
        assertThat(extractor.extract("Ton entretien aura lieu le 26/04 en distanciel.").remoteText()).isNull();
    }

    @Test
    void aRemoteFirstTeamIsNotRemoteWork() {
        assertThat(extractor.extract("Build, coach, and manage a remote-first team working across Canada.").remoteText()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nous recrutons un chargé de mission pour notre équipe à Lille. | fr
            We are hiring a product designer to join our team.             | en
            Wij zoeken een projectleider voor het team in Utrecht.         | nl
            """)
    void tellsThePostingLanguage(String text, String language) {
        assertThat(extractor.extract(text).language()).isEqualTo(language);
    }

    @Test
    void prefersSchemaOrgJobPosting() {
        PostingFields f = extractor.extract("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data engineer",
                 "hiringOrganization": {"@type": "Organization", "name": "ACME"},
                 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Gent"}},
                 "datePosted": "2024-02-01", "validThrough": "2024-03-15T17:00:00+01:00", "employmentType": "CONTRACTOR"}
                </script>
                Stage de 6 mois
                """);
        assertThat(f.title()).isEqualTo("Data engineer");
        assertThat(f.organization()).isEqualTo("ACME");
        assertThat(f.location()).isEqualTo("Gent");
        assertThat(f.postedDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(f.contractType()).isEqualTo(ContractType.FREELANCE);
    }
}
