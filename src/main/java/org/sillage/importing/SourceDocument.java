package org.sillage.importing;

/**
 * A posting as read from a file or the clipboard, before extraction.
 *
 * @param text         the text, as decoded
 * @param format       the format it was read as ({@code txt}, {@code paste}...)
 * @param sourceName   the file name, or null for pasted text
 * @param sourceSha256 the sha-256 of the bytes received, or null for pasted text
 */
public record SourceDocument(String text, String format, String sourceName, String sourceSha256) {
}
