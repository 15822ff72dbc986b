package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A front matter's address is where to apply when the body gives none, unless its key says it is a contact's
 * (rules 33).
 */
class FrontMatterAddressTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static final String BODY = "\nIn verband met een zwangerschapsverlof zoeken wij een interim office manager voor vijf maanden.\n";

    @Test
    void anAddressKeyIsWhereToApply() {
        String text = "---\ntitle: Interim Office Manager\ncontact: Chloe Witteveen\nemail_address: chloe@example.nl\n---\n" + BODY;
        assertThat(extractor.extract(text).applicationEmails()).containsExactly("chloe@example.nl");
    }

    @Test
    void aHowToApplyListIsWhereToApply() {
        String text = "---\ntitle: UX Researcher\nhow_to_apply:\n  - jobs@example.de\n---\n" + BODY;
        assertThat(extractor.extract(text).applicationEmails()).containsExactly("jobs@example.de");
    }

    @Test
    void aContactIsSomeoneToAsk() {
        String text = "---\ntitle: Stage chargé de projets\ncontact: incubateur@example.fr\n---\n" + BODY;
        assertThat(extractor.extract(text).applicationEmails()).isEmpty();
    }

    @Test
    void theBodysAddressComesFirst() {
        String text = "---\ntitle: Office Manager\nemail_address: chloe@example.nl\n---\n" + BODY
                + "\nStuur je cv en motivatie naar vacatures@example.nl.\n";
        assertThat(extractor.extract(text).applicationEmails()).containsExactly("vacatures@example.nl");
    }
}
