package org.sillage.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

import org.sillage.domain.UserException;

/**
 * Refuses a ZIP-based document (DOCX, ODT) that inflates to far more than any posting before a parser
 * opens it: too many entries, or more than {@code max(100 × its size, 20 MB)} once inflated. A damaged
 * ZIP passes (parsers recover what they can), but the caller is told, to call an empty result corrupt.
 */
final class ZipGuard {
    private static final int MAX_ENTRIES = 10_000;
    private static final long MIN_LIMIT = 20L * 1024 * 1024;
    private static final long RATIO = 100;

    private ZipGuard() {
    }

    /** Whether the ZIP reads to its end; throws when it inflates like a bomb. */
    static boolean check(byte[] bytes, String name) {
        long limit = Math.max(MIN_LIMIT, RATIO * bytes.length);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UserException("error.import.zip_bomb", name);
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new UserException("error.import.zip_bomb", name);
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        throw new UserException("error.import.timeout", name);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            return false;
        }
        return entries > 0 && hasEndRecord(bytes);
    }

    /** A whole ZIP ends with its "end of central directory" record (PK 5 6), at most 64 KB from the end. */
    private static boolean hasEndRecord(byte[] bytes) {
        int stop = Math.max(0, bytes.length - 22 - 65_535);
        for (int i = bytes.length - 22; i >= stop; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
