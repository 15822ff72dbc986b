package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address given for queries, or for questions about applying, receives no application (rules 28).
 */
class AddressForQueriesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void anAddressForQueriesOnly() {
        assertThat(extractor.extract("Software Engineer\n\nHorizons Laboratory\n\nFor further details and to apply, please visit "
                + "https://jobs.horizons.org/vacancy/123.\n\nPlease contact us (<ann.lee@horizons.org>, <tom.ray@horizons.org>) "
                + "by email for specific queries.\n").applicationEmails()).isEmpty();
    }

    @Test
    void anAddressForQuestionsAboutApplying() {
        assertThat(extractor.extract("Regional Director\n\nHorizons Talent\n\nApply through our portal at "
                + "https://horizons.example/apply. Once you submit your application, you will receive an automated confirmation. "
                + "If you do not receive this or have general questions about submitting your application, please write to "
                + "enquiry@horizons.example.\n").applicationEmails()).isEmpty();
        // an address to send the application to stays one
        assertThat(extractor.extract("Regional Director\n\nHorizons Talent\n\nSend your application to jobs@horizons.example.\n")
                .applicationEmails()).containsExactly("jobs@horizons.example");
    }
}
