package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workplace under the layouts a label takes: alone above its value, after dots, beside other labels. */
class LocationLayoutTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLabelAloneOnItsLineAndTheKnownPlaceBelow() {
        assertThat(extractor.extract("""
                Network engineer

                Salary

                $70,000

                Location

                Rotterdam

                Reference

                118
                """).location()).isEqualTo("Rotterdam");
    }

    @Test
    void aLineBelowALabelThatIsNoPlaceIsNotTaken() {
        assertThat(extractor.extract("""
                Network engineer

                Location

                Depends on the project
                """).location()).isNull();
    }

    @Test
    void aLeaderOfDotsAfterAQuotedLabel() {
        assertThat(extractor.extract("""
                Stagiair werkplaats

                > Uren .................. 32 per week
                > Locatie ............... Zwolle
                """).location()).isEqualTo("Zwolle");
    }

    @Test
    void theNextLabelOnTheLineEndsTheValue() {
        assertThat(extractor.extract("""
                Internship: compilers

                Location: Team Alpha, Level: M1, Contact: someone@example.org
                """).location()).isEqualTo("Team Alpha");
    }

    @Test
    void aCityWithARegionOfTwoWordsAndACountryCode() {
        assertThat(extractor.extract("""
                Field technician

                Location

                Kamloops, British Columbia, CA Kamloops, British Columbia, CA

                Duties
                """).location()).isEqualTo("Kamloops, British Columbia, CA");
    }

    @Test
    void anUnderlinedLabelAndACityWithItsDepartement() {
        assertThat(extractor.extract("""
                Développeur·se web

                Localisation
                ------------

                Villeneuve-d'Ascq (59), Hauts-de-France.

                Mission
                -------
                """).location()).isEqualTo("Villeneuve-d'Ascq (59), Hauts-de-France");
    }

    @Test
    void placesOfWorkInThePlural() {
        assertThat(extractor.extract("""
                Coordinateur·rice

                Lieux de travail : Roubaix, Tourcoing
                """).location()).isEqualTo("Roubaix, Tourcoing");
    }

    @Test
    void aLabelWordOpeningASentenceIsNoLabel() {
        assertThat(extractor.extract("""
                Backend developer

                Wat wij bieden
                Werkplek thuis inrichten met een budget van 500 euro
                """).location()).isNull();
    }

    @Test
    void aPlaceOfWorkInTheFrontMatter() {
        assertThat(extractor.extract("""
                ---
                title: Field coordinator
                Place of Work: Kigali
                ---

                # About us

                We map places with the people who live there.
                """).location()).isEqualTo("Kigali");
    }

    @Test
    void whereAsALabel() {
        assertThat(extractor.extract("""
                Volontaire en service civique

                Modalités pratiques

                Où : Angers / Tours
                Durée : 8 mois
                """).location()).isEqualTo("Angers / Tours");
        assertThat(extractor.extract("""
                Volontaire en service civique

                Vous aimez écrire ?
                Ou : vous aimez parler en public ?
                """).location()).isNull();
    }
}
