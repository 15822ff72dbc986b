package org.sillage.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder is protected by a password: its key file is there. Apart from {@link Protection} so
 * that this check, made at every start, loads neither the cipher nor the JSON classes.
 */
public final class KeyFile {
    public static final String NAME = "protection.json";

    private KeyFile() {
    }

    public static boolean isPresent(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME));
    }
}
