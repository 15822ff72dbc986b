package org.sillage.domain;

import java.util.List;

/**
 * One document of an application's checklist, with the constraints the posting set and the files the
 * user attached.
 */
public record ChecklistItem(long id, long applicationId, String kind, String label, String format, String length,
                            String language, boolean required, DocumentState state, int position,
                            List<StoredFileRef> files) {
    public ChecklistItem {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A required item not yet Ready or Sent. */
    public boolean isMissing() {
        return required && state == DocumentState.TO_PREPARE;
    }
}
