package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "About fileAI", « À propos de Horizons » and "Job Description (as per listing)" head a part of a posting; none is
 * the job's title (rules 28).
 */
class AboutTheBodyHeadingTest {

    @Test
    void headingsOfParts() {
        assertThat(TitleFilters.notATitle("About Horizons")).isTrue();
        assertThat(TitleFilters.notATitle("À propos de Horizons")).isTrue();
        assertThat(TitleFilters.notATitle("Job Description (as per listing)")).isTrue();
        // a job's title may hold the word
        assertThat(TitleFilters.notATitle("About Us Page Designer")).isFalse();
        assertThat(TitleFilters.notATitle("Data Analyst (Medicaid)")).isFalse();
    }

    @Test
    void theTitleAfterThem() {
        assertThat(new RuleExtractor().extract("About Horizons\n\nHorizons automates the processing of files.\n\n"
                + "Strategic Account Executive\n\nWe are looking for a Strategic Account Executive to join our sales team.\n")
                .title()).isEqualTo("Strategic Account Executive");
    }
}
