package org.sillage.importing.read;

/** The formats Sillage reads, as decided from the bytes; {@link #code()} is what {@code SourceDocument.format} holds. */
public enum Format {
    TXT("txt"), MD("md"), PDF("pdf"), DOCX("docx"), DOC("doc"), ODT("odt"), RTF("rtf"), HTML("html"), EML("eml"),
    /** An Office file protected by a password (OLE2 container holding an encrypted OOXML package). */
    ENCRYPTED_OFFICE("docx"),
    /** Anything recognised as a format Sillage does not read (images, archives, spreadsheets...). */
    UNSUPPORTED("unsupported");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether an e-mail attachment in this format is itself a posting. */
    public boolean isPosting() {
        return this != UNSUPPORTED && this != EML;
    }
}
