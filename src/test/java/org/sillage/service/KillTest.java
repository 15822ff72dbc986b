package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.bench.KillBench;

/**
 * The short run of {@link KillBench}: twenty {@code kill -9} at random points of imports, status changes
 * and events. Every write the command acknowledged is there afterwards. (With H2's space reuse on, this
 * lost about one acknowledged write in ten.) The long run: {@code java -cp target/sillage.jar
 * org.sillage.bench.KillBench 200}.
 */
class KillTest {
    @TempDir
    Path dir;

    @Test
    void no_acknowledged_write_is_lost_to_a_kill() throws Exception {
        var result = KillBench.run(dir, 20, 20261202L, line -> { });
        assertThat(result.acknowledged()).as("most kills came after the acknowledgement").isGreaterThan(10);
        assertThat(result.lost()).as("acknowledged writes missing after the kill").isEmpty();
    }
}
