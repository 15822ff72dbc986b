package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day the reading of applications starts is no deadline, even under a "deadline" key or heading. */
class ReviewStartTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aFrontMatterDeadlineKeyWhoseSentenceSaysWhenReviewingBegins() {
        var fields = extractor.extract("""
                +++
                title = "Delivery Manager"
                deadline = "We will begin reviewing applications around **October 23rd, 2023**, and will accept them on a rolling basis until the position is filled."
                +++
                We are looking for a delivery manager to join our remote team.
                """);
        assertThat(fields.deadline()).isNull();
    }

    @Test
    void aFrontMatterDeadlineKeyWithADateStaysTheDeadline() {
        var fields = extractor.extract("""
                +++
                title = "Delivery Manager"
                deadline = "Applications close on October 23, 2023"
                +++
                We are looking for a delivery manager to join our remote team.
                """);
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2023, 10, 23));
    }

    @Test
    void aDeadlineHeadingOverAReviewStartInEnglishAndFrench() {
        assertThat(extractor.extract("""
                Postdoctoral researcher in quantum information

                Application deadline
                Applications will begin to be considered from the 1st May 2025, applications may be submitted until the
                position is filled.
                """).deadline()).isNull();
        assertThat(extractor.extract("""
                Chargé·e de mission biodiversité

                Date limite : les candidatures seront examinées à partir du 3 mars 2025 et jusqu'à ce que le poste soit pourvu.
                """).deadline()).isNull();
    }
}
