package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses written in shorthand. */
class EmailKindsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void namesInBracesShareTheDomain() {
        assertThat(extractor.extract("Send your CV and a cover letter to {ana.lima,tom.berg}@ecology.example.org by June 1.")
                .applicationEmails()).containsExactly("ana.lima@ecology.example.org", "tom.berg@ecology.example.org");
    }

    @Test
    void bracesThatAreNotNamesGiveNoAddress() {
        assertThat(extractor.extract("Envoyez votre CV à {le responsable du recrutement}@asso.example.fr.")
                .applicationEmails()).isEmpty();
    }

    @Test
    void aFrontMatterContactIsNoApplicationAddress() {
        assertThat(extractor.extract("""
                ---
                role: Chargé·e de projets
                contact: claire.martin@agence.example.fr
                ---

                Vous rejoindrez une équipe de six personnes.
                """).applicationEmails()).isEmpty();
    }
}
