package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a firm's head office is located says nothing of where this job is (rules 28). */
class HeadOfficeIsNotTheWorkplaceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theHeadOfficeIsNotTheWorkplace() {
        assertThat(extractor.extract("Technical Support Analyst\n\nHorizons CMS\n\nOur HQ is located in Canada, and we have a "
                + "remote-friendly culture with over half of our team working from home.\n").location()).isNull();
        // the job's own place stays
        assertThat(extractor.extract("Technical Support Analyst\n\nHorizons CMS\n\nThe role is based in Toronto, Canada.\n")
                .location()).isEqualTo("Toronto");
    }
}
