package org.sillage.store;

import static org.sillage.store.jooq.Tables.CANDIDATE;

import org.jooq.DSLContext;

/** The repositories bound to one transaction; services get them from {@link Store#transaction}. */
public final class Repositories {
    private final DSLContext dsl;
    private final long candidateId;
    private final PostingChanges changes;

    Repositories(DSLContext dsl, long candidateId) {
        this(dsl, candidateId, null);
    }

    Repositories(DSLContext dsl, long candidateId, PostingChanges changes) {
        this.dsl = dsl;
        this.candidateId = candidateId;
        this.changes = changes;
    }

    public PostingRepository postings() {
        return new PostingRepository(dsl, candidateId, changes);
    }

    public ApplicationRepository applications() {
        return new ApplicationRepository(dsl, candidateId, changes);
    }

    public AgendaRepository agenda() {
        return new AgendaRepository(dsl, candidateId);
    }

    public BoardRepository board() {
        return new BoardRepository(dsl, candidateId);
    }

    public EventRepository events() {
        return new EventRepository(dsl, candidateId, changes);
    }

    public ChecklistRepository checklists() {
        return new ChecklistRepository(dsl, candidateId);
    }

    public ReminderRepository reminders() {
        return new ReminderRepository(dsl);
    }

    public CandidateRepository candidate() {
        return new CandidateRepository(dsl, candidateId);
    }

    public StatsRepository stats() {
        return new StatsRepository(dsl, candidateId);
    }

    public ApplicationTableRepository table() {
        return new ApplicationTableRepository(dsl, candidateId);
    }

    public SavedFilterRepository savedFilters() {
        return new SavedFilterRepository(dsl);
    }

    /** The exports' paged reads (ADR 0020). */
    public ExportRepository exports() {
        return new ExportRepository(dsl, candidateId);
    }

    public ContactRepository contacts() {
        return new ContactRepository(dsl, candidateId, changes);
    }

    public NoteRepository notes() {
        return new NoteRepository(dsl, changes);
    }

    /** Priority and tags of postings and applications. */
    public LabelRepository labels() {
        return new LabelRepository(dsl);
    }

    /** "Did I already apply?" */
    public EarlierApplicationRepository earlierApplications() {
        return new EarlierApplicationRepository(dsl, candidateId);
    }

    /** A seeker's record as rows of a hand-over archive, merged back field by field (ADR 0025). */
    public HandoverRepository handover() {
        return new HandoverRepository(dsl, changes);
    }

    /** Erasing everything about one person (ADR 0025). */
    public ErasureRepository erasure() {
        return new ErasureRepository(dsl, changes);
    }

    public SettingRepository settings() {
        return new SettingRepository(dsl);
    }

    /** Gives a stable id to every row older than V10 that has none (ADR 0022); how many were given. */
    public int fillMissingStableIds() {
        return StableIds.fillMissing(dsl);
    }

    /** The current seeker's one-on-one sessions (ADR 0024). */
    public SessionRepository sessions() {
        return new SessionRepository(dsl, candidateId);
    }

    /** The current seeker's actions (ADR 0024). */
    public ActionRepository actions() {
        return new ActionRepository(dsl, candidateId);
    }

    /** What a session report reads (ADR 0024). */
    public ReportRepository reports() {
        return new ReportRepository(dsl, candidateId);
    }

    /** Every job seeker's figures for the caseload screen, from aggregate queries (ADR 0023). */
    public CaseloadRepository caseload() {
        return new CaseloadRepository(dsl);
    }

    /**
     * The same transaction's repositories scoped to another job seeker: a posting proposed to several
     * people is tracked for each in one transaction (ADR 0023).
     */
    public Repositories forCandidate(long id) {
        return new Repositories(dsl, id, changes);
    }

    /** The job seeker this transaction is scoped to. */
    public long candidateId() {
        return candidateId;
    }

    /** The transaction's query context, for store code and store tests. */
    DSLContext dsl() {
        return dsl;
    }

    static long defaultCandidate(DSLContext dsl) {
        return dsl.select(CANDIDATE.ID).from(CANDIDATE).where(CANDIDATE.IS_DEFAULT.isTrue())
                .orderBy(CANDIDATE.ID).limit(1).fetchOne(CANDIDATE.ID);
    }
}
