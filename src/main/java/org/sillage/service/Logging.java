package org.sillage.service;

import java.nio.file.Path;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Sends every log (ours, Flyway's, jOOQ's, java.util.logging's) to {@code <data folder>/logs}. */
public final class Logging {
    private Logging() {
    }

    /**
     * Says where the logs go, without starting Logback: the window starts its toolkit first and Logback
     * on the thread that opens the folder ({@link #init}), so that neither waits for the other.
     */
    public static void setFolder(Path dataFolder) {
        // SLF4J takes Logback from here instead of looking through every jar for it (see LogProvider)
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", LogProvider.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // not "Attempting to load provider…"
            }
        }
        if (System.getProperty("sillage.logdir") == null) {
            System.setProperty("sillage.logdir", dataFolder.resolve("logs").toString());
        }
    }

    /** Call before anything logs: the log folder is read once, when Logback starts. */
    public static void init(Path dataFolder) {
        setFolder(dataFolder);
        // jOOQ's banner and tips cost half a second at the first query; the log has no use for them
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // start Logback here (a thread logging meanwhile gets SLF4J's stand-in loggers, replayed after)
        org.slf4j.LoggerFactory.getILoggerFactory();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // the log names files and folders of the user: for the owner only, like the rest of the folder
        Path logs = Path.of(System.getProperty("sillage.logdir"));
        org.sillage.store.OwnerOnly.restrict(logs);
        org.sillage.store.OwnerOnly.restrict(logs.resolve("sillage.log"));
    }
}
