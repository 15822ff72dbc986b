package org.sillage.importing;

import java.time.Duration;

/**
 * How much the readers accept: the largest file, how long one file may take to read, and the largest
 * posting text (in characters) that a file may yield. All three live in the user's settings.
 */
public record ReadLimits(long maxBytes, Duration timeoutPerFile, int maxTextChars) {
    /** A posting is a few pages; 1 MB of text is a book, or not a posting. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 1024 * 1024;
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, Duration.ofSeconds(20));

    public ReadLimits(long maxBytes, Duration timeoutPerFile) {
        this(maxBytes, timeoutPerFile, DEFAULT_MAX_TEXT_CHARS);
    }
}
