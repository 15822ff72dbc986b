package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A job board's place line (rules 26, ADR 0065): a city and its state's code ("Brisbane QLD"), a city with its state
 * and country starting its line ("San Francisco, California, United States — Supercomputing"), a city and its
 * country's ISO code ("Amersfoort (NLD)"), a city alone on its line under the title; and a letter's dateline.
 */
class StateAndCountryCodesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aCityAndItsStatesCodeOnTheirLine() {
        String posting = """
                Digital Coordinator
                City Cave View all jobs

                $59,000 - $80,000

                Brisbane QLD

                Digital & Search Marketing (Marketing & Communications)

                Full time
                """;
        assertThat(extractor.extract(posting).location()).startsWith("Brisbane");
    }

    @Test
    void aCityItsStateAndItsCountryStartingALine() {
        String posting = """
                Software Engineer, Infrastructure

                San Francisco, California, United States — Supercomputing

                Apply now

                About the Team

                We build the clusters our research runs on.
                """;
        assertThat(extractor.extract(posting).location()).startsWith("San Francisco");
    }

    @Test
    void aCityAndItsCountrysIsoCode() {
        String posting = """
                Project Manager Farm Sustainability

                  •  Amersfoort (NLD)
                  •  Full time

                You will lead our programme with dairy farmers.
                """;
        assertThat(extractor.extract(posting).location()).isEqualTo("Amersfoort (NLD)");
    }

    @Test
    void aCityAloneOnItsLineUnderTheTitle() {
        String posting = """
                Asset Control – Sr DevOps Engineer

                London

                The Role

                We're currently searching for a Senior Cloud/DevOps Engineer to be part of our new platform team.
                """;
        assertThat(extractor.extract(posting).location()).isEqualTo("London");
    }

    @Test
    void aLettersDatelineInItalics() {
        String posting = """
                ---
                title: Une coopérative recrute un DBA
                ---

                *Paris, le 3 avril 2018*

                La coopérative est à la recherche d'un ou une DBA PostgreSQL expérimenté(e).
                """;
        assertThat(extractor.extract(posting).location()).isEqualTo("Paris");
    }
}
