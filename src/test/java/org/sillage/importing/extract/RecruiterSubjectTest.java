package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who recruits, read before the verb: not the place a preposition names; a body named as the workplace stays one. */
class RecruiterSubjectTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aPlaceAfterAPrepositionIsNotWhoRecruits() {
        assertThat(extractor.extract("""
                Leerkracht groep 3

                Onze kleine school aan de rand van Zwolle zoekt een enthousiaste leerkracht voor twee dagen.
                """).organization()).isNotEqualTo("Zwolle");
    }

    @Test
    void aNameWithOfGoesOnToItsStart() {
        assertThat(extractor.extract("""
                Research assistant

                The Institute of Coastal Studies is hiring a research assistant for two years.
                """).organization()).isEqualTo("Institute of Coastal Studies");
    }

    @Test
    void aUnitOfABodyBeforeOfStillLeadsToTheBody() {
        assertThat(extractor.extract("""
                PhD student in soil ecology

                The Marsh lab of Rivertown University is seeking a PhD student for four years.
                """).organization()).contains("Rivertown University");
    }

    @Test
    void aLabWrittenAsTheWorkplaceCanStillBeTheEmployer() {
        assertThat(OrganizationPool.mixedCase("LaBRI")).isTrue();
        assertThat(OrganizationPool.mixedCase("ISTerre")).isTrue();
        assertThat(OrganizationPool.mixedCase("Lille")).isFalse();
        assertThat(OrganizationPool.mixedCase("LILLE")).isFalse();
    }
}
