package org.sillage.importing;

import java.time.Duration;

/**
 * How much the readers accept: the largest file, and how long one file may take to read.
 * Both live in the user's settings.
 */
public record ReadLimits(long maxBytes, Duration timeoutPerFile) {
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, Duration.ofSeconds(20));
}
