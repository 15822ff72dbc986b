package org.sillage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The start's warm-up renders its statements without a connection and without failing. */
class JooqWarmUpTest {
    @Test
    void rendersEveryStatementWithoutAConnection() {
        assertEquals(4, JooqWarmUp.render());
    }
}
