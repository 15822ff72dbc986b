package org.sillage.service;

/**
 * With {@code -Dsillage.trace.start=true}, prints when each step of a start ends (JVM uptime, in ms, and
 * the thread) to stderr: where the start goes, for {@code packaging/bench-start.sh} and the ADRs.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("sillage.trace.start");

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            System.err.printf("start %-22s %5d ms  [%s]%n", step,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), Thread.currentThread().getName());
        }
    }
}
