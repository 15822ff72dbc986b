package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sillage.domain.AgendaItem;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.BoardCard;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;
import org.sillage.domain.NextAction;
import org.sillage.domain.TimeZones;

/**
 * The board's reads (ADR 0017): how many applications each status holds, from one group-by, and a page of
 * one status's cards at a time, soonest next action or deadline first. Archived applications are left out.
 * The badges that need other tables are read for a page's ids only.
 */
public final class BoardRepository {
    private final DSLContext dsl;
    private final long candidateId;

    BoardRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /** How many applications not archived each status holds; a status with none is absent. */
    public Map<ApplicationStatus, Integer> counts() {
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        dsl.select(APPLICATION.STATUS, DSL.count()).from(APPLICATION)
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ARCHIVED_AT.isNull()))
                .groupBy(APPLICATION.STATUS)
                .fetch().forEach(r -> counts.put(ApplicationStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /**
     * The cards of one status from {@code offset}, at most {@code limit}: by the day of the next action,
     * else the deadline, soonest first, those with neither last. Badges are left empty.
     */
    public List<BoardCard> cards(ApplicationStatus status, int offset, int limit) {
        // the page's ids first, from the (candidate, status, archived, board_day, id) index alone: the day the
        // trigger keeps on the application (ADR 0059); then the cards of those ids only, which read the postings
        List<Long> ids = dsl.select(APPLICATION.ID)
                .from(APPLICATION)
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ARCHIVED_AT.isNull())
                        .and(APPLICATION.STATUS.eq(status.name())))
                .orderBy(APPLICATION.BOARD_DAY, APPLICATION.ID)
                .offset(offset).limit(limit)
                .fetch(APPLICATION.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(APPLICATION.ID, APPLICATION.POSTING_ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.DEADLINE,
                        POSTING.DEADLINE_TIME, POSTING.DEADLINE_ZONE, APPLICATION.NEXT_ACTION, APPLICATION.NEXT_ACTION_ON,
                        APPLICATION.APPLIED_ON)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.ID.in(ids))
                .orderBy(APPLICATION.BOARD_DAY, APPLICATION.ID)
                .fetch(r -> {
                    LocalDate deadline = r.value5();
                    LocalTime time = r.value6();
                    ZoneId zone = zone(r.value7());
                    var due = deadline == null ? null
                            : time == null ? deadline.plusDays(1).atStartOfDay(zone).minusNanos(1)
                            : java.time.ZonedDateTime.of(deadline, time, zone);
                    return new BoardCard(r.value1(), r.value2(), r.value3(), r.value4(), status, deadline, due,
                            new NextAction(r.value8(), r.value9()), r.value10(), Set.of());
                });
    }

    /** A page's ids as ADR 0036 read them, joining the postings for their deadline; kept for tests to compare. */
    List<Long> idsByJoin(ApplicationStatus status, int offset, int limit) {
        var day = DSL.coalesce(APPLICATION.NEXT_ACTION_ON, POSTING.DEADLINE);
        return dsl.select(APPLICATION.ID)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ARCHIVED_AT.isNull())
                        .and(APPLICATION.STATUS.eq(status.name())))
                .orderBy(day.asc().nullsLast(), APPLICATION.ID)
                .offset(offset).limit(limit)
                .fetch(APPLICATION.ID);
    }

    /** Of {@code ids}, those with a required document still to prepare. */
    public Set<Long> documentsMissing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(dsl.selectDistinct(REQUIRED_DOCUMENT.APPLICATION_ID).from(REQUIRED_DOCUMENT)
                .where(REQUIRED_DOCUMENT.APPLICATION_ID.in(ids).and(REQUIRED_DOCUMENT.REQUIRED.isTrue())
                        .and(REQUIRED_DOCUMENT.STATE.eq(DocumentState.TO_PREPARE.name())))
                .fetch(REQUIRED_DOCUMENT.APPLICATION_ID));
    }

    /** The open follow-ups of {@code ids} dated up to {@code until}, as agenda items (title left out). */
    public List<AgendaItem> openFollowUps(Collection<Long> ids, ApplicationStatus status, LocalDate until,
                                          ZoneId userZone) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(EVENT.ID, EVENT.APPLICATION_ID, EVENT.ON_DATE, EVENT.AT_TIME, EVENT.TIME_ZONE).from(EVENT)
                .where(EVENT.APPLICATION_ID.in(ids).and(EVENT.KIND.eq(EventKind.FOLLOW_UP.name()))
                        .and(EVENT.DONE.isFalse()).and(EVENT.ON_DATE.le(until)))
                .fetch(r -> new AgendaItem(EventKind.FOLLOW_UP, r.value1(), r.value2(), null, null, status, r.value3(),
                        r.value4(), r.value5() == null ? userZone : zone(r.value5()), null, false));
    }

    private static ZoneId zone(String id) {
        if (id == null) {
            return TimeZones.DEFAULT;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return TimeZones.DEFAULT;
        }
    }
}
