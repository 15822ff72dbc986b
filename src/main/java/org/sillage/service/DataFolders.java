package org.sillage.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Sillage keeps its data when nothing says otherwise:
 * Linux {@code $XDG_DATA_HOME/sillage} (else {@code ~/.local/share/sillage}), Windows
 * {@code %APPDATA%\Sillage}, macOS {@code ~/Library/Application Support/Sillage}.
 * {@code --data-dir} wins over {@code SILLAGE_HOME}, which wins over the default.
 */
public final class DataFolders {
    private DataFolders() {
    }

    public static Path resolve(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String home = env.get("SILLAGE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Sillage")
                    : Path.of(userHome, "AppData", "Roaming", "Sillage");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Sillage");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "sillage");
        }
        return Path.of(userHome, ".local", "share", "sillage");
    }
}
