package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a site's front matter fills in by default is no deadline and no time anyone wrote. */
class FrontMatterDefaultsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void anExpiryYearsAfterThePostingIsAPlaceholder() {
        var fields = extractor.extract("""
                ---
                title: Technical Support Analyst
                date: 2019-04-26T13:51:22-03:00
                expirydate: 2030-01-01T04:00:00.000+00:00
                ---

                We are hiring a technical support analyst. Apply to careers@example.io with your resume.
                """);
        assertThat(fields.deadline()).isNull();
        assertThat(fields.deadlineTime()).isNull();
    }

    @Test
    void anExpiryWithinMonthsIsTheDeadline() {
        assertThat(extractor.extract("""
                ---
                title: Technical Support Analyst
                date: 2019-04-26
                expirydate: 2019-06-01
                ---

                We are hiring a technical support analyst.
                """).deadline()).isEqualTo(LocalDate.of(2019, 6, 1));
    }

    @Test
    void aPostingAllInItsFrontMatterIsRead() {
        var fields = extractor.extract("""
                ---
                layout: jobs
                title: Postdoc position in phylogenetics
                appldate: 2018-10-31
                pi:
                - <a href="mailto:lab@example.org?subject=Postdoc-Position">The PI</a>

                description:
                - I invite applications for a postdoctoral research position to develop new methods in my research group. The position is funded for two years and should start on 1 January 2019.

                - Applications, including a current CV, letter of motivation (1 page) and names and contact details of two referees should be sent to lab@example.org before the deadline of 31 October 2018.
                ---
                """);
        assertThat(fields.requiredDocuments()).extracting(org.sillage.domain.DocumentRequirement::kind)
                .contains("cv", "cover_letter", "references");
        assertThat(fields.applicationEmails()).containsExactly("lab@example.org");
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2018, 10, 31));
    }

    @Test
    void theSameTimeOnEveryDateIsTheSitesDefault() {
        var fields = extractor.extract("""
                ---
                title: Two PhD studentships
                posted: 2018-04-12 12:00:00
                closes: 2018-06-15 12:00:00
                ---

                The department is advertising two fully funded PhD scholarships.
                """);
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2018, 6, 15));
        assertThat(fields.deadlineTime()).isNull();
    }
}
