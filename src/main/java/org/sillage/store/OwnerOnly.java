package org.sillage.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data folder holds personal data: it is readable by its owner only (700), and so are the database
 * and its backups (600). Where the file system has no POSIX permissions (Windows), the user's profile
 * folder already keeps other users out, and nothing is done.
 */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    public static void restrict(Path path) {
        if (!Files.exists(path) || Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not our file (a shared folder, say): leave it as it is
        }
    }
}
