package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A part's heading (« Over de functie », "About the role") is never the title. */
class SectionHeadingTitleTest {
    @Test
    void headingsOfPartsAreNotTitles() {
        assertThat(TitleRule.notATitle("Over de functie")).isTrue();
        assertThat(TitleRule.notATitle("About the role:")).isTrue();
        assertThat(TitleRule.notATitle("## Vos missions")).isTrue();
        assertThat(TitleRule.notATitle("Wat ga je doen?")).isTrue();
    }

    @Test
    void titlesHoldingThoseWordsStayTitles() {
        assertThat(TitleRule.notATitle("Chargé·e de missions internationales")).isFalse();
        assertThat(TitleRule.notATitle("Profil data engineer")).isFalse();
    }

    @Test
    void theTitleIsTakenPastTheHeading() {
        assertThat(new RuleExtractor().extract("""
                Over de functie

                Wij zoeken een ervaren timmerman voor ons team in Sneek.
                """).title()).isNotEqualTo("Over de functie");
    }
}
