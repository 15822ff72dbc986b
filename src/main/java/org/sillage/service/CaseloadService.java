package org.sillage.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.sillage.domain.CaseloadRow;
import org.sillage.store.Store;

/** The caseload: one line per job seeker with their figures and alerts (issue 9, ADR 0023). */
public final class CaseloadService {
    private final Store store;
    private final Clock clock;

    public CaseloadService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every job seeker's line, by name; those whose support ended too (the screen filters them). */
    public List<CaseloadRow> rows() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Instant inactiveBefore = now.minus(CaseloadRow.INACTIVE_DAYS, ChronoUnit.DAYS);
        return store.transaction(r -> r.caseload().rows(today, inactiveBefore));
    }
}
