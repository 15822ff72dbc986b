package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence that ends inside its closing quote, and an address for materials and questions alike. */
class QuotedSubjectSentenceTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theNextSentencesQuestionsDoNotMakeTheAddressInformationOnly() {
        var fields = extractor.extract("""
                Project manager

                Please email jobs@example.coop with the subject line “PM Candidate.” Please be prepared to share the
                following: a brief cover letter, resume/CV, portfolio, and any questions you might have for us.
                """);
        assertThat(fields.applicationEmails()).containsExactly("jobs@example.coop");
        assertThat(fields.requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .contains("cover_letter", "cv");
    }

    @Test
    void materialsAndQuestionsToOneAddress() {
        assertThat(extractor.extract("""
                Software engineer

                Email your materials, or any questions about the role, to engineering-jobs@example.org and mention
                "Software Engineer" in the subject.
                """).applicationEmails()).containsExactly("engineering-jobs@example.org");
    }

    @Test
    void questionsAloneStayInformationOnly() {
        assertThat(extractor.extract("""
                Software engineer

                Apply on our careers page. Any questions about the role can go to info@example.org.
                """).applicationEmails()).isEmpty();
    }

    @Test
    void aBodysPurposeIsNoSubjectLine() {
        assertThat(extractor.extract("""
                Stage M2 en traitement du signal

                L'Institut est une fondation reconnue d'utilité publique dont l'objet est la recherche fondamentale et
                clinique sur le système nerveux.

                Envoyer CV et lettre à : stage@example.org
                """).applicationSubject()).isNull();
    }
}
