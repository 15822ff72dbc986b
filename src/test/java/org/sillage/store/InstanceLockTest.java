package org.sillage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path folder;

    @Test
    void one_owner_at_a_time_and_a_second_launch_brings_the_first_forward() throws Exception {
        try (InstanceLock first = InstanceLock.tryAcquire(folder).orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(folder)).isEmpty();
            assertThat(InstanceLock.requestActivation(folder)).as("no window listens yet").isFalse();

            CountDownLatch activated = new CountDownLatch(1);
            first.listenForActivation(activated::countDown);
            assertThat(InstanceLock.requestActivation(folder)).isTrue();
            assertThat(activated.await(5, TimeUnit.SECONDS)).isTrue();
        }
        try (InstanceLock again = InstanceLock.tryAcquire(folder).orElseThrow()) {
            assertThat(again.folder()).isEqualTo(folder);
        }
        assertThat(InstanceLock.requestActivation(folder)).as("the port file went with the window").isFalse();
    }
}
