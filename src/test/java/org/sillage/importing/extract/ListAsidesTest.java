package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/** Lists of documents with something between their introduction and their items, or two documents in one item. */
class ListAsidesTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<String> kinds(String text) {
        return extractor.extract(text).requiredDocuments().stream().map(DocumentRequirement::kind).toList();
    }

    @Test
    void aLinkAndANoteInBracketsBeforeDashedItems() {
        assertThat(kinds("""
                Postdoctoral researcher in control theory

                TO APPLY: Applicants should send by email to lab@example.edu and also submit their application materials on the university's job website with the reference: 4242:

                https://jobs.example.edu/postings/4242
                (Note that this is a shared pool of the college, and you should mention the reference. Your
                materials will go to the two supervisors.)

                – a curriculum vitae

                – names of two references with contact information

                – a one page summary of past research
                """)).containsExactlyInAnyOrder("cv", "references", "other:summary of past research");
    }

    @Test
    void aCoveringStatementInAListWhoseDateIsBrokenAfterItsComma() {
        assertThat(kinds("""
                Backend developer

                To be considered, please email us at jobs@example.coop with the following before October 5,
                2022:

                ● CV (ideally as a PDF)
                ● Brief covering statement (in email body is fine) outlining why you are a fit for the role
                """)).containsExactlyInAnyOrder("cv", "cover_letter");
    }

    @Test
    void aResumeWithReferencesAndAProposalOnATemplate() {
        assertThat(kinds("""
                Software internship

                Send us the following:

                1. A letter of interest
                1. A project proposal using our [application template](../template.md)
                1. A resume with two references
                """)).containsExactlyInAnyOrder("cover_letter", "other:project proposal", "cv", "references");
    }

    @Test
    void aDescriptionOfWhyIsTheLetter() {
        assertThat(kinds("""
                Web developer

                If this sounds exciting, please send us a minimum 100 word description of why you would want to
                work with our cooperative.
                """)).containsExactly("cover_letter");
    }

    @Test
    void aWordInsideAWebAddressIsNoDocument() {
        assertThat(kinds("""
                Junior designer

                Applicants should send their ideas; our past work is at https://example.github.io/portfolio
                """)).doesNotContain("portfolio");
    }
}
