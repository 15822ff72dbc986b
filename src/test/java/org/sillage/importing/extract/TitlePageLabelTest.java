package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's label before the job is no part of its title (rules 34): "Job Opportunity: X", « Vacature voor een X ». */
class TitlePageLabelTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void anEnglishPagesLabel() {
        String text = "---\ntitle: \"Job Opportunity: Wee Spoke Hub Coordinator\"\n---\n\nWe are looking for a coordinator "
                + "for our community bike hub.\n";
        assertThat(extractor.extract(text).title()).isEqualTo("Wee Spoke Hub Coordinator");
        String posting = "Job Posting: Social Worker\n\nOur legal clinic helps tenants and families in Lille.\n";
        assertThat(extractor.extract(posting).title()).isEqualTo("Social Worker");
    }

    @Test
    void aDutchPagesLabel() {
        String text = "Vacature voor een backend developer\n\nOns team bouwt websites voor klanten in Antwerpen.\n";
        assertThat(extractor.extract(text).title()).isEqualToIgnoringCase("Backend developer");
    }
}
