package org.sillage.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sillage.domain.UserException;

/**
 * Keeps room on the data folder's disk. A write is refused before it starts when less than a margin
 * would stay free, because a database that runs out of room in the middle of a write may not open again.
 * The margin is 50 MB; {@code -Dsillage.disk.margin.mb=N} changes it (tests on a small disk).
 */
public final class DiskSpace {
    static final long DEFAULT_MARGIN_MB = 50;
    private static final long MB = 1024L * 1024;

    private DiskSpace() {
    }

    static long marginBytes() {
        return Long.getLong("sillage.disk.margin.mb", DEFAULT_MARGIN_MB) * MB;
    }

    /**
     * Throws {@code error.disk.low} unless the disk of {@code folder} keeps the margin free after
     * {@code extraBytes} more are written.
     */
    public static void require(Path folder, long extraBytes) {
        long usable;
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return;
            }
            usable = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return; // the write itself will say what is wrong
        }
        long needed = marginBytes() + Math.max(0, extraBytes);
        if (usable < needed) {
            throw new UserException("error.disk.low", folder, toMb(usable), toMb(needed));
        }
    }

    private static String toMb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) MB);
    }
}
