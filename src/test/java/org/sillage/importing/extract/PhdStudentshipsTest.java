package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sillage.domain.ContractType;

/** PhD studentships and scholarships of a stated length are fixed-term posts, as any PhD post is. */
class PhdStudentshipsTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void fourYearStudentshipsAreFixedTerm() {
        assertThat(extractor.extract("""
                Two PhD studentships in mathematics

                The department is currently advertising two fully funded, four year PhD scholarships in all areas
                of the mathematical sciences.
                """).contractType()).isEqualTo(ContractType.CDD);
    }

    @Test
    void withoutALengthNoContractIsStated() {
        assertThat(extractor.extract("""
                PhD studentships in mathematics

                The department is advertising PhD studentships in all areas of the mathematical sciences.
                """).contractType()).isNull();
    }
}
