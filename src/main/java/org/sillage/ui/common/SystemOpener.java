package org.sillage.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a file, a folder or a {@code mailto:} address to the system (viewer, file manager, mail client),
 * off the JavaFX thread. When the system has no handler, {@code onFailure} is told so that the UI can
 * show the path or address to copy instead.
 */
public final class SystemOpener {
    private static final Logger LOG = LoggerFactory.getLogger(SystemOpener.class);

    private final Executor executor;

    public SystemOpener(Executor executor) {
        this.executor = executor;
    }

    public void open(Path path, Consumer<String> onFailure) {
        run(path.toUri(), false, onFailure);
    }

    public void mail(String mailto, Consumer<String> onFailure) {
        run(URI.create(mailto), true, onFailure);
    }

    private void run(URI uri, boolean mail, Consumer<String> onFailure) {
        executor.execute(() -> {
            if (!tryDesktop(uri, mail) && !tryCommand(uri)) {
                BackgroundTask.onFx(() -> onFailure.accept(mail ? uri.toString() : Path.of(uri).toString()));
            }
        });
    }

    private static boolean tryDesktop(URI uri, boolean mail) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
                return false;
            }
            Desktop d = Desktop.getDesktop();
            if (mail && d.isSupported(Desktop.Action.MAIL)) {
                d.mail(uri);
                return true;
            }
            if (!mail && d.isSupported(Desktop.Action.OPEN)) {
                d.open(Path.of(uri).toFile());
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("The desktop could not open {}", uri, e);
        }
        return false;
    }

    /** Linux desktops without AWT support: xdg-open. */
    private static boolean tryCommand(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("xdg-open", uri.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
