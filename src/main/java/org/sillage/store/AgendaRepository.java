package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.domain.TimeZones;

/**
 * Dated items of the candidate's applications, read by date range from indexed columns: the posting's
 * effective deadline with its time and zone (kept in step by {@link PostingRepository}, ADR 0015), and the
 * events. Nothing here reads a posting's text or fields.
 */
public final class AgendaRepository {
    /** The widest range, in days, read from the dated rows' own index rather than from the applications. */
    static final int NARROW_DAYS = 62;
    private final DSLContext dsl;
    private final long candidateId;

    AgendaRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /** What to read: a range of days (either end open when null), one application, some statuses. */
    public record Range(LocalDate from, LocalDate to, Long applicationId, Collection<ApplicationStatus> statuses) {
        public static Range all() {
            return new Range(null, null, null, null);
        }

        public static Range of(LocalDate from, LocalDate to) {
            return new Range(from, to, null, null);
        }

        public static Range application(long id) {
            return new Range(null, null, id, null);
        }

        /**
         * Whether the range is a few weeks at most (the month view, the dashboard's next days): then the
         * queries start from the dated rows, by their date index, rather than from every application of
         * the candidate, which H2's planner otherwise prefers (ADR 0028).
         */
        boolean narrow() {
            return applicationId == null && from != null && to != null
                    && java.time.temporal.ChronoUnit.DAYS.between(from, to) <= NARROW_DAYS;
        }

        Condition on(org.jooq.Field<LocalDate> day) {
            Condition c = DSL.noCondition();
            if (from != null) {
                c = c.and(day.ge(from));
            }
            if (to != null) {
                c = c.and(day.le(to));
            }
            if (applicationId != null) {
                c = c.and(APPLICATION.ID.eq(applicationId));
            } else {
                // archived applications leave the agenda and the reminders; each still shows its own dates
                c = c.and(APPLICATION.ARCHIVED_AT.isNull());
            }
            if (statuses != null) {
                c = c.and(APPLICATION.STATUS.in(statuses.stream().map(Enum::name).toList()));
            }
            return c;
        }
    }

    /** The deadlines of the applications' postings within {@code range}; done once the application was sent. */
    public List<AgendaItem> deadlines(Range range) {
        return deadlines(range, DSL.noCondition());
    }

    /** The deadlines within {@code range} of the given applications only (a page of a list). */
    public List<AgendaItem> deadlines(Range range, Collection<Long> applicationIds) {
        return deadlines(range, APPLICATION.ID.in(applicationIds));
    }

    private List<AgendaItem> deadlines(Range range, Condition extra) {
        if (range.narrow()) {
            var p = POSTING.as("dated_posting");
            extra = extra.and(APPLICATION.POSTING_ID.in(DSL.select(p.ID).from(p).where(p.DEADLINE.between(range.from(), range.to()))));
        }
        return dsl.select(APPLICATION.ID, APPLICATION.STATUS, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE,
                        POSTING.DEADLINE_TIME, POSTING.DEADLINE_ZONE)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(POSTING.DEADLINE.isNotNull())
                        .and(range.on(POSTING.DEADLINE)).and(extra))
                .fetch(r -> {
                    ApplicationStatus status = ApplicationStatus.valueOf(r.value2());
                    boolean done = status != ApplicationStatus.SAVED && status != ApplicationStatus.PREPARING;
                    return new AgendaItem(EventKind.DEADLINE, null, r.value1(), r.value3(), r.value4(), status,
                            r.value5(), r.value6(), zone(r.value7(), TimeZones.DEFAULT), null, done);
                });
    }

    /**
     * The events within {@code range}; {@code openOnly} leaves out those marked done. An event without a
     * zone is in {@code userZone}.
     */
    public List<AgendaItem> events(Range range, boolean openOnly, ZoneId userZone) {
        return events(range, openOnly, userZone, DSL.noCondition());
    }

    /** The events within {@code range} of the given applications only (a page of a list). */
    public List<AgendaItem> events(Range range, boolean openOnly, ZoneId userZone, Collection<Long> applicationIds) {
        return events(range, openOnly, userZone, APPLICATION.ID.in(applicationIds));
    }

    /**
     * The open events within {@code range} that may be due: follow-ups however late, the other kinds from
     * {@code othersFrom} on (the reminders' filter, in SQL, so that past interviews are not read).
     */
    public List<AgendaItem> dueEvents(Range range, LocalDate othersFrom, ZoneId userZone) {
        return events(range, true, userZone, EVENT.KIND.eq(EventKind.FOLLOW_UP.name()).or(EVENT.ON_DATE.ge(othersFrom)));
    }

    private List<AgendaItem> events(Range range, boolean openOnly, ZoneId userZone, Condition extra) {
        Condition c = APPLICATION.CANDIDATE_ID.eq(candidateId).and(range.on(EVENT.ON_DATE)).and(extra);
        if (range.narrow()) {
            var e = EVENT.as("dated_event");
            c = c.and(APPLICATION.ID.in(DSL.select(e.APPLICATION_ID).from(e).where(e.ON_DATE.between(range.from(), range.to()))));
        }
        if (openOnly) {
            c = c.and(EVENT.DONE.isFalse());
        }
        return dsl.select(EVENT.ID, EVENT.KIND, EVENT.ON_DATE, EVENT.AT_TIME, EVENT.TIME_ZONE, EVENT.PLACE, EVENT.DONE,
                        APPLICATION.ID, APPLICATION.STATUS, POSTING.TITLE, POSTING.ORGANIZATION)
                .from(EVENT).join(APPLICATION).on(APPLICATION.ID.eq(EVENT.APPLICATION_ID))
                .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(c)
                .fetch(r -> new AgendaItem(EventKind.valueOf(r.value2()), r.value1(), r.value8(), r.value10(), r.value11(),
                        ApplicationStatus.valueOf(r.value9()), r.value3(), r.value4(), zone(r.value5(), userZone),
                        r.value6(), r.value7()));
    }

    /**
     * The next actions within {@code range} that have a date, as items of the day (no time, in
     * {@code userZone}), never done: doing it means setting the next one. A next action on the day of an
     * open follow-up of the same application is that follow-up (moving to Applied proposes both), and is
     * left out.
     */
    public List<AgendaItem> nextActions(Range range, ZoneId userZone) {
        return nextActions(range, userZone, true);
    }

    /**
     * {@link #nextActions(Range, ZoneId)}, leaving out the next actions that are an open follow-up only when
     * {@code checkFollowUps}; without it the caller does, from the open follow-ups it read of the same
     * range and statuses (the reminders, ADR 0028: one index probe less per next action).
     */
    public List<AgendaItem> nextActions(Range range, ZoneId userZone, boolean checkFollowUps) {
        Condition dated = DSL.noCondition();
        if (range.narrow()) {
            var a = APPLICATION.as("dated_application");
            dated = APPLICATION.ID.in(DSL.select(a.ID).from(a).where(a.NEXT_ACTION_ON.between(range.from(), range.to())));
        }
        return dsl.select(APPLICATION.ID, APPLICATION.STATUS, APPLICATION.NEXT_ACTION, APPLICATION.NEXT_ACTION_ON,
                        POSTING.TITLE, POSTING.ORGANIZATION)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.NEXT_ACTION_ON.isNotNull())
                        .and(APPLICATION.NEXT_ACTION.isNotNull()).and(range.on(APPLICATION.NEXT_ACTION_ON)).and(dated)
                        .and(checkFollowUps ? DSL.notExists(DSL.selectOne().from(EVENT).where(EVENT.APPLICATION_ID.eq(APPLICATION.ID)
                                .and(EVENT.KIND.eq(EventKind.FOLLOW_UP.name())).and(EVENT.DONE.isFalse())
                                .and(EVENT.ON_DATE.eq(APPLICATION.NEXT_ACTION_ON)))) : DSL.noCondition()))
                .fetch(r -> new AgendaItem(EventKind.NEXT_ACTION, null, r.value1(), r.value5(), r.value6(),
                        ApplicationStatus.valueOf(r.value2()), r.value4(), null, userZone, null, false, r.value3()));
    }

    /**
     * The current seeker's session actions due within {@code range} (ADR 0024), as items of the day in
     * {@code userZone}; {@code openOnly} leaves out those done or cancelled. An application's range has none.
     */
    public List<AgendaItem> actions(Range range, boolean openOnly, ZoneId userZone) {
        if (range.applicationId() != null) {
            return List.of();
        }
        return new ActionRepository(dsl, candidateId).due(range.from(), range.to(), openOnly).stream()
                .map(a -> AgendaItem.action(a, userZone)).toList();
    }

    /**
     * The four kinds of rows that are surely due once their day is a few days past, whatever their time
     * and zone (the reminders, ADR 0028 addendum): deadlines of applications not yet sent, open follow-ups
     * of applications still Applied, next actions of open applications (not on the day of an open
     * follow-up, which stands for them), and the seeker's session actions still to do.
     */
    public enum DueSource { DEADLINE, FOLLOW_UP, NEXT_ACTION, ACTION }

    private static final List<String> SAVED_OR_PREPARING = List.of(ApplicationStatus.SAVED.name(),
            ApplicationStatus.PREPARING.name());

    private static List<String> openStatuses() {
        return java.util.Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isClosed()).map(Enum::name).toList();
    }

    /** Which rows of {@code source} are dated {@code until} or earlier (their tables: {@link #dueFrom}). */
    private Condition dueWhere(DueSource source, LocalDate until) {
        Condition mine = APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ARCHIVED_AT.isNull());
        return switch (source) {
            case DEADLINE -> mine.and(APPLICATION.STATUS.in(SAVED_OR_PREPARING)).and(POSTING.DEADLINE.le(until));
            case FOLLOW_UP -> mine.and(APPLICATION.STATUS.eq(ApplicationStatus.APPLIED.name()))
                    .and(EVENT.KIND.eq(EventKind.FOLLOW_UP.name())).and(EVENT.DONE.isFalse()).and(EVENT.ON_DATE.le(until));
            case NEXT_ACTION -> nextActionsDue(until);
            case ACTION -> SUPPORT_ACTION.CANDIDATE_ID.eq(candidateId)
                    .and(SUPPORT_ACTION.STATE.eq(org.sillage.domain.SupportAction.State.TODO.name()))
                    .and(SUPPORT_ACTION.DUE_ON.le(until));
        };
    }

    private static org.jooq.TableLike<?> dueFrom(DueSource source) {
        return switch (source) {
            case DEADLINE -> APPLICATION.join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID));
            case FOLLOW_UP -> EVENT.join(APPLICATION).on(APPLICATION.ID.eq(EVENT.APPLICATION_ID));
            case NEXT_ACTION -> APPLICATION;
            case ACTION -> SUPPORT_ACTION;
        };
    }

    /** The rows of {@code source} dated {@code until} or earlier: an id, the day and the time. */
    private org.jooq.SelectConditionStep<org.jooq.Record3<Long, LocalDate, java.time.LocalTime>> dueRows(DueSource source,
            LocalDate until) {
        var nullTime = DSL.castNull(org.jooq.impl.SQLDataType.LOCALTIME);
        var select = switch (source) {
            case DEADLINE -> dsl.select(APPLICATION.ID, POSTING.DEADLINE, POSTING.DEADLINE_TIME);
            case FOLLOW_UP -> dsl.select(EVENT.ID, EVENT.ON_DATE, EVENT.AT_TIME);
            case NEXT_ACTION -> dsl.select(APPLICATION.ID, APPLICATION.NEXT_ACTION_ON, nullTime);
            case ACTION -> dsl.select(SUPPORT_ACTION.ID, SUPPORT_ACTION.DUE_ON, nullTime);
        };
        return select.from(dueFrom(source)).where(dueWhere(source, until));
    }

    /** Next actions of open applications dated {@code until} or earlier, not on the day of an open follow-up. */
    private Condition nextActionsDue(LocalDate until) {
        return APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ARCHIVED_AT.isNull())
                .and(APPLICATION.STATUS.in(openStatuses())).and(APPLICATION.NEXT_ACTION.isNotNull())
                .and(APPLICATION.NEXT_ACTION_ON.le(until))
                .and(DSL.notExists(DSL.selectOne().from(EVENT).where(EVENT.APPLICATION_ID.eq(APPLICATION.ID)
                        .and(EVENT.KIND.eq(EventKind.FOLLOW_UP.name())).and(EVENT.DONE.isFalse())
                        .and(EVENT.ON_DATE.eq(APPLICATION.NEXT_ACTION_ON)))));
    }

    /** How many rows of {@code source} are dated {@code until} or earlier: counted in SQL, none read. */
    public int countDue(DueSource source, LocalDate until) {
        // a plain count over the same rows: jOOQ's fetchCount(select) counts a derived table, which H2
        // fills row by row first (three to five times slower here)
        return dsl.selectCount().from(dueFrom(source)).where(dueWhere(source, until)).fetchOne(0, int.class);
    }

    /**
     * The days of the first {@code n} rows of {@code source} dated {@code until} or earlier, in order (or of
     * fewer rows, never later days, where one posting has two applications). Each is read from its date's
     * index, stopping after {@code n}: H2 would otherwise sort every row dated so far (ADR 0028 addendum).
     */
    public List<LocalDate> firstDueDays(DueSource source, LocalDate until, int n) {
        Condition mine = APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ARCHIVED_AT.isNull());
        return switch (source) {
            case DEADLINE -> dsl.select(POSTING.DEADLINE).from(POSTING)
                    .where(POSTING.DEADLINE.le(until).and(DSL.exists(DSL.selectOne().from(APPLICATION)
                            .where(APPLICATION.POSTING_ID.eq(POSTING.ID).and(mine)
                                    .and(APPLICATION.STATUS.in(SAVED_OR_PREPARING))))))
                    .orderBy(POSTING.DEADLINE).limit(n).fetch(POSTING.DEADLINE);
            case FOLLOW_UP -> dsl.select(EVENT.ON_DATE).from(EVENT)
                    .where(EVENT.KIND.eq(EventKind.FOLLOW_UP.name()).and(EVENT.DONE.isFalse()).and(EVENT.ON_DATE.le(until))
                            .and(DSL.exists(DSL.selectOne().from(APPLICATION).where(APPLICATION.ID.eq(EVENT.APPLICATION_ID)
                                    .and(mine).and(APPLICATION.STATUS.eq(ApplicationStatus.APPLIED.name()))))))
                    .orderBy(EVENT.ON_DATE).limit(n).fetch(EVENT.ON_DATE);
            // H2's planner prefers the candidate's index here, then sorts: its date index is named
            case NEXT_ACTION -> dsl.select(APPLICATION.NEXT_ACTION_ON)
                    .from(DSL.table("{0} USE INDEX ({1})", APPLICATION, DSL.name("APPLICATION_NEXT_ACTION_IX")))
                    .where(nextActionsDue(until)).orderBy(APPLICATION.NEXT_ACTION_ON).limit(n)
                    .fetch(APPLICATION.NEXT_ACTION_ON);
            case ACTION -> dueRows(source, until).orderBy(SUPPORT_ACTION.DUE_ON).limit(n)
                    .fetch(r -> r.value2());
        };
    }

    /**
     * The reminder keys ({@link AgendaItem#key()}, its day and time) of the rows of {@code source} dated
     * {@code until} or earlier among {@code ids} (application ids for deadlines and next actions, event or
     * action ids for the others): which snoozed or dismissed reminders are among those counted.
     */
    public java.util.Set<String> dueKeys(DueSource source, LocalDate until, Collection<Long> ids) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (ids.isEmpty()) {
            return keys;
        }
        var rows = dueRows(source, until);
        String prefix = switch (source) {
            case DEADLINE -> "deadline-";
            case FOLLOW_UP -> "event-";
            case NEXT_ACTION -> "next-";
            case ACTION -> "action-";
        };
        org.jooq.Field<Long> id = switch (source) {
            case DEADLINE, NEXT_ACTION -> APPLICATION.ID;
            case FOLLOW_UP -> EVENT.ID;
            case ACTION -> SUPPORT_ACTION.ID;
        };
        for (var r : rows.and(id.in(ids)).fetch()) {
            keys.add(prefix + r.value1() + "@" + r.value2() + (r.value3() == null ? "" : "T" + r.value3()));
        }
        return keys;
    }

    /** The open follow-ups within {@code range} (its statuses), as agenda items. */
    public List<AgendaItem> openFollowUps(Range range, ZoneId userZone) {
        return events(range, true, userZone, EVENT.KIND.eq(EventKind.FOLLOW_UP.name()));
    }

    /**
     * The applications not archived still Applied since {@code appliedBy} or earlier: those with no answer
     * (ADR 0017). By the status index; only Applied rows are read.
     */
    public List<Long> noAnswer(LocalDate appliedBy) {
        return dsl.select(APPLICATION.ID).from(APPLICATION)
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.STATUS.eq(ApplicationStatus.APPLIED.name()))
                        .and(APPLICATION.ARCHIVED_AT.isNull()).and(APPLICATION.APPLIED_ON.le(appliedBy)))
                .fetch(APPLICATION.ID);
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        if (id == null) {
            return fallback;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }
}
