package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address written with « chez » or "at" to keep robots away: read when it is a mailbox's usual name. */
class SpelledAddressTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aMailboxChezADomain() {
        assertThat(extractor.extract("""
                Graphiste

                Pour postuler, envoyez votre CV à recrutement chez atelier-lune.coop avant la fin du mois.
                """).applicationEmails()).containsExactly("recrutement@atelier-lune.coop");
    }

    @Test
    void aWordBeforeChezACompanyIsNoAddress() {
        assertThat(extractor.extract("""
                Graphiste

                Vous ferez un stage chez Lune.coop puis un poste chez Atelier.fr. Envoyez votre CV par courrier.
                """).applicationEmails()).isEmpty();
    }
}
