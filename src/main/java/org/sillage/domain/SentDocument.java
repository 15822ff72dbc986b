package org.sillage.domain;

/** A document as it was sent: the file attached when the application became Applied, with its checksum. */
public record SentDocument(long statusChangeId, String kind, String label, String fileName, String sha256) {
}
