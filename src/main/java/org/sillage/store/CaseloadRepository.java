package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.CaseloadRow;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;

/**
 * The caseload screen's figures, across every job seeker (ADR 0023): a fixed number of aggregate queries,
 * each grouped by seeker, so that the cost grows with the number of people, never a query per person and
 * never the applications read into memory.
 */
public final class CaseloadRepository {
    private static final List<String> OPEN = java.util.Arrays.stream(ApplicationStatus.values())
            .filter(s -> !s.isClosed()).map(Enum::name).toList();
    private static final List<String> NOT_SENT = List.of(ApplicationStatus.SAVED.name(), ApplicationStatus.PREPARING.name());
    private final DSLContext dsl;

    CaseloadRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An open application: neither archived nor closed. */
    private static Condition open() {
        return APPLICATION.ARCHIVED_AT.isNull().and(APPLICATION.STATUS.in(OPEN));
    }

    /**
     * One row per job seeker, by name.
     *
     * @param today          the day deadlines, actions and follow-ups are compared with
     * @param inactiveBefore a person whose last activity is before this instant is flagged inactive
     */
    public List<CaseloadRow> rows(LocalDate today, Instant inactiveBefore) {
        Map<Long, Map<ApplicationStatus, Integer>> counts = new HashMap<>();
        // from the board's index alone, which holds the three columns (ADR 0023 addendum): through the status
        // index H2 read every row (3,240 pages at 20,000 applications against 908)
        dsl.select(APPLICATION.CANDIDATE_ID, APPLICATION.STATUS, DSL.count())
                .from(APPLICATION.useIndex("APPLICATION_BOARD_DAY_IX")).where(open())
                .groupBy(APPLICATION.CANDIDATE_ID, APPLICATION.STATUS)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new EnumMap<>(ApplicationStatus.class))
                        .put(ApplicationStatus.valueOf(r.value2()), r.value3()));

        Map<Long, LocalDate> nextDeadline = byCandidate(dsl.select(APPLICATION.CANDIDATE_ID, DSL.min(POSTING.DEADLINE))
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.ARCHIVED_AT.isNull().and(APPLICATION.STATUS.in(NOT_SENT))
                        .and(POSTING.DEADLINE.ge(today)))
                .groupBy(APPLICATION.CANDIDATE_ID).fetch());

        Map<Long, Integer> overdue = byCandidate(dsl.select(SUPPORT_ACTION.CANDIDATE_ID, DSL.count()).from(SUPPORT_ACTION)
                .where(SUPPORT_ACTION.STATE.eq("TODO").and(SUPPORT_ACTION.DUE_ON.lt(today)))
                .groupBy(SUPPORT_ACTION.CANDIDATE_ID).fetch());

        Map<Long, LocalDate> lastSession = byCandidate(dsl.select(SUPPORT_SESSION.CANDIDATE_ID, DSL.max(SUPPORT_SESSION.HELD_ON))
                .from(SUPPORT_SESSION).groupBy(SUPPORT_SESSION.CANDIDATE_ID).fetch());

        // due within 3 days, not yet sent, with a required document still to prepare
        Map<Long, Integer> documentsMissing = byCandidate(dsl.select(APPLICATION.CANDIDATE_ID, DSL.countDistinct(APPLICATION.ID))
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.ARCHIVED_AT.isNull().and(APPLICATION.STATUS.in(NOT_SENT))
                        .and(POSTING.DEADLINE.between(today, today.plusDays(CaseloadRow.DOCUMENTS_DAYS)))
                        .and(DSL.exists(DSL.selectOne().from(REQUIRED_DOCUMENT)
                                .where(REQUIRED_DOCUMENT.APPLICATION_ID.eq(APPLICATION.ID)
                                        .and(REQUIRED_DOCUMENT.REQUIRED.isTrue())
                                        .and(REQUIRED_DOCUMENT.STATE.eq(DocumentState.TO_PREPARE.name()))))))
                .groupBy(APPLICATION.CANDIDATE_ID).fetch());

        // a follow-up date that has come (not done), or the next action of a sent application that has come
        Map<Long, Integer> followUps = byCandidate(dsl.select(APPLICATION.CANDIDATE_ID, DSL.countDistinct(APPLICATION.ID))
                .from(APPLICATION)
                .where(open().and(DSL.exists(DSL.selectOne().from(EVENT)
                                .where(EVENT.APPLICATION_ID.eq(APPLICATION.ID).and(EVENT.KIND.eq(EventKind.FOLLOW_UP.name()))
                                        .and(EVENT.DONE.isFalse()).and(EVENT.ON_DATE.le(today))))
                        .or(APPLICATION.STATUS.eq(ApplicationStatus.APPLIED.name()).and(APPLICATION.NEXT_ACTION_ON.le(today)))))
                .groupBy(APPLICATION.CANDIDATE_ID).fetch());

        Map<Long, OffsetDateTime> activity = new HashMap<>();
        // an application's last status change (or undo) is kept on it (ADR 0018): no join with the timeline
        latest(activity, byCandidate(dsl.select(APPLICATION.CANDIDATE_ID, DSL.max(APPLICATION.CHANGED_AT))
                .from(APPLICATION).groupBy(APPLICATION.CANDIDATE_ID).fetch()));
        latest(activity, byCandidate(dsl.select(APPLICATION.CANDIDATE_ID, DSL.max(APPLICATION_NOTE.CREATED_AT))
                .from(APPLICATION_NOTE).join(APPLICATION).on(APPLICATION.ID.eq(APPLICATION_NOTE.APPLICATION_ID))
                .groupBy(APPLICATION.CANDIDATE_ID).fetch()));
        latest(activity, byCandidate(dsl.select(SUPPORT_SESSION.CANDIDATE_ID, DSL.max(SUPPORT_SESSION.CHANGED_AT))
                .from(SUPPORT_SESSION).groupBy(SUPPORT_SESSION.CANDIDATE_ID).fetch()));
        latest(activity, byCandidate(dsl.select(SUPPORT_ACTION.CANDIDATE_ID, DSL.max(SUPPORT_ACTION.CHANGED_AT))
                .from(SUPPORT_ACTION).groupBy(SUPPORT_ACTION.CANDIDATE_ID).fetch()));

        List<CaseloadRow> rows = new ArrayList<>();
        dsl.select(CANDIDATE.ID, CANDIDATE.DISPLAY_NAME, CANDIDATE.IS_DEFAULT, CANDIDATE.CLOSED_AT,
                        CANDIDATE.CREATED_AT, CANDIDATE.LAST_ACTIVITY_AT)
                .from(CANDIDATE).orderBy(CANDIDATE.DISPLAY_NAME, CANDIDATE.ID)
                .forEach(r -> {
                    long id = r.value1();
                    OffsetDateTime last = max(max(r.value5(), r.value6()), activity.get(id));
                    Instant lastActivity = last == null ? null : last.toInstant();
                    rows.add(new CaseloadRow(id, r.value2(), Boolean.TRUE.equals(r.value3()),
                            r.value4() == null ? null : r.value4().toInstant(),
                            counts.getOrDefault(id, Map.of()), nextDeadline.get(id), overdue.getOrDefault(id, 0),
                            lastSession.get(id), lastActivity, documentsMissing.getOrDefault(id, 0),
                            followUps.getOrDefault(id, 0), lastActivity == null || lastActivity.isBefore(inactiveBefore)));
                });
        return rows;
    }

    private static <T> Map<Long, T> byCandidate(Result<Record2<Long, T>> result) {
        Map<Long, T> map = new HashMap<>();
        result.forEach(r -> {
            if (r.value2() != null) {
                map.put(r.value1(), r.value2());
            }
        });
        return map;
    }

    private static void latest(Map<Long, OffsetDateTime> into, Map<Long, OffsetDateTime> more) {
        more.forEach((id, t) -> into.merge(id, t, CaseloadRepository::max));
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
