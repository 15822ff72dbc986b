package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.sillage.domain.Application;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.ApplicationRecord;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.DocumentState;
import org.sillage.domain.EventKind;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.domain.StatusChange;

/**
 * What the exports read (ADR 0020), a page at a time by id, each page in a few queries whatever its
 * size (no query per row), so that 20,000 applications are written without holding them all.
 */
public final class ExportRepository {
    private final DSLContext dsl;
    private final long candidateId;

    ExportRepository(DSLContext dsl, long candidateId) {
        this.dsl = dsl;
        this.candidateId = candidateId;
    }

    /** An application's id with its spreadsheet row. */
    public record Row(long applicationId, ApplicationRecord record) {
    }

    /** The {@code size} applications after {@code afterId}, by id, as spreadsheet rows; days in {@code zone}. */
    public List<Row> applicationRows(long afterId, int size, ZoneId zone) {
        var apps = dsl.select(APPLICATION.ID, APPLICATION.STATUS, APPLICATION.APPLIED_ON, APPLICATION.CREATED_AT,
                        POSTING.EXTRACTED_JSON, POSTING.CORRECTIONS_JSON, POSTING.SOURCE_NAME)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(APPLICATION.CANDIDATE_ID.eq(candidateId).and(APPLICATION.ID.gt(afterId)))
                .orderBy(APPLICATION.ID).limit(size).fetch();
        if (apps.isEmpty()) {
            return List.of();
        }
        List<Long> ids = apps.map(r -> r.value1());
        Map<Long, List<ApplicationRecord.Step>> steps = new LinkedHashMap<>();
        dsl.select(STATUS_CHANGE.APPLICATION_ID, STATUS_CHANGE.TO_STATUS, STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.NOTE)
                .from(STATUS_CHANGE)
                .where(STATUS_CHANGE.APPLICATION_ID.in(ids).and(STATUS_CHANGE.UNDONE_AT.isNull()))
                .orderBy(STATUS_CHANGE.APPLICATION_ID, STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID)
                .forEach(r -> steps.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new ApplicationRecord.Step(
                        LocalDate.ofInstant(r.value3().toInstant(), zone), ApplicationStatus.valueOf(r.value2()), r.value4())));
        Map<Long, List<ApplicationRecord.Document>> docs = new LinkedHashMap<>();
        dsl.select(REQUIRED_DOCUMENT.APPLICATION_ID, REQUIRED_DOCUMENT.KIND, REQUIRED_DOCUMENT.STATE, REQUIRED_DOCUMENT.REQUIRED)
                .from(REQUIRED_DOCUMENT).where(REQUIRED_DOCUMENT.APPLICATION_ID.in(ids))
                .orderBy(REQUIRED_DOCUMENT.APPLICATION_ID, REQUIRED_DOCUMENT.POSITION, REQUIRED_DOCUMENT.ID)
                .forEach(r -> docs.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new ApplicationRecord.Document(
                        r.value2(), DocumentState.valueOf(r.value3()), r.value4())));
        List<Row> rows = new ArrayList<>();
        for (var a : apps) {
            PostingFields f = FieldsJson.readFields(a.value5()).withCorrections(FieldsJson.readCorrections(a.value6()));
            rows.add(new Row(a.value1(), new ApplicationRecord(f.title(), f.organization(), f.location(), f.deadline(),
                    f.contractType(), f.applicationUrl(), ApplicationStatus.valueOf(a.value2()), a.value3(),
                    LocalDate.ofInstant(a.value4().toInstant(), zone), steps.getOrDefault(a.value1(), List.of()),
                    docs.getOrDefault(a.value1(), List.of()), a.value7(), null)));
        }
        return rows;
    }

    /** A posting with everything that hangs on it, for the JSON export. */
    public record Everything(Posting posting, Application application, List<StatusChange> history,
                             List<ApplicationEvent> events, List<org.sillage.domain.ChecklistItem> documents) {
    }

    /** The {@code size} postings after {@code afterId}, by id, each with its application, timeline, events and checklist. */
    public List<Everything> postings(long afterId, int size) {
        List<Posting> postings = dsl.selectFrom(POSTING).where(POSTING.ID.gt(afterId)).orderBy(POSTING.ID).limit(size)
                .fetch(r -> new Posting(r.getId(), r.getOriginalText(), r.getTextSha256(), r.getSourceName(),
                        r.getSourceFormat(), r.getSourceSha256(), r.getImportedAt().toInstant(),
                        FieldsJson.readFields(r.getExtractedJson()), r.getExtractorVersion(),
                        FieldsJson.readCorrections(r.getCorrectionsJson())));
        if (postings.isEmpty()) {
            return List.of();
        }
        Map<Long, Application> apps = new LinkedHashMap<>();
        dsl.selectFrom(APPLICATION).where(APPLICATION.POSTING_ID.in(postings.stream().map(Posting::id).toList())
                        .and(APPLICATION.CANDIDATE_ID.eq(candidateId)))
                .forEach(r -> apps.put(r.getPostingId(), new Application(r.getId(), r.getCandidateId(), r.getPostingId(),
                        ApplicationStatus.valueOf(r.getStatus()), r.getAppliedOn(), r.getCreatedAt().toInstant())));
        List<Long> appIds = apps.values().stream().map(Application::id).toList();
        Map<Long, List<StatusChange>> history = new LinkedHashMap<>();
        Map<Long, List<ApplicationEvent>> events = new LinkedHashMap<>();
        Map<Long, List<org.sillage.domain.ChecklistItem>> documents = new LinkedHashMap<>();
        if (!appIds.isEmpty()) {
            dsl.selectFrom(STATUS_CHANGE).where(STATUS_CHANGE.APPLICATION_ID.in(appIds))
                    .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID)
                    .forEach(r -> history.computeIfAbsent(r.getApplicationId(), k -> new ArrayList<>()).add(new StatusChange(
                            r.getId(), r.getApplicationId(),
                            r.getFromStatus() == null ? null : ApplicationStatus.valueOf(r.getFromStatus()),
                            ApplicationStatus.valueOf(r.getToStatus()), r.getChangedAt().toInstant(), r.getNote(),
                            r.getUndoneAt() == null ? null : r.getUndoneAt().toInstant())));
            dsl.selectFrom(EVENT).where(EVENT.APPLICATION_ID.in(appIds)).orderBy(EVENT.ON_DATE, EVENT.ID)
                    .forEach(r -> events.computeIfAbsent(r.getApplicationId(), k -> new ArrayList<>()).add(new ApplicationEvent(
                            r.getId(), r.getApplicationId(), EventKind.valueOf(r.getKind()), r.getOnDate(), r.getAtTime(),
                            r.getTimeZone(), r.getPlace(), r.getNote(), r.getDone())));
            dsl.selectFrom(REQUIRED_DOCUMENT).where(REQUIRED_DOCUMENT.APPLICATION_ID.in(appIds))
                    .orderBy(REQUIRED_DOCUMENT.POSITION, REQUIRED_DOCUMENT.ID)
                    .forEach(r -> documents.computeIfAbsent(r.getApplicationId(), k -> new ArrayList<>()).add(
                            new org.sillage.domain.ChecklistItem(r.getId(), r.getApplicationId(), r.getKind(), r.getLabel(),
                                    r.getFormat(), r.getLengthLimit(), r.getLanguage(), r.getRequired(),
                                    DocumentState.valueOf(r.getState()), r.getPosition(), List.of())));
        }
        List<Everything> out = new ArrayList<>();
        for (Posting p : postings) {
            Application a = apps.get(p.id());
            out.add(new Everything(p, a, a == null ? List.of() : history.getOrDefault(a.id(), List.of()),
                    a == null ? List.of() : events.getOrDefault(a.id(), List.of()),
                    a == null ? List.of() : documents.getOrDefault(a.id(), List.of())));
        }
        return out;
    }

    /** How many applications the candidate has; how many postings there are. */
    public int applicationCount() {
        return dsl.fetchCount(APPLICATION, APPLICATION.CANDIDATE_ID.eq(candidateId));
    }

    public int postingCount() {
        return dsl.fetchCount(POSTING);
    }
}
