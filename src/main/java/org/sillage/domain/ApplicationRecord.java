package org.sillage.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One application with its posting's fields, as the spreadsheet holds it (ADR 0020): what an export
 * writes on one row and an import reads back. Dates are days in the user's time zone.
 *
 * @param history   the changes of status still in force, oldest first
 * @param documents the checklist, in its order
 * @param text      the posting's text (the JSON export carries it; the CSV does not)
 */
public record ApplicationRecord(String title, String organization, String location, LocalDate deadline,
                                ContractType contract, String url, ApplicationStatus status, LocalDate appliedOn,
                                LocalDate trackedOn, List<Step> history, List<Document> documents, String source,
                                String text) {
    public ApplicationRecord {
        history = history == null ? List.of() : List.copyOf(history);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The day of the latest change of status, if any. */
    public LocalDate lastChangeOn() {
        return history.isEmpty() ? null : history.get(history.size() - 1).on();
    }

    /** A change of status on a day, with its note. */
    public record Step(LocalDate on, ApplicationStatus to, String note) {
    }

    /** An item of the checklist. */
    public record Document(String kind, DocumentState state, boolean required) {
    }
}
