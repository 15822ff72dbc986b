package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.sillage.domain.ApplicationColumn;
import org.sillage.domain.ApplicationFilter;
import org.sillage.domain.ApplicationRow;
import org.sillage.domain.ApplicationSort;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.Texts;

/**
 * The applications table: a page of applications with their postings' listed fields, filtered and sorted
 * by the database, and how many match (ADR 0018). Nothing here reads a posting's text or fields.
 */
public final class ApplicationTableRepository {
    /** Accented letters and the letter each folds to, as {@link Texts#fold} does for the common ones. */
    private static final String ACCENTED = "àáâãäåāçćčèéêëēęěìíîïīłñńòóôõöøōùúûüūýÿžźżšśř";
    private static final String PLAIN = "aaaaaaaccceeeeeeeiiiiilnnoooooooouuuuuyyzzzssr";

    private final DSLContext dsl;
    private final long candidateId;

    ApplicationTableRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /** The rows {@code offset} to {@code offset + size} of the table in {@code sort}'s order. */
    public List<ApplicationRow> page(ApplicationFilter filter, ApplicationSort sort, LocalDate today, int offset, int size) {
        if (readsPosting(sort)) {
            return select().where(where(filter, today)).orderBy(order(sort)).limit(size).offset(offset)
                    .fetch(ApplicationTableRepository::toRow);
        }
        // Sorted by the application's own columns: the page's ids first, then the postings of those rows only.
        // Joined first, H2 reads the posting row of every application before it sorts them (a posting's row is
        // wide: at 20,000 applications, about 290 MB read and thrown away for each page).
        List<Long> ids = from(filter).where(where(filter, today)).orderBy(order(sort)).limit(size).offset(offset)
                .fetch(APPLICATION.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ApplicationRow> rows = new HashMap<>();
        select().where(APPLICATION.ID.in(ids)).fetch(ApplicationTableRepository::toRow).forEach(r -> rows.put(r.applicationId(), r));
        List<ApplicationRow> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ApplicationRow r = rows.get(id);
            if (r != null) {
                page.add(r);
            }
        }
        return page;
    }

    /** How many applications {@code filter} keeps. */
    public int count(ApplicationFilter filter, LocalDate today) {
        return dsl.fetchCount(from(filter).where(where(filter, today)));
    }

    /** The applications, joined to their postings only when the filter reads a posting's column. */
    private org.jooq.SelectJoinStep<org.jooq.Record1<Long>> from(ApplicationFilter filter) {
        var from = dsl.select(APPLICATION.ID).from(APPLICATION);
        return readsPosting(filter) ? from.join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID)) : from;
    }

    /** Whether a criterion of {@code filter} is on the posting (every application has its posting: a foreign key). */
    private static boolean readsPosting(ApplicationFilter f) {
        return f.deadlineFrom() != null || f.deadlineTo() != null || f.expiredOnly() || !f.contractTypes().isEmpty()
                || f.organization() != null || f.tag() != null || f.words() != null;
    }

    private static boolean readsPosting(ApplicationSort sort) {
        return switch (sort.column()) {
            case TITLE, ORGANIZATION, DEADLINE, CONTRACT_TYPE -> true;
            case STATUS, APPLIED_ON, LAST_CHANGE, CREATED -> false;
        };
    }

    /** One application's row, if it exists. */
    public Optional<ApplicationRow> row(long applicationId) {
        return select().where(APPLICATION.ID.eq(applicationId).and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .fetchOptional(ApplicationTableRepository::toRow);
    }

    private static final List<org.jooq.SelectField<?>> FIELDS = List.of(APPLICATION.ID, APPLICATION.POSTING_ID,
            POSTING.TITLE, POSTING.ORGANIZATION, APPLICATION.STATUS, APPLICATION.APPLIED_ON, POSTING.DEADLINE,
            POSTING.CONTRACT_TYPE, APPLICATION.CHANGED_AT, APPLICATION.CREATED_AT);

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(FIELDS)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID));
    }

    /**
     * Every criterion of the filter as a condition; a new criterion is one more {@code if} here, and, when it reads
     * a posting's column, one more term in {@link #readsPosting(ApplicationFilter)}.
     */
    private Condition where(ApplicationFilter filter, LocalDate today) {
        Condition c = APPLICATION.CANDIDATE_ID.eq(candidateId)
                .and(filter.archived() ? APPLICATION.ARCHIVED_AT.isNotNull() : APPLICATION.ARCHIVED_AT.isNull());
        if (!filter.statuses().isEmpty()) {
            c = c.and(APPLICATION.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.deadlineFrom() != null) {
            c = c.and(POSTING.DEADLINE.ge(filter.deadlineFrom()));
        }
        if (filter.deadlineTo() != null) {
            c = c.and(POSTING.DEADLINE.le(filter.deadlineTo()));
        }
        if (filter.expiredOnly()) {
            c = c.and(POSTING.DEADLINE.lt(today)).and(APPLICATION.STATUS.in(
                    ApplicationStatus.SAVED.name(), ApplicationStatus.PREPARING.name()));
        }
        if (!filter.contractTypes().isEmpty()) {
            c = c.and(POSTING.CONTRACT_TYPE.in(filter.contractTypes().stream().map(Enum::name).toList()));
        }
        if (filter.organization() != null) {
            c = c.and(folded(POSTING.ORGANIZATION).contains(Texts.fold(filter.organization())));
        }
        if (filter.tag() != null) {
            c = c.and(LabelRepository.applicationTagged(filter.tag()).or(LabelRepository.postingTagged(filter.tag())));
        }
        if (filter.words() != null) {
            Field<String> both = folded(DSL.concat(DSL.coalesce(POSTING.TITLE, ""), DSL.inline(" "),
                    DSL.coalesce(POSTING.ORGANIZATION, "")));
            for (String word : Texts.fold(filter.words()).strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    c = c.and(both.contains(word));
                }
            }
        }
        return c;
    }

    /** Lower case without the common accents, in SQL: "Société" and "societe" compare equal. */
    private static Field<String> folded(Field<String> f) {
        return DSL.function("TRANSLATE", String.class, DSL.lower(f), DSL.inline(ACCENTED), DSL.inline(PLAIN));
    }

    /** The column's order, empty values last either way, then the newest application first. */
    private static List<SortField<?>> order(ApplicationSort sort) {
        Field<?> key = switch (sort.column()) {
            case TITLE -> POSTING.TITLE_KEY;
            case ORGANIZATION -> DSL.lower(POSTING.ORGANIZATION);
            case STATUS -> statusOrder();
            case APPLIED_ON -> APPLICATION.APPLIED_ON;
            case DEADLINE -> POSTING.DEADLINE;
            case CONTRACT_TYPE -> POSTING.CONTRACT_TYPE;
            case LAST_CHANGE -> APPLICATION.CHANGED_AT;
            case CREATED -> APPLICATION.CREATED_AT;
        };
        SortField<?> first = (sort.ascending() ? key.asc() : key.desc()).nullsLast();
        return sort.column() == ApplicationColumn.CREATED
                ? List.of(first, sort.ascending() ? APPLICATION.ID.asc() : APPLICATION.ID.desc())
                : List.of(first, APPLICATION.CREATED_AT.desc(), APPLICATION.ID.desc());
    }

    /** A status's place on the usual path of an application (saved first, withdrawn last). */
    private static Field<Integer> statusOrder() {
        var choice = DSL.choose(APPLICATION.STATUS);
        org.jooq.CaseWhenStep<String, Integer> steps = null;
        for (ApplicationStatus s : ApplicationStatus.values()) {
            steps = steps == null ? choice.when(DSL.inline(s.name()), DSL.inline(s.ordinal()))
                    : steps.when(DSL.inline(s.name()), DSL.inline(s.ordinal()));
        }
        return steps.otherwise(DSL.inline(ApplicationStatus.values().length));
    }

    private static ApplicationRow toRow(Record r) {
        String contract = r.get(POSTING.CONTRACT_TYPE);
        return new ApplicationRow(r.get(APPLICATION.ID), r.get(APPLICATION.POSTING_ID), r.get(POSTING.TITLE),
                r.get(POSTING.ORGANIZATION), ApplicationStatus.valueOf(r.get(APPLICATION.STATUS)),
                r.get(APPLICATION.APPLIED_ON), r.get(POSTING.DEADLINE),
                contract == null ? null : ContractType.fromCode(contract).orElse(null),
                r.get(APPLICATION.CHANGED_AT).toInstant(), r.get(APPLICATION.CREATED_AT).toInstant());
    }
}
