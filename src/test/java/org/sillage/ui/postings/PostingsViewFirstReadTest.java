package org.sillage.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sillage.i18n.Messages;
import org.sillage.service.AppServices;
import org.sillage.ui.common.Formats;
import org.sillage.ui.common.SystemOpener;
import org.sillage.ui.common.TaskBar;
import org.sillage.ui.shell.Dividers;
import org.sillage.ui.shell.ImportActions;
import org.sillage.ui.shell.UiContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the first list is on its way (a large folder, a cold disk), the postings screen says nothing: not
 * "no posting yet, load the samples", not "0 postings", not "nothing matches". Once read, an empty folder
 * gets its empty state.
 */
class PostingsViewFirstReadTest {
    @TempDir
    Path data;

    private AppServices services;
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        release.countDown();
        executor.shutdownNow();
        if (services != null) {
            services.close();
        }
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
    }

    @Test
    void the_screen_says_nothing_until_the_first_list_is_read() throws Exception {
        services = AppServices.open(data);
        // the worker is held: the list's first read waits behind it, as behind a slow disk
        executor.submit(() -> {
            release.await();
            return null;
        });
        Messages m = Messages.forLocale(Locale.ENGLISH);
        PostingsView view = onFx(() -> {
            UiContext ctx = new UiContext(services, m, new Formats(m), executor, new TaskBar(m), new NoNavigation(),
                    () -> null, new SystemOpener(executor), new Dividers(Map.of()));
            PostingsView v = new PostingsView(ctx, new PostingsViewModel(services.postings(), services.applications(),
                    services.labels()), new ImportActions(ctx));
            v.reload(null);
            new javafx.scene.Scene(v, 1000, 700); // its skins made, as in the window
            v.applyCss();
            v.layout();
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> view.loaded().get())).isFalse();
        assertThat(onFx(() -> visible(view, "#emptyState"))).isFalse();
        assertThat(onFx(() -> ((Label) view.lookup("#postingCount")).getText())).isEmpty();
        assertThat(onFx(() -> ((Label) ((ListView<?>) view.lookup("#postingList")).getPlaceholder()).getText())).isEmpty();

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(() -> view.loaded().get()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(onFx(() -> view.loaded().get())).isTrue();
        assertThat(onFx(() -> visible(view, "#emptyState"))).isTrue();
        assertThat(onFx(() -> ((Label) view.lookup("#postingCount")).getText())).isEqualTo(m.get("postings.count", 0));
    }

    private static boolean visible(Node root, String selector) {
        return root.lookup(selector).isVisible();
    }

    private static final class NoNavigation implements UiContext.Navigator {
        @Override
        public void showPostings(Long postingId) {
        }

        @Override
        public void showPostingsThen(Long postingId, Runnable then) {
        }

        @Override
        public void showApplication(Long applicationId) {
        }

        @Override
        public void showApplicationDates(Long applicationId) {
        }

        @Override
        public void dataChanged() {
        }

        @Override
        public void applicationChanged(long applicationId, long postingId) {
        }

        @Override
        public void showAgenda() {
        }
    }
}
