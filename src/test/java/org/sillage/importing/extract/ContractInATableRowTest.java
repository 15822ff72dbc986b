package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/** A contract's label and value in one row of a table set as text ("Duration  1 Year") (rules 28). */
class ContractInATableRowTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void aLengthInATableRow() {
        assertThat(extractor.extract("Project Manager\n\nHorizons Help\n\nLocation  Tarime\nDuration  1 Year\nSalary  Negotiable\n\n"
                + "The project runs a village for children.\n").contractType()).isEqualTo(ContractType.CDD);
        assertThat(extractor.extract("Project Manager\n\nHorizons Help\n\nContract type\tPermanent\n\nThe project runs a village.\n")
                .contractType()).isEqualTo(ContractType.CDI);
        // a row about something else says nothing of the contract
        assertThat(extractor.extract("Project Manager\n\nHorizons Help\n\nProject length  3 years in all\n\nThe project runs a "
                + "village.\n").contractType()).isNull();
    }
}
