package org.sillage.importing;

import java.util.List;

import org.sillage.domain.PostingFields;

/**
 * A posting as read from a file or the clipboard, before extraction.
 *
 * @param text         the text, as decoded, reading order and paragraph breaks kept
 * @param format       the format it was read as, decided by content ({@code txt, md, pdf, docx, doc, odt, rtf,
 *                     html, eml, paste})
 * @param sourceName   the file name (for an attachment, its name inside the e-mail), or null for pasted text
 * @param sourceSha256 the sha-256 of the bytes received, or null for pasted text
 * @param original     the bytes received, kept so that the original can be stored and reopened; null for paste
 * @param structured   fields the format states outright (schema.org JobPosting JSON-LD or microdata), which
 *                     take precedence over what rules read in the text; null when there are none
 * @param attachments  postings attached to this one (an e-mail's PDF or DOCX attachments), each its own import
 * @param structure    what the format says of the text beyond its characters (title, headings, link targets),
 *                     handed to the rules with the text; {@link TextStructure#NONE} when nothing
 */
public record SourceDocument(String text, String format, String sourceName, String sourceSha256, byte[] original,
                             PostingFields structured, List<SourceDocument> attachments, List<Skipped> skipped,
                             TextStructure structure) {

    /** An attachment in a posting format that could not be read, and why. */
    public record Skipped(String name, org.sillage.domain.UserException reason) {
    }

    public SourceDocument {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        structure = structure == null ? TextStructure.NONE : structure;
    }

    public SourceDocument(String text, String format, String sourceName, String sourceSha256, byte[] original,
                          PostingFields structured, List<SourceDocument> attachments, List<Skipped> skipped) {
        this(text, format, sourceName, sourceSha256, original, structured, attachments, skipped, TextStructure.NONE);
    }

    public SourceDocument(String text, String format, String sourceName, String sourceSha256, byte[] original,
                          PostingFields structured, List<SourceDocument> attachments) {
        this(text, format, sourceName, sourceSha256, original, structured, attachments, List.of(), TextStructure.NONE);
    }

    /** A document with no structured fields and no attachments. */
    public SourceDocument(String text, String format, String sourceName, String sourceSha256, byte[] original) {
        this(text, format, sourceName, sourceSha256, original, null, List.of());
    }
}
