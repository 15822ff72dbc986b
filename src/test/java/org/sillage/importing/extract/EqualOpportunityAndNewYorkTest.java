package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/**
 * An equal-opportunity statement's list of employment decisions names no contract; a replacement during a maternity
 * leave is fixed-term; New York is not York.
 */
class EqualOpportunityAndNewYorkTest {
    private final RuleExtractor extractor = new RuleExtractor();

    private static final String POSTING = """
            ---
            title:  "Temporary Librarian - The Costume Library, New York, NY"
            ---

            The Watson Library is seeking a candidate for a part-time position of a Temporary Librarian. %s

            Applicants should submit a cover letter and a resume to lib.search@example.org.

            The Museum provides equal opportunity to all employees and applicants for employment without unlawful
            discrimination in all employment decisions, including but not limited to recruitment, hiring, training and
            apprenticeship, promotion and termination.
            """;

    @Test
    void aPolicysApprenticeshipIsNoContract() {
        assertThat(extractor.extract(POSTING.formatted("")).contractType()).isNotEqualTo(ContractType.ALTERNANCE);
    }

    @Test
    void aMaternityLeaveIsReplacedForAFixedTerm() {
        assertThat(extractor.extract(POSTING.formatted("The librarian will serve for six months while the librarian is on maternity leave."))
                .contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void newYorkIsNotYork() {
        assertThat(extractor.extract(POSTING.formatted("")).location()).isEqualTo("New York");
    }
}
