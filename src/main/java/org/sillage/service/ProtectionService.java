package org.sillage.service;

import java.nio.file.Path;

import org.sillage.domain.UserException;
import org.sillage.store.InstanceLock;
import org.sillage.store.Protection;

/**
 * Protecting a data folder with a password (ADR 0016): turning it on, changing the password, turning it
 * off. Each re-encrypts the database, the originals and the backups, and can be interrupted by a crash
 * without loss: the next start, once the password is given, finishes it. No Sillage may hold the folder:
 * the window closes its own services first, and reopens them with the key returned.
 */
public final class ProtectionService {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 8;

    private ProtectionService() {
    }

    public static FolderKey enable(Path dataFolder, char[] password) {
        requireStrong(password);
        try (InstanceLock lock = lock(dataFolder)) {
            return FolderKey.of(Protection.enable(dataFolder, password, null));
        }
    }

    public static FolderKey change(Path dataFolder, char[] oldPassword, char[] newPassword) {
        requireStrong(newPassword);
        try (InstanceLock lock = lock(dataFolder)) {
            return FolderKey.of(Protection.change(dataFolder, oldPassword, newPassword, null));
        }
    }

    public static FolderKey disable(Path dataFolder, char[] password) {
        try (InstanceLock lock = lock(dataFolder)) {
            Protection.disable(dataFolder, password, null);
            return FolderKey.NONE;
        }
    }

    /** Refuses a password shorter than {@link #MIN_LENGTH}, with the length in the message. */
    public static void requireStrong(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new UserException("error.password.short", MIN_LENGTH);
        }
    }

    private static InstanceLock lock(Path dataFolder) {
        return InstanceLock.tryAcquire(dataFolder).orElseThrow(() -> new UserException("error.folder.in_use", dataFolder));
    }
}
