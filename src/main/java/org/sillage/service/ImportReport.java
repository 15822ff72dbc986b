package org.sillage.service;

import java.util.List;

/** The outcome of an import, file by file, and whether the user cancelled it before the end. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    public boolean hasFailures() {
        return count(ImportOutcome.Kind.FAILED) > 0;
    }
}
