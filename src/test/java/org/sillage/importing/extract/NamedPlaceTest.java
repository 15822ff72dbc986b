package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The workplace found among the place names of the gazetteer when no label, postcode or sentence of the older rules
 * names it: each mention weighed by its context (ADR 0033). The texts are written for these tests.
 */
class NamedPlaceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aPlaceNamedTwiceAfterAPreposition() {
        assertThat(extractor.extract("""
                Animateur·rice jeunesse

                La maison de quartier accueille les jeunes à Tourcoing depuis 1990. Vous animerez
                des ateliers à Tourcoing et participerez à la vie de l'équipe.
                """).location()).isEqualTo("Tourcoing");
    }

    @Test
    void aLoneMentionAfterAPrepositionIsNotEnough() {
        assertThat(extractor.extract("""
                Animateur·rice jeunesse

                Vous animerez des ateliers et participerez à la vie de l'équipe. Notre fondatrice a grandi à Tourcoing.
                """).location()).isNull();
    }

    @Test
    void aBodyWithItsCityInBracketsOrACityWithItsCountry() {
        assertThat(extractor.extract("""
                Contrat de recherche, Atelier Lumière (Orléans)

                Le contrat porte sur trois ans. L'atelier travaille avec des écoles d'art.
                """).location()).isEqualTo("Orléans");
        assertThat(extractor.extract("""
                One postdoctoral position open at the Institute, Lausanne, Switzerland

                The position is funded for two years.
                """).location()).isEqualTo("Lausanne, Switzerland");
    }

    @Test
    void aDutchPostcodeBeforeThePlace() {
        assertThat(extractor.extract("""
                Kok gezocht

                Wij zoeken een kok voor ons team.
                Restaurant De Linde • Dorpsstraat 4 • 3832 RG Leusden • 033 - 000000
                """).location()).isEqualTo("Leusden");
    }

    @Test
    void aPlaceWhereSomethingElseHappensIsNotTheWorkplace() {
        assertThat(extractor.extract("""
                Chargé·e de projets

                Les personnes retenues seront invitées à un test écrit à Liège, puis à un entretien à Liège.
                """).location()).isNull();
    }

    @Test
    void wordsThatAreAlsoPlacesStayWords() {
        // Sens, Orange, Best and Manage are places too; here they open a sentence or a bullet
        assertThat(extractor.extract("""
                Coordinateur·rice

                * Sens des relations humaines
                * Sens de l'organisation
                Orange est notre couleur. Best regards. Manage the team.
                """).location()).isNull();
    }

    @Test
    void aStreetNamedAfterACityIsNotTheCity() {
        assertThat(extractor.extract("""
                Secrétaire

                Notre association, installée rue de Paris, recrute. Écrivez-nous rue de Paris.
                """).location()).isNull();
    }

    @Test
    void aSmallBritishTownNamedWithItsLibraryIsTheWorkplace() {
        assertThat(extractor.extract("""
                Library Assistant

                We are looking for an assistant at Southwold Library, three days a week. You will welcome the
                residents of Southwold and run the reading groups with our volunteers.
                """).location()).isEqualTo("Southwold");
    }

    @Test
    void aMonthIsNoPlaceWhateverTownBearsItsName() {
        assertThat(extractor.extract("""
                Library Assistant

                The post starts in March and the first review falls in March of the next year.
                Pay rises in March.
                """).location()).isNull();
    }

    @Test
    void whereTheBodyWasFoundedIsNotTheWorkplace() {
        assertThat(extractor.extract("""
                Online coach

                U werkt vanuit huis, op uw eigen uren. Mindwell werd opgericht in 2009 in Tampere, Finland.
                """).location()).isNull();
    }

    @Test
    void aFirmsWorldHeadquartersAbroadIsNotTheWorkplace() {
        assertThat(extractor.extract("""
                Online counselor

                Work from home, part-time. Mindwell is a private company. Our world headquarters are located in
                Tampere, Finland.
                """).location()).isNull();
    }
}
