package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.PostingFields;

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

    @Test
    void theWordBeforeAnInvertedVerbIsAnAdverb() {
        // Dutch puts the subject after the verb when a sentence starts with an adverb: « Zo zoeken we … »
        PostingFields f = extractor.extract("""
                Vrijwilligers gezocht

                Scouting Heidemeer Tiel is een levendige vereniging en altijd op zoek naar vrijwilligers. Zo zoeken we
                leiding voor diverse speltakken. Momenteel zoeken wij ook een penningmeester.
                """);
        assertThat(f.organization()).isEqualTo("Scouting Heidemeer Tiel");
        assertThat(f.location()).isEqualTo("Tiel");
    }

    @Test
    void aBodyNamedAfterSomethingElseIsPlacedByItsLastTown() {
        // "Phoenix" is a town too, but a body's name ends with its own
        assertThat(extractor.extract("""
                Vrijwilligers gezocht

                Scouting Phoenix Tiel is een levendige vereniging en altijd op zoek naar vrijwilligers.
                """).location()).isEqualTo("Tiel");
    }
}
