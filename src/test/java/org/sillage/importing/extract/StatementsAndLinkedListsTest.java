package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sillage.domain.DocumentRequirement;

/**
 * A list introduced by a sentence whose link's address is long, an item that is a copy or link of a thesis, a
 * statement sent on its own, and an employer written with a plus sign or shadowed by the page's authors.
 */
class StatementsAndLinkedListsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private List<String> kinds(String body) {
        return extractor.extract(body).requiredDocuments().stream().map(DocumentRequirement::kind).toList();
    }

    @Test
    void aLinksAddressMakesNoIntroductionTooLong() {
        assertThat(kinds("""
                Doctoral researcher in compilers

                ### Applying

                Please prepare the following documents and upload them on the [**recruitment portal**](https://careers.example.edu/vacancies/research/details?vacancyId=48213&source=group-website&lang=en).

                * A short CV (with the names of two referees).
                * A letter of motivation.
                * A transcript of your master's grades.

                Deadline: 3 May 2026.
                """)).contains("cv", "cover_letter", "other:transcript of your master's grades");
    }

    @Test
    void aThesisGivenAsACopyOrALinkIsTheThesis() {
        assertThat(kinds("""
                Doctoral researcher in compilers

                Please include the following:

                * A CV.
                * A copy or link to your (draft) Master’s thesis.
                * A (draft) version of your bachelor thesis.
                """)).contains("cv", "other:master’s thesis", "other:bachelor thesis").noneMatch(k -> k.contains("link"));
    }

    @Test
    void aStatementSentOnItsOwnIsADocument() {
        assertThat(kinds("To apply for the role, you will need to submit a personal statement to chair@network.example.org."))
                .containsExactly("other:personal statement");
        assertThat(kinds("Applicants send a CV and a research statement to jobs@lab.example.org."))
                .containsExactlyInAnyOrder("cv", "other:research statement");
        assertThat(kinds("For questions about the personal statement, contact info@network.example.org.")).isEmpty();
    }

    @Test
    void thePagesAuthorsAreNoEmployerAndAPlusSignEndsAWordOfTheName() {
        var fields = extractor.extract("""
                ---
                title: "Become our events coordinator"
                author: Jane Doe and Rob Smith
                ---

                The Example Civic LGBT+ Network is run entirely by volunteers across the public sector.

                The Example Civic LGBT+ Network is looking for an events coordinator. Apply by writing to events@examplecivic.lgbt.
                """);
        assertThat(fields.organization()).isEqualTo("Example Civic LGBT+ Network");
    }
}
