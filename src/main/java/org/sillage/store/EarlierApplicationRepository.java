package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EarlierApplication;
import org.sillage.domain.Organizations;

/**
 * "Did I already apply?": the applications sent to an organisation since a day, found by the index on the
 * posting's folded organisation ({@code organization_key}, V8) and the application's posting.
 */
public final class EarlierApplicationRepository {
    /** The most applications to one organisation read for one check. */
    static final int LIMIT = 200;
    private static final List<String> ANSWERED_WITHOUT_APPLIED = List.of(ApplicationStatus.INTERVIEW.name(),
            ApplicationStatus.OFFER.name(), ApplicationStatus.ACCEPTED.name(), ApplicationStatus.REJECTED.name());

    private final DSLContext dsl;
    private final long candidateId;

    EarlierApplicationRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /**
     * The applications to {@code organization} (compared by {@link Organizations#key}) sent on or after
     * {@code since}, other than to {@code exceptPosting}, most recent first. An application that went
     * straight to Interview (or further) without being marked Applied counts from the day it was created.
     */
    public List<EarlierApplication> sentTo(String organization, LocalDate since, long exceptPosting, ZoneId zone) {
        String key = Organizations.key(organization);
        if (key == null) {
            return List.of();
        }
        var latest = DSL.select(DSL.max(STATUS_CHANGE.CHANGED_AT)).from(STATUS_CHANGE)
                .where(STATUS_CHANGE.APPLICATION_ID.eq(APPLICATION.ID).and(STATUS_CHANGE.UNDONE_AT.isNull()))
                .asField("latest_change");
        var sinceInstant = PostingRepository.toOffset(since.atStartOfDay(zone).toInstant());
        var sent = APPLICATION.APPLIED_ON.ge(since).or(APPLICATION.APPLIED_ON.isNull()
                .and(APPLICATION.STATUS.in(ANSWERED_WITHOUT_APPLIED)).and(APPLICATION.CREATED_AT.ge(sinceInstant)));
        return dsl.select(APPLICATION.ID, APPLICATION.POSTING_ID, POSTING.TITLE, POSTING.ORGANIZATION,
                        APPLICATION.APPLIED_ON, APPLICATION.CREATED_AT, APPLICATION.STATUS, latest)
                .from(POSTING).join(APPLICATION).on(APPLICATION.POSTING_ID.eq(POSTING.ID))
                .where(POSTING.ORGANIZATION_KEY.eq(key).and(APPLICATION.CANDIDATE_ID.eq(candidateId))
                        .and(POSTING.ID.ne(exceptPosting)).and(sent))
                .orderBy(APPLICATION.APPLIED_ON.desc().nullsLast(), APPLICATION.ID.desc())
                .limit(LIMIT)
                .fetch(r -> {
                    LocalDate applied = r.value5() != null ? r.value5() : r.value6().atZoneSameInstant(zone).toLocalDate();
                    var at = (java.time.OffsetDateTime) r.value8();
                    return new EarlierApplication(r.value1(), r.value2(), r.value3(), r.value4(), applied,
                            ApplicationStatus.valueOf(r.value7()),
                            at == null ? applied : at.atZoneSameInstant(zone).toLocalDate());
                });
    }
}
