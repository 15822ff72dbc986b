package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A school's, a college's or a hospital's name set at the top is its letterhead, not the job's title (rules 28). */
class SchoolLetterheadTest {

    @Test
    void aSchoolsNameIsALetterhead() {
        assertThat(TitleLines.namesABody("horizons secondary school")).isTrue();
        assertThat(TitleLines.namesABody("riverside community college")).isTrue();
        assertThat(TitleLines.namesABody("st mary's hospital")).isTrue();
        // a job at one is a title
        assertThat(TitleLines.namesABody("assistant teacher at horizons school")).isFalse();
    }

    @Test
    void theTitleUnderTheLetterhead() {
        assertThat(new RuleExtractor().extract("HORIZONS SECONDARY SCHOOL\n\nP.O. Box 12, Kampala\n\nHead Teacher\n\n"
                + "The Board of Governors invites applications for the post of Head Teacher.\n").title())
                .isEqualTo("Head Teacher");
    }
}
