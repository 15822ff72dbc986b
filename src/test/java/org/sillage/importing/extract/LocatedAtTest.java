package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "located at" / "based at" a body, a body then its town, and a "Location" section's place that is one. */
class LocatedAtTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private String location(String text) {
        return extractor.extract(text).location();
    }

    @Test
    void aTownBetweenOurAndTheSiteAndDutchSitesAndWork() {
        String end = "\n\nSend your CV to jobs@example.org by 15 March 2024.\n";
        assertThat(location("Project Officer\n\nHybrid – 2 days a week in our Dublin office." + end)).isEqualTo("Dublin");
        assertThat(location("Verkoper\n\nWe zoeken voor onze winkel in Hasselt een verkoper." + end)).isEqualTo("Hasselt");
        assertThat(location("Medewerker\n\nJe komt te werken in Rotterdam." + end)).isEqualTo("Rotterdam");
        // "our Digital team": no town
        assertThat(location("Project Officer\n\nYou will join our Digital team." + end)).isNull();
    }

    @Test
    void anOwnersNameAStatesCodeATimeZoneAndANormsNumber() {
        String end = "\n\nSend your CV to jobs@example.org by 15 March 2024.\n";
        assertThat(location("Data Analyst\n\nThis full-time position will be based in KFF's Washington, DC office, located downtown."
                + end)).isEqualTo("Washington, DC");
        // a time zone asked for is not a workplace
        assertThat(location("Python Engineer\n\nKey Requirements\n\n- Based in Australian or North American timezone.\n"
                + end)).isNull();
        // a norm's number is no postcode
        assertThat(location("Python Engineer\n\nExperience with ISO-14971 Risk Management, ISO-13485 Quality Management.\n"
                + end)).isNull();
    }

    @Test
    void aClauseAfterALabelsPlaceAndAMarkAfterAHeadersPlaceAreCut() {
        String end = "\n\nSend your CV to jobs@example.org by 15 March 2024.\n";
        assertThat(location("Project Officer\n\nBased in Nairobi, Kenya, the role covers East Africa." + end))
                .isEqualTo("Nairobi, Kenya");
        // a header sentence is no "name | place" line
        var f = extractor.extract("Project Officer\nJoin our team in Lisbon!\n\nWe are a small NGO." + end);
        assertThat(f.organization()).isNotEqualTo("Join our team");
        assertThat(f.location()).isNotEqualTo("Lisbon!");
    }

    @Test
    void locatedAtABody() {
        assertThat(location("Postdoctoral researcher\n\nThe project takes place in the research team Quriosity located at "
                + "Télécom Paris, Institut Polytechnique de Paris.\n")).isEqualTo("Télécom Paris");
        assertThat(location("Internship\n\nThe student will be physically based at either the IPhT, CEA Saclay or LTCI.\n"))
                .startsWith("IPhT");
    }

    @Test
    void aBodyThenItsTown() {
        assertThat(location("Postdoc\n\nLocation: This position will be located at LOV, Villefranche-sur-Mer, France. LOV is a "
                + "leading oceanographic institute.\n")).contains("Villefranche-sur-Mer");
    }

    @Test
    void aBodysNameCutAfterTheIsNoPlace() {
        assertThat(location("Research fellow\n\nThe fellow will be based at the University of Cambridge for two years.\n"))
                .isNotEqualTo("University");
    }

    @Test
    void aLocationSectionsPersonAndLabAreNoPlace() {
        String where = location("""
                PhD position

                ## Location

                The student will be jointly supervised by:
                [Dr. Jane Doe](https://example.org/), CAMH KCNI & University of Toronto, Canada

                The position is funded for four years.
                """);
        assertThat(where).doesNotContain("Doe").contains("Toronto");
    }

    @Test
    void aUnitsNumberIsNoPostcode() {
        assertThat(location("""
                Sujet de stage Master 2

                Structure d'accueil :
                Centre de Recherche Inserm U1219 BPH – Équipe SISTM
                Université de Bordeaux – ISPED
                146, rue Léo Saignat
                33076 Bordeaux Cedex
                """)).isEqualTo("Bordeaux");
    }

    @Test
    void aCityAndItsStatesPostalCode() {
        assertThat(location("Cloud Engineer\n\nWe build tools for chemists.\n\nAbility to work in Pasadena, CA (remote work is "
                + "possible)\n")).isEqualTo("Pasadena, CA");
        assertThat(location("Volontaire\n\nRejoignez notre équipe pour un Service Civique (SC) de huit mois.\n"))
                .isNotEqualTo("Service Civique (SC)");
    }

    @Test
    void aTownInTheEmployersNameOrTheTitleWhenNothingElseSaysWhere() {
        assertThat(location("""
                Animateur·rice jeunesse

                Employeur : Scouting IJsselgroep Gorssel
                Nous cherchons une personne pour encadrer nos groupes le samedi. Envoyez un CV à jobs@example.org.
                """)).isEqualTo("Gorssel");
        assertThat(location("""
                Sudbury Library and Information Advisor Vacancy

                We are looking for a friendly advisor to help our readers. Please send a CV to jobs@example.org.
                """)).isEqualTo("Sudbury");
        assertThat(location("""
                Chargé de mission communication

                Nous cherchons une personne pour animer nos réseaux. Envoyez un CV à jobs@example.org.
                """)).isNull();
    }

    @Test
    void aFrontMatterPlaceThenASentenceAboutIt() {
        assertThat(location("""
                +++
                title = "Delivery Manager"
                location = "Remote, preference for working hours that maximizes overlap in time zones with the team"
                +++
                We are looking for a delivery manager.
                """)).isEqualTo("Remote");
    }

    @Test
    void basedInOurOfficeOrWhereTheWorkTakesPlace() {
        assertThat(location("Design Fellow\n\nHorizons Foundation is hiring.\n\nThis role is based in our London office.\n"))
                .isEqualTo("London");
        assertThat(location("Medewerker onthaal\n\nStichting Horizons zoekt een medewerker.\n\nHet werk vindt plaats in Antwerpen.\n"))
                .isEqualTo("Antwerpen");
        // "must be based in the UK" is who may apply, not where the work is (remote jobs say it)
        assertThat(location("Engineer\n\nHorizons is hiring for a fully remote role.\n\nApplicants must be based in the UK.\n")).isNull();
    }

    @Test
    void aDistrictNamesItsTown() {
        assertThat(new RuleExtractor().extract("""
                Stage UX (6 mois)

                Vous travaillerez dans une atmosphère de startup très stimulante à Agoranov, dans le 6ème arrondissement
                de Paris.

                Envoyez-nous votre CV : stage@example.com
                """).location()).isEqualTo("Paris");
    }

    @Test
    void aLabsPostIsAtTheUniversityItNamesMost() {
        assertThat(new RuleExtractor().extract("""
                Two postdoc positions available

                The Centre for Structural Biology is part of the Department of Chemistry at the Utrecht University's
                Faculty of Science. Candidates with a PhD from the University of Leeds or elsewhere are welcome.

                Utrecht University offers a full-time position for two years.
                """).location()).isEqualTo("Utrecht");
    }
}
