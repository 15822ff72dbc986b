package org.sillage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider the application names to SLF4J writes to the data folder's log, with Sillage's levels. */
class LogProviderTest {
    @Test
    void writesInfoOfSillageAndWarningsOfOthersToTheLogFolder(@TempDir Path dir) throws Exception {
        String before = System.getProperty("sillage.logdir");
        System.setProperty("sillage.logdir", dir.toString());
        try {
            LogProvider provider = new LogProvider();
            provider.initialize();
            provider.getLoggerFactory().getLogger("org.sillage.SomeService").info("imported 3 postings");
            provider.getLoggerFactory().getLogger("org.flywaydb.core").debug("flyway detail");
            provider.getLoggerFactory().getLogger("com.example").info("a library chatting");
            provider.getLoggerFactory().getLogger("com.example").warn("a library warning");
            ((LoggerContext) provider.getLoggerFactory()).stop();
            String log = Files.readString(dir.resolve("sillage.log"));
            assertTrue(log.contains("INFO  [") && log.contains("imported 3 postings"), log);
            assertTrue(log.contains("a library warning"), log);
            assertFalse(log.contains("flyway detail"), log);
            assertFalse(log.contains("a library chatting"), log);
            assertEquals(2, log.lines().count(), log);
        } finally {
            if (before == null) {
                System.clearProperty("sillage.logdir");
            } else {
                System.setProperty("sillage.logdir", before);
            }
        }
    }
}
