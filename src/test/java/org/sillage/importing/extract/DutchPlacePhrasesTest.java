package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** « Locatie: Antwerpen. » after a sentence, and « een kantoor in hartje Amsterdam ». */
class DutchPlacePhrasesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLabelRightAfterASentence() {
        assertThat(extractor.extract("""
                Backend developer

                Vacature voor een backend developer. Locatie: Antwerpen.

                Je bouwt moderne webapplicaties.
                """).location()).isEqualTo("Antwerpen");
    }

    @Test
    void theHeartOfTheTown() {
        assertThat(extractor.extract("""
                Coach

                Wat bieden wij? Een kantoor in hartje Amsterdam, 2 minuten lopen vanaf het station.
                """).location()).isEqualTo("Amsterdam");
    }

    @Test
    void aFirmFromTheTown() {
        assertThat(extractor.extract("""
                Rails developer

                De Monsters is een digital design agency uit Amsterdam. We maken digitale producten.
                """).location()).isEqualTo("Amsterdam");
    }

    @Test
    void aLowerCaseWordAfterASentenceIsNoLabel() {
        assertThat(extractor.extract("""
                Developer

                We build apps. location: unknown to us yet, the team decides.
                """).location()).isNull();
    }
}
