package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.DocumentState;
import org.sillage.domain.SessionReport;

/**
 * What a session report reads of the current job seeker's applications (ADR 0024): a few queries bounded
 * by dates and limits, through the (candidate, status) index; nothing reads every row.
 */
public final class ReportRepository {
    private final DSLContext dsl;
    private final long candidateId;

    ReportRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /** The status changes not undone from {@code from} (included) to {@code to} (excluded), oldest first. */
    public List<SessionReport.Change> changes(Instant from, Instant to, int limit) {
        return dsl.select(STATUS_CHANGE.CHANGED_AT, POSTING.TITLE, POSTING.ORGANIZATION, STATUS_CHANGE.FROM_STATUS,
                        STATUS_CHANGE.TO_STATUS, STATUS_CHANGE.NOTE)
                .from(STATUS_CHANGE).join(APPLICATION).on(APPLICATION.ID.eq(STATUS_CHANGE.APPLICATION_ID))
                .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(STATUS_CHANGE.UNDONE_AT.isNull())
                        .and(STATUS_CHANGE.CHANGED_AT.ge(PostingRepository.toOffset(from)))
                        .and(STATUS_CHANGE.CHANGED_AT.lt(PostingRepository.toOffset(to))))
                .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID).limit(limit)
                .fetch(r -> new SessionReport.Change(r.value1().toInstant(), r.value2(), r.value3(),
                        r.value4() == null ? null : ApplicationStatus.valueOf(r.value4()),
                        ApplicationStatus.valueOf(r.value5()), r.value6()));
    }

    /** The applications in progress (not closed, not archived), furthest along first, at most {@code limit}. */
    public List<SessionReport.Current> inProgress(int limit) {
        List<String> open = java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isClosed())
                .map(Enum::name).toList();
        List<SessionReport.Current> rows = dsl.select(APPLICATION.ID, POSTING.TITLE, POSTING.ORGANIZATION,
                        APPLICATION.STATUS, APPLICATION.APPLIED_ON)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.STATUS.in(open))
                        .and(APPLICATION.ARCHIVED_AT.isNull()))
                .orderBy(APPLICATION.ID.desc()).limit(limit)
                .fetch(r -> new SessionReport.Current(r.value1(), r.value2(), r.value3(),
                        ApplicationStatus.valueOf(r.value4()), r.value5()));
        List<SessionReport.Current> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing((SessionReport.Current c) -> c.status()).reversed());
        return sorted;
    }

    /**
     * The deadlines from {@code from} to {@code to} of applications not yet sent (Saved, Preparing) and not
     * archived, soonest first, each with its required documents still to prepare.
     */
    public List<SessionReport.Deadline> deadlines(LocalDate from, LocalDate to, int limit) {
        var rows = dsl.select(APPLICATION.ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE, POSTING.DEADLINE_TIME)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId)
                        .and(APPLICATION.STATUS.in(ApplicationStatus.SAVED.name(), ApplicationStatus.PREPARING.name()))
                        .and(APPLICATION.ARCHIVED_AT.isNull())
                        .and(POSTING.DEADLINE.ge(from)).and(POSTING.DEADLINE.le(to)))
                .orderBy(POSTING.DEADLINE, POSTING.DEADLINE_TIME.asc().nullsLast(), APPLICATION.ID).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SessionReport.Missing>> missing = new LinkedHashMap<>();
        dsl.select(REQUIRED_DOCUMENT.APPLICATION_ID, REQUIRED_DOCUMENT.KIND, REQUIRED_DOCUMENT.LABEL)
                .from(REQUIRED_DOCUMENT)
                .where(REQUIRED_DOCUMENT.APPLICATION_ID.in(rows.map(r -> r.value1()))
                        .and(REQUIRED_DOCUMENT.REQUIRED.isTrue())
                        .and(REQUIRED_DOCUMENT.STATE.eq(DocumentState.TO_PREPARE.name())))
                .orderBy(REQUIRED_DOCUMENT.POSITION, REQUIRED_DOCUMENT.ID)
                .forEach(r -> missing.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new SessionReport.Missing(r.value2(), r.value3())));
        return rows.map(r -> new SessionReport.Deadline(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                missing.getOrDefault(r.value1(), List.of())));
    }
}
