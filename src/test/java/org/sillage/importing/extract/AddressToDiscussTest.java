package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address offered to discuss the role or to find out more receives no application (rules 33). */
class AddressToDiscussTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void toDiscussTheRole() {
        String text = "Research Software Engineer\n\nSend your CV and cover letter to jobs@example.org by 4 October 2024.\n\n"
                + "Please do get in touch via team@example.org if you want to discuss any aspect of the role.\n";
        assertThat(extractor.extract(text).applicationEmails()).containsExactly("jobs@example.org");
    }

    @Test
    void toFindOutMore() {
        String text = "Chargé de mission\n\nEnvoyez votre CV et lettre de motivation à recrutement@example.fr avant le 4 octobre 2024.\n\n"
                + "To find out more about the team, write to info@example.org.\n";
        assertThat(extractor.extract(text).applicationEmails()).containsExactly("recrutement@example.fr");
    }

    @Test
    void applyingAndDiscussingInOneSentence() {
        String text = "Project Officer\n\nPlease send your application to jobs@example.org; you may also discuss the role with us.\n";
        assertThat(extractor.extract(text).applicationEmails()).containsExactly("jobs@example.org");
    }
}
