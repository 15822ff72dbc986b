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
