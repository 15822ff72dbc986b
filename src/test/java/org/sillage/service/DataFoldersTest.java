package org.sillage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFoldersTest {
    @Test
    void linux_uses_xdg_data_home_then_local_share() {
        assertThat(DataFolders.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/sillage"));
        assertThat(DataFolders.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/sillage"));
    }

    @Test
    void windows_uses_appdata_and_macos_application_support() {
        assertThat(DataFolders.resolve(null, Map.of("APPDATA", "/roaming"), "Windows 11", "/home/u"))
                .isEqualTo(Path.of("/roaming", "Sillage"));
        assertThat(DataFolders.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Sillage"));
    }

    @Test
    void the_option_wins_over_sillage_home_which_wins_over_the_default() {
        Map<String, String> env = Map.of("SILLAGE_HOME", "/env", "XDG_DATA_HOME", "/data");
        assertThat(DataFolders.resolve("/opt", env, "Linux", "/home/u")).isEqualTo(Path.of("/opt"));
        assertThat(DataFolders.resolve(null, env, "Linux", "/home/u")).isEqualTo(Path.of("/env"));
    }
}
