package org.sillage.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A location's label whose address wraps before its number, postcode and town: the town below (rules 28). */
class WrappedAddressLabelTest {
    private final RuleExtractor extractor = new RuleExtractor();

    @Test
    void theTownOnTheLineBelow() {
        assertThat(extractor.extract("Postdoc in image processing\n\nHorizons Institute\n\nContract conditions:\n\n"
                + "Employer: Technische Universität Berlin\nLocation: Institut für Biotechnologie, Department of Bioprocess "
                + "Engineering, Ackerstrasse\n76, 13355 Berlin\nLength: full time\n").location()).isEqualTo("Berlin");
        // a value that is whole stays
        assertThat(extractor.extract("Postdoc in image processing\n\nHorizons Institute\n\nLocation: Berlin, Germany\n"
                + "Length: full time\n").location()).isEqualTo("Berlin, Germany");
    }
}
