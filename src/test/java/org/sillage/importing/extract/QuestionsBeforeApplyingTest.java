package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An address the sentence offers for questions, the applying said after it without an address (rules 37): not an
 * application address. Texts written for the test.
 */
class QuestionsBeforeApplyingTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private java.util.List<String> emails(String sentence) {
        return extractor.extract("Chargé de mission\n\nNous recrutons un chargé de mission.\n\n" + sentence + "\n")
                .applicationEmails();
    }

    @Test
    void questionsToTheAddressThenApplyingOnTheSite() {
        assertThat(emails("Vous pouvez poser vos questions à contact@asso-exemple.fr et envoyer votre candidature "
                + "sur notre site.")).isEmpty();
        assertThat(emails("Send your questions to info@example.org and apply through the form below.")).isEmpty();
    }

    @Test
    void anAddressForApplyingStaysOne() {
        assertThat(emails("Envoyez votre candidature à rh@asso-exemple.fr et vos questions à contact@asso-exemple.fr."))
                .containsExactly("rh@asso-exemple.fr");
        assertThat(emails("Pour toute question ou pour postuler, écrivez à rh@asso-exemple.fr.")).containsExactly("rh@asso-exemple.fr");
    }
}
