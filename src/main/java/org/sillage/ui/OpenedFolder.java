package org.sillage.ui;

import java.nio.file.Path;
import java.util.Locale;

import org.sillage.domain.UserException;
import org.sillage.domain.WindowLayout;
import org.sillage.service.AppServices;
import org.sillage.service.FolderKey;

/** A data folder opened at start, with the settings the window needs read off the JavaFX thread. */
record OpenedFolder(AppServices services, FolderKey key, Locale locale, WindowLayout layout) {

    /** Opens {@code folder} with {@code key} and reads its language and window layout (a background thread). */
    static OpenedFolder open(Path folder, FolderKey key) {
        AppServices s = AppServices.open(folder, key);
        return new OpenedFolder(s, key, s.settings().effectiveLocale(), s.settings().windowLayout());
    }

    /** What a background step failed with, as a message the person can read. */
    static UserException why(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
        return cause instanceof UserException u ? u : new UserException(cause, "error.unexpected", String.valueOf(cause));
    }
}
