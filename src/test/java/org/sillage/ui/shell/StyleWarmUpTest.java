package org.sillage.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start's warm-up (ADR 0042) styles each kind of control off screen, one step per event on the JavaFX
 * thread, opens no window, and stops at once when the real window is about to be built; the later one styles
 * the other screens' controls the same way.
 */
class StyleWarmUpTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    @Test
    void every_step_is_done_off_screen_each_as_its_own_event() throws Exception {
        List<Window> before = onFx(() -> List.copyOf(Window.getWindows()));
        // started, and then the same event goes on: no step is done inside start itself
        int inStart = onFx(() -> {
            StyleWarmUp.start();
            return StyleWarmUp.stepsDone();
        });
        assertThat(inStart).isZero();
        WaitForAsyncUtils.waitForFxEvents(StyleWarmUp.steps() + 5);
        assertThat(onFx(StyleWarmUp::stepsDone)).isEqualTo(StyleWarmUp.steps());
        assertThat(onFx(() -> List.copyOf(Window.getWindows()))).isEqualTo(before);
    }

    @Test
    void the_later_steps_style_the_other_screens_controls_and_a_stop_ends_them() throws Exception {
        onFx(() -> {
            StyleWarmUp.start();
            StyleWarmUp.stop();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(StyleWarmUp.steps() + 5);
        onFx(() -> {
            StyleWarmUp.later();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(StyleWarmUp.laterSteps() + 5);
        assertThat(onFx(StyleWarmUp::stepsDone)).isEqualTo(StyleWarmUp.laterSteps());
        onFx(() -> {
            StyleWarmUp.later();
            StyleWarmUp.stop();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(StyleWarmUp.laterSteps() + 5);
        assertThat(onFx(StyleWarmUp::stepsDone)).isEqualTo(StyleWarmUp.laterSteps());
    }

    @Test
    void after_the_first_frame_the_steps_wait_and_a_window_built_meanwhile_cancels_them() throws Exception {
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(new javafx.scene.text.Text("Sillage")), 200, 100));
            stage.show();
            return null;
        });
        onFx(() -> {
            StyleWarmUp.start();
            StyleWarmUp.stop(); // done back to 0, nothing running
            StyleWarmUp.startAfterFirstFrame(stage.getScene());
            return null;
        });
        // nothing at once: the frame first
        assertThat(onFx(StyleWarmUp::stepsDone)).isZero();
        waitUntil(() -> StyleWarmUp.stepsDone() == StyleWarmUp.steps());

        onFx(() -> {
            StyleWarmUp.start();
            StyleWarmUp.stop();
            StyleWarmUp.startAfterFirstFrame(stage.getScene());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            StyleWarmUp.stop(); // the window is being built before the pause ends
            return null;
        });
        Thread.sleep((long) StyleWarmUp.AFTER_FIRST_FRAME.toMillis() + 500);
        WaitForAsyncUtils.waitForFxEvents(StyleWarmUp.steps() + 5);
        assertThat(onFx(StyleWarmUp::stepsDone)).isZero();
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!onFx(done::getAsBoolean)) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void a_stop_ends_the_steps_even_when_a_new_start_follows() throws Exception {
        int afterStop = onFx(() -> {
            StyleWarmUp.start();
            StyleWarmUp.stop();
            return StyleWarmUp.stepsDone();
        });
        WaitForAsyncUtils.waitForFxEvents(StyleWarmUp.steps() + 5);
        assertThat(afterStop).isZero();
        assertThat(onFx(StyleWarmUp::stepsDone)).isZero();
        // a start right after a stop runs its own steps once, not the stopped chain's too
        onFx(() -> {
            StyleWarmUp.start();
            StyleWarmUp.stop();
            StyleWarmUp.start();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(2 * StyleWarmUp.steps() + 5);
        assertThat(onFx(StyleWarmUp::stepsDone)).isEqualTo(StyleWarmUp.steps());
    }
}
