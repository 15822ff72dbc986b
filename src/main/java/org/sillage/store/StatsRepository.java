package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.POSTING_TALLY;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.Dashboard;

/**
 * Counts for the dashboard, each one aggregate query over the applications and their status history:
 * nothing here reads a posting's text, and no row per application leaves the database.
 */
public final class StatsRepository {
    static final List<String> ANSWERS = List.of(ApplicationStatus.INTERVIEW.name(),
            ApplicationStatus.OFFER.name(), ApplicationStatus.ACCEPTED.name(), ApplicationStatus.REJECTED.name());
    private final DSLContext dsl;
    private final long candidateId;

    StatsRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /**
     * How far along the usual path a status is: saved 0 ... accepted 5; a rejection or a withdrawal is not
     * a step (-1), so an application's stage is the furthest step of its history.
     */
    private static Field<Integer> step(Field<String> status) {
        return DSL.when(status.eq(ApplicationStatus.SAVED.name()), 0)
                .when(status.eq(ApplicationStatus.PREPARING.name()), 1)
                .when(status.eq(ApplicationStatus.APPLIED.name()), 2)
                .when(status.eq(ApplicationStatus.INTERVIEW.name()), 3)
                .when(status.eq(ApplicationStatus.OFFER.name()), 4)
                .when(status.eq(ApplicationStatus.ACCEPTED.name()), 5)
                .otherwise(-1);
    }

    /** The statuses whose step is {@code step} or further (saved 0 ... accepted 5). */
    private static List<String> atLeast(int step) {
        return java.util.Arrays.stream(ApplicationStatus.values())
                .filter(st -> stepOf(st) >= step)
                .map(Enum::name).toList();
    }

    /** {@link #step} in Java, for the statuses themselves. */
    static int stepOf(ApplicationStatus status) {
        return switch (status) {
            case SAVED -> 0;
            case PREPARING -> 1;
            case APPLIED -> 2;
            case INTERVIEW -> 3;
            case OFFER -> 4;
            case ACCEPTED -> 5;
            default -> -1;
        };
    }

    /**
     * Whether an application reached step {@code step}: its status, a status change not undone (its
     * {@code history_step}, kept by {@link ProgressTrigger}), or (for applied) a sending date.
     */
    private static org.jooq.Condition reached(int step) {
        org.jooq.Condition c = APPLICATION.STATUS.in(atLeast(step)).or(APPLICATION.HISTORY_STEP.ge(step));
        return step <= 2 ? c.or(APPLICATION.APPLIED_ON.isNotNull()) : c;
    }

    /**
     * Applications by the furthest stage they reached (current status, history, or a sending date): one
     * pass over the job seeker's applications in {@code application_progress_ix}, the history's part read
     * from the column the trigger keeps (ADR 0058) rather than probing every application's history.
     */
    public Map<Dashboard.Stage, Integer> funnel() {
        return funnel(StatsRepository::reached);
    }

    /** Four counts as the funnel's stages: all, applied, interview, offer. */
    private static Map<Dashboard.Stage, Integer> stages(org.jooq.Record4<Integer, Integer, Integer, Integer> r) {
        Map<Dashboard.Stage, Integer> counts = new EnumMap<>(Dashboard.Stage.class);
        counts.put(Dashboard.Stage.SAVED, r.value1());
        counts.put(Dashboard.Stage.APPLIED, r.value2());
        counts.put(Dashboard.Stage.INTERVIEW, r.value3());
        counts.put(Dashboard.Stage.OFFER, r.value4());
        return counts;
    }

    /** {@link #funnel} as ADR 0028 counted it, an indexed {@code EXISTS} on the history; kept for tests. */
    Map<Dashboard.Stage, Integer> funnelByExists() {
        return funnel(StatsRepository::reachedByExists);
    }

    /** The job seeker's applications, and those that reached applied, interview and offer, in one pass. */
    private Map<Dashboard.Stage, Integer> funnel(java.util.function.IntFunction<org.jooq.Condition> reached) {
        var r = dsl.select(DSL.count(), DSL.count().filterWhere(reached.apply(2)), DSL.count().filterWhere(reached.apply(3)),
                        DSL.count().filterWhere(reached.apply(4)))
                .from(APPLICATION).where(APPLICATION.CANDIDATE_ID.eq(candidateId)).fetchOne();
        return stages(r);
    }

    private static org.jooq.Condition reachedByExists(int step) {
        List<String> statuses = atLeast(step);
        org.jooq.Condition c = APPLICATION.STATUS.in(statuses)
                .orExists(DSL.selectOne().from(STATUS_CHANGE).where(STATUS_CHANGE.APPLICATION_ID.eq(APPLICATION.ID)
                        .and(STATUS_CHANGE.TO_STATUS.in(statuses)).and(STATUS_CHANGE.UNDONE_AT.isNull())));
        return step <= 2 ? c.or(APPLICATION.APPLIED_ON.isNotNull()) : c;
    }

    /**
     * The funnel as ADR 0021 first counted it: the furthest step of each application, grouped over its whole
     * history. Kept to check {@link #funnel} against (tests), never on a screen.
     */
    Map<Dashboard.Stage, Integer> funnelByGrouping() {
        Field<Integer> furthest = DSL.greatest(step(APPLICATION.STATUS),
                DSL.coalesce(DSL.max(step(STATUS_CHANGE.TO_STATUS)), DSL.inline(-1)),
                DSL.when(APPLICATION.APPLIED_ON.isNotNull(), DSL.inline(2)).otherwise(DSL.inline(-1))).as("furthest");
        Table<?> perApplication = dsl.select(APPLICATION.ID, furthest)
                .from(APPLICATION)
                .leftJoin(STATUS_CHANGE).on(STATUS_CHANGE.APPLICATION_ID.eq(APPLICATION.ID)
                        .and(STATUS_CHANGE.UNDONE_AT.isNull()))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId))
                .groupBy(APPLICATION.ID, APPLICATION.STATUS, APPLICATION.APPLIED_ON)
                .asTable("per_application");
        Field<Integer> f = perApplication.field("furthest", Integer.class);
        var r = dsl.select(DSL.count(), DSL.count().filterWhere(f.ge(2)), DSL.count().filterWhere(f.ge(3)),
                        DSL.count().filterWhere(f.ge(4)))
                .from(perApplication).fetchOne();
        return stages(r);
    }

    /** Applications sent on each day from {@code from} to {@code to}, days without any left out. */
    public Map<LocalDate, Integer> sentPerDay(LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        dsl.select(APPLICATION.APPLIED_ON, DSL.count()).from(APPLICATION)
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.APPLIED_ON.between(from, to)))
                .groupBy(APPLICATION.APPLIED_ON)
                .forEach(r -> days.put(r.value1(), r.value2()));
        return days;
    }

    /** Rows of the tally past which the dashboard folds it into one row per pair (ADR 0082). */
    public static final int FOLD_AT = 500;

    /**
     * Postings by their listed contract type (null: not stated; a code this version does not know counts
     * as other) and by the format they came in: the sums of the tally the posting trigger keeps (ADR 0082),
     * a few hundred rows at most, instead of a {@code GROUP BY} over every posting.
     */
    public Map<org.sillage.domain.ContractType, Map<String, Integer>> byContract() {
        Field<Integer> n = DSL.sum(POSTING_TALLY.N).cast(SQLDataType.INTEGER);
        return byContract(dsl.select(POSTING_TALLY.CONTRACT_TYPE, POSTING_TALLY.SOURCE_FORMAT, n).from(POSTING_TALLY)
                .groupBy(POSTING_TALLY.CONTRACT_TYPE, POSTING_TALLY.SOURCE_FORMAT)
                .having(DSL.sum(POSTING_TALLY.N).ne(java.math.BigDecimal.ZERO))
                .orderBy(POSTING_TALLY.CONTRACT_TYPE.asc().nullsLast(), POSTING_TALLY.SOURCE_FORMAT).fetch());
    }

    /** {@link #byContract} as ADR 0021 counted it, a {@code GROUP BY} over the postings; kept for tests. */
    Map<org.sillage.domain.ContractType, Map<String, Integer>> byContractByScan() {
        return byContract(dsl.select(POSTING.CONTRACT_TYPE, POSTING.SOURCE_FORMAT, DSL.count()).from(POSTING)
                .groupBy(POSTING.CONTRACT_TYPE, POSTING.SOURCE_FORMAT)
                .orderBy(POSTING.CONTRACT_TYPE.asc().nullsLast(), POSTING.SOURCE_FORMAT).fetch());
    }

    private static Map<org.sillage.domain.ContractType, Map<String, Integer>> byContract(
            org.jooq.Result<Record3<String, String, Integer>> rows) {
        Map<org.sillage.domain.ContractType, Map<String, Integer>> counts = new java.util.LinkedHashMap<>();
        rows.forEach(r -> {
            org.sillage.domain.ContractType type = r.value1() == null ? null
                    : org.sillage.domain.ContractType.fromCode(r.value1()).orElse(org.sillage.domain.ContractType.OTHER);
            counts.computeIfAbsent(type, t -> new java.util.TreeMap<>()).merge(r.value2(), r.value3(), Integer::sum);
        });
        return counts;
    }

    /** How many rows the tally holds (one per pair after a fold, two more for each posting moved since). */
    public int tallyRows() {
        return dsl.fetchCount(POSTING_TALLY);
    }

    /**
     * Folds the tally into one row per pair: the rows this statement deletes are exactly the ones it sums (H2's
     * {@code OLD TABLE}), so a row another transaction adds meanwhile is neither lost nor counted twice.
     */
    public void foldTally() {
        var sums = dsl.fetch("select contract_type, source_format, sum(n) from old table (delete from posting_tally)"
                + " group by contract_type, source_format");
        for (org.jooq.Record r : sums) {
            int n = ((Number) r.get(2)).intValue();
            if (n != 0) {
                dsl.insertInto(POSTING_TALLY, POSTING_TALLY.CONTRACT_TYPE, POSTING_TALLY.SOURCE_FORMAT, POSTING_TALLY.N)
                        .values((String) r.get(0), (String) r.get(1), n).execute();
            }
        }
    }

    /** What came back from the sent applications. */
    public record Answers(int sent, int answered, Map<Integer, Integer> daysToAnswer) {
    }

    /**
     * Of the applications sent (with a sending date), how many got an answer, and how many days the
     * first answer took, as counts per number of days.
     */
    public Answers answers() {
        // the first answer of each sent application, as the trigger keeps it on the application (ADR 0058)
        return answers(APPLICATION.FIRST_ANSWER_ON);
    }

    /** {@link #answers} as ADR 0028 counted it, a correlated MIN over each history; kept for tests. */
    Answers answersByMin() {
        return answers(DSL.field(DSL.select(DSL.min(STATUS_CHANGE.CHANGED_AT.cast(SQLDataType.LOCALDATE)))
                .from(STATUS_CHANGE).where(STATUS_CHANGE.APPLICATION_ID.eq(APPLICATION.ID)
                        .and(STATUS_CHANGE.TO_STATUS.in(ANSWERS)).and(STATUS_CHANGE.UNDONE_AT.isNull()))));
    }

    /** The sent applications' answers, the first answer's day of each application given by {@code answeredOn}. */
    private Answers answers(Field<LocalDate> answeredOn) {
        Table<?> perApplication = dsl.select(APPLICATION.APPLIED_ON, answeredOn.as("first_answer"))
                .from(APPLICATION)
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.APPLIED_ON.isNotNull()))
                .asTable("per_application");
        return histogram(perApplication);
    }

    /** {@link #answers} as ADR 0021 first counted it, grouping the join; kept for tests to compare. */
    Answers answersByGrouping() {
        Field<LocalDate> firstAnswer = DSL.min(STATUS_CHANGE.CHANGED_AT.cast(SQLDataType.LOCALDATE)).as("first_answer");
        Table<?> perApplication = dsl.select(APPLICATION.ID, APPLICATION.APPLIED_ON, firstAnswer)
                .from(APPLICATION)
                .leftJoin(STATUS_CHANGE).on(STATUS_CHANGE.APPLICATION_ID.eq(APPLICATION.ID)
                        .and(STATUS_CHANGE.UNDONE_AT.isNull())
                        .and(STATUS_CHANGE.TO_STATUS.in(ANSWERS)))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.APPLIED_ON.isNotNull()))
                .groupBy(APPLICATION.ID, APPLICATION.APPLIED_ON)
                .asTable("per_application");
        return histogram(perApplication);
    }

    private Answers histogram(Table<?> perApplication) {
        Field<LocalDate> sentOn = perApplication.field(APPLICATION.APPLIED_ON.getName(), LocalDate.class);
        Field<LocalDate> answeredOn = perApplication.field("first_answer", LocalDate.class);
        // an answer recorded before the sending date (a date typed afterwards) counts as the same day
        Field<Integer> days = DSL.greatest(DSL.localDateDiff(answeredOn, sentOn), DSL.inline(0)).as("days");
        Map<Integer, Integer> histogram = new TreeMap<>();
        int sent = 0;
        int answered = 0;
        Field<Boolean> isAnswered = DSL.field(answeredOn.isNotNull());
        for (Record3<Integer, Integer, Boolean> r : dsl.select(days, DSL.count(), isAnswered)
                .from(perApplication).groupBy(days, isAnswered).fetch()) {
            sent += r.value2();
            if (Boolean.TRUE.equals(r.value3())) {
                answered += r.value2();
                histogram.merge(r.value1(), r.value2(), Integer::sum);
            }
        }
        return new Answers(sent, answered, histogram);
    }
}
