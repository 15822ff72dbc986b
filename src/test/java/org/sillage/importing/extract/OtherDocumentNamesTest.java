package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/** The names of documents outside the lexicon, made plain. */
class OtherDocumentNamesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private java.util.List<String> kinds(String text) {
        return extractor.extract(text).requiredDocuments().stream().map(DocumentRequirement::kind).toList();
    }

    @Test
    void aPossessiveInFrontIsNoPartOfTheName() {
        assertThat(kinds("""
                PhD position in testing

                Applicants should send the following documents:
                - a CV
                - their master thesis
                - their last diploma
                """)).containsExactlyInAnyOrder("cv", "other:master thesis", "diploma");
    }

    @Test
    void aSubjectLineInTheListIsNoDocument() {
        assertThat(kinds("""
                Développeur web

                Merci d'envoyer les pièces suivantes :
                - CV
                - Objet de l'email : candidature développeur
                """)).containsExactly("cv");
    }
}
