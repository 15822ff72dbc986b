package org.sillage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A posting's evidence keeps the order its fields were read in, so that `extract --json` and the stored JSON come out
 * the same from one run to the next (an immutable copy iterated in an order salted per JVM did not).
 */
class EvidenceOrderTest {
    @Test
    void evidenceKeepsTheOrderItWasWrittenIn() {
        List<Field> order = Arrays.asList(Field.LOCATION, Field.TITLE, Field.ORGANIZATION, Field.DEADLINE,
                Field.CONTRACT_TYPE, Field.APPLICATION_EMAILS, Field.REQUIRED_DOCUMENTS, Field.SALARY_TEXT);
        var b = PostingFields.builder();
        int at = 0;
        for (Field f : order) {
            b.evidence(f, at, at + 3, "test");
            at += 10;
        }
        var fields = b.build();
        assertThat(fields.evidence().keySet()).containsExactlyElementsOf(order.stream().map(Field::key).toList());
    }
}
