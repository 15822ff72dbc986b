package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

/** A "Location:" label whose value is a sentence: the place the sentence names; a body so named may still employ. */
class LocationSentenceLabelTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void thePlaceASentenceAfterTheLabelNames() {
        PostingFields p = extractor.extract("""
                Internship: spectral estimation on graphs

                Location: The internship will take place at INRIA Lyon (located at ENS de Lyon).

                Send your CV to jobs@example.org
                """);
        assertThat(p.location()).isEqualTo("INRIA Lyon");
        assertThat(extractor.extract("""
                Postdoctoral fellow

                Location: The Quesnel and Tai labs are located at the Université de Sherbrooke's Cancer Research Institute.
                """).location()).isEqualTo("Université de Sherbrooke");
    }

    @Test
    void aSentenceThatNamesNoPlaceIsNoLocation() {
        assertThat(extractor.extract("""
                Research engineer

                Location: The work will be done mostly from home with some travel to meetings.
                """).location()).isNull();
    }

    @Test
    void aBodyWrittenAsTheLocationMayStillBeTheEmployer() {
        assertThat(OrganizationPool.namesAPlace("INRIA Lyon")).isFalse();
        assertThat(OrganizationPool.namesAPlace("Lille")).isTrue();
        assertThat(OrganizationPool.namesAPlace("Antwerp, Belgium")).isTrue();
    }
}
