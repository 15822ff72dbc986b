package org.sillage.domain;

import java.util.List;

/** A file of the document library and the applications that used it ("CV v3: 12 applications"). */
public record LibraryEntry(StoredFileRef file, List<String> applicationTitles, int applicationCount) {
}
