package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dutch: the language named by its adjective, « zowel … als … », and the address written with « apenstaart ». */
class DutchLanguageAndAddressTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theDutchLanguageByItsAdjective() {
        assertThat(extractor.extract("""
                Constructie bankwerker

                Functie-eisen : Goede beheersing van de Nederlandse taal in woord en geschrift
                """).languagesRequired()).containsExactly("nl");
    }

    @Test
    void readingAndWritingAfterTheLanguage() {
        assertThat(extractor.extract("""
                Koelmonteur

                Wat vragen wij?
                Minimaal Nederlands kunnen lezen en schrijven
                """).languagesRequired()).containsExactly("nl");
    }

    @Test
    void bothLanguagesOfZowelAls() {
        assertThat(extractor.extract("""
                Steward

                Je bent tenminste 18 jaar oud en kunt goed verbaal communiceren in zowel het Nederlands als in het
                Engels.
                """).languagesRequired()).containsExactly("en", "nl");
    }

    @Test
    void theAddressWrittenWithApenstaartAndPunt() {
        var fields = extractor.extract("""
                Fysiotherapeut gezocht

                Interesse? Stuur dan jouw CV en korte motivatie naar: vacature APENSTAART praktijk-voorbeeld PUNT nl
                o.v.v. 'vacature fysiotherapeut'.
                """);
        assertThat(fields.applicationEmails()).containsExactly("vacature@praktijk-voorbeeld.nl");
    }

    @Test
    void teachingThatRequiresMasteringTheLanguage() {
        assertThat(new RuleExtractor().extract("""
                PhD position Business - IT

                The position includes research and (limited) teaching in Business & IT (teaching requires mastering of the
                Dutch language). If interested, contact me at geert.poels@ugent.example.
                """).languagesRequired()).containsExactly("nl");
    }
}
