package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workplace said in a sentence about where the organisation is settled. */
class LocationKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void whereTheCompanyIsEstablishedInDutch() {
        assertThat(extractor.extract("""
                Webdeveloper

                Wij zijn gevestigd in Zwolle en werken voor klanten in heel Nederland.
                """).location()).isEqualTo("Zwolle");
    }

    @Test
    void theOfficeTheJobIsFor() {
        assertThat(extractor.extract("""
                Assistant comptable

                Le centre recrute un assistant comptable pour son bureau de Wavre.
                """).location()).isEqualTo("Wavre");
    }
}
