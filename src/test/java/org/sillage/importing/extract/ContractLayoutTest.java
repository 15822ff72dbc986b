package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/** The contract from a label written above its value, and a co-op work term as an internship. */
class ContractLayoutTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void ongoingUnderADurationLabelIsPermanent() {
        assertThat(extractor.extract("""
                Records officer

                Job type

                Part time

                Duration

                Ongoing

                Salary

                $61,000
                """).contractType()).isEqualTo(ContractType.CDI);
    }

    @Test
    void ongoingInASentenceSaysNothing() {
        assertThat(extractor.extract("""
                Records officer

                You will support our ongoing digitisation work and the archive's users.
                """).contractType()).isNull();
    }

    @Test
    void aCoopPlacementIsAnInternship() {
        assertThat(extractor.extract("""
                Summer 2027 - Geology Co-op

                Our co-op placement gives students four months of field work at the mine.
                """).contractType()).isEqualTo(ContractType.STAGE);
    }
}
