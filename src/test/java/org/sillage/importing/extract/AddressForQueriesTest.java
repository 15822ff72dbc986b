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

    @Test
    void anAddressUnderAQuestionOnItsOwnLine() {
        String missions = "Missions de service civique\n\nL'association accueille deux volontaires pour 8 mois.\n\n"
                + "Missions de 8 mois à partir du 1er novembre.\n\n";
        // (French typography: a narrow no-break space before each question mark)
        assertThat(extractor.extract(missions + "Des questions\u202f? Besoin de plus de renseignements\u202f?\n\n"
                + "N'hésite pas à nous contacter:\u00a0bonjour@asso.example (//bonjour@asso.example)\u00a0/ 05 00 00 00 00\n").applicationEmails()).isEmpty();
        // the same address under a line that asks nothing receives the applications
        assertThat(extractor.extract("Animateur\n\nL'association recrute un animateur.\n\nEnvoie ton CV.\n\n"
                + "N'hésite pas à nous contacter : bonjour@asso.example\n").applicationEmails())
                .containsExactly("bonjour@asso.example");
    }
}
