package org.sillage.ui.common;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.sillage.service.FolderKey;

/**
 * What needs the data folder closed and opened again: restoring a backup, and changing its protection.
 * The shell closes the folder's services, runs the work off the JavaFX thread, and reopens the folder
 * (with the key the work returns), even when the work failed.
 */
public interface FolderActions {
    /** Puts a backup in place of the database. */
    void restore(Path backup);

    /**
     * Turns protection on or off, or changes the password: {@code work} gets the folder's current key and
     * returns the key to reopen it with. {@code doneKey} names the message said when it worked.
     */
    void changeProtection(UnaryOperator<FolderKey> work, String doneKey);
}
