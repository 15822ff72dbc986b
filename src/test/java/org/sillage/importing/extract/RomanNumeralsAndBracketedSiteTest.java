package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A grade's Roman numeral ("Young Professional-II") is no acronym to spell out, and a name followed by its acronym and
 * web site in brackets is still the one a sentence defines.
 */
class RomanNumeralsAndBracketedSiteTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aRomanNumeralIsNoAcronym() {
        String org = extractor.extract("""
                INTERVIEW NOTIFICATION FOR YOUNG PROFESSIONAL-II

                Written test cum interview to be held for the post of Young Professional-II (YP-II) under contractual
                basis. Candidates for YP-II must hold a degree. The Institute is empowered to restrict the number of
                candidates. The appointment (II) is temporary.
                """).organization();
        assertThat(org == null ? "" : org).doesNotStartWith("Institute is");
    }

    @Test
    void aNameBeforeItsAcronymAndSiteIsDefined() {
        assertThat(extractor.extract("""
                Bioinformatician for single-cell analysis

                The Health Data Science Unit (HDSU, www.hdsu.example.org) is a newly created unit of the medical
                faculty, which focuses on digital health.
                """).organization()).isEqualTo("Health Data Science Unit");
    }
}
