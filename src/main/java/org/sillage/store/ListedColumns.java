package org.sillage.store;

import static org.sillage.store.jooq.Tables.POSTING;

import java.util.Map;
import org.jooq.DSLContext;
import org.sillage.domain.PostingFields;

/**
 * The posting's columns that lists, the agenda and searches read instead of the JSON of its fields (title, its key,
 * organisation, deadline with its time and zone, contract type), computed from the effective fields, and filled
 * once for postings stored before a schema listed them.
 */
final class ListedColumns {

    private ListedColumns() {
    }

    /**
     * The columns that lists, the agenda and searches read instead of the JSON of the fields: kept in step with
     * the effective fields (what was read, with the user's corrections) at every insert, correction and
     * re-reading.
     */
    static Map<org.jooq.Field<?>, Object> of(PostingFields effective) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(POSTING.LANGUAGE, effective.language());
        values.put(POSTING.TITLE, effective.title());
        values.put(POSTING.TITLE_KEY, titleKey(effective.title()));
        values.put(POSTING.ORGANIZATION, effective.organization());
        values.put(POSTING.ORGANIZATION_KEY, org.sillage.domain.Organizations.key(effective.organization()));
        values.put(POSTING.DEADLINE, effective.deadline());
        values.put(POSTING.DEADLINE_TIME, deadlineTime(effective));
        values.put(POSTING.DEADLINE_ZONE, deadlineZone(effective));
        values.put(POSTING.CONTRACT_TYPE, contractType(effective));
        return values;
    }

    /** The time of the effective deadline, listed beside its date (ADR 0015). */
    private static java.time.LocalTime deadlineTime(PostingFields f) {
        return f.deadline() == null ? null : f.deadlineTime();
    }

    /** The zone of the effective deadline (the one stated, else the place's), listed beside its date. */
    private static String deadlineZone(PostingFields f) {
        return f.deadline() == null ? null : org.sillage.domain.TimeZones.forDeadline(f).getId();
    }

    /**
     * Fills the deadline's time and zone of postings stored before they were listed (schema 5); once done,
     * finds nothing. Returns how many postings were filled.
     */
    static int fillDeadlineZones(DSLContext dsl) {
        var rows = dsl.select(POSTING.ID, POSTING.EXTRACTED_JSON, POSTING.CORRECTIONS_JSON).from(POSTING)
                .where(POSTING.DEADLINE.isNotNull().and(POSTING.DEADLINE_ZONE.isNull())).fetch();
        for (var r : rows) {
            PostingFields effective = FieldsJson.readFields(r.value2()).withCorrections(FieldsJson.readCorrections(r.value3()));
            dsl.update(POSTING)
                    .set(POSTING.DEADLINE_TIME, deadlineTime(effective))
                    .set(POSTING.DEADLINE_ZONE, effective.deadline() == null ? org.sillage.domain.TimeZones.DEFAULT.getId()
                            : deadlineZone(effective))
                    .where(POSTING.ID.eq(r.value1())).execute();
        }
        return rows.size();
    }

    /** The listed contract type: its code ("CDI", "stage"...), as the table filters and sorts it (ADR 0018). */
    private static String contractType(PostingFields f) {
        return f.contractType() == null ? null : f.contractType().name();
    }

    /**
     * Lists the contract type of postings stored before schema 7, a page of ids at a time; once done,
     * finds nothing more to do. Returns how many postings have one.
     */
    static int fillContractTypes(DSLContext dsl) {
        int filled = 0;
        long after = 0;
        while (true) {
            var rows = dsl.select(POSTING.ID, POSTING.EXTRACTED_JSON, POSTING.CORRECTIONS_JSON).from(POSTING)
                    .where(POSTING.ID.gt(after).and(POSTING.CONTRACT_TYPE.isNull())).orderBy(POSTING.ID).limit(500).fetch();
            if (rows.isEmpty()) {
                return filled;
            }
            for (var r : rows) {
                PostingFields effective = FieldsJson.readFields(r.value2()).withCorrections(FieldsJson.readCorrections(r.value3()));
                String type = contractType(effective);
                if (type != null) {
                    dsl.update(POSTING).set(POSTING.CONTRACT_TYPE, type).where(POSTING.ID.eq(r.value1())).execute();
                    filled++;
                }
            }
            after = rows.get(rows.size() - 1).value1();
        }
    }

    /**
     * Fills the folded organisation (V8) of the next {@code size} postings with an organisation after
     * {@code afterId}, by id; returns the last id filled, or -1 when there were none left.
     */
    static long fillOrganizationKeys(DSLContext dsl, long afterId, int size) {
        var rows = dsl.select(POSTING.ID, POSTING.ORGANIZATION).from(POSTING)
                .where(POSTING.ID.gt(afterId).and(POSTING.ORGANIZATION.isNotNull()))
                .orderBy(POSTING.ID).limit(size).fetch();
        for (var r : rows) {
            dsl.update(POSTING).set(POSTING.ORGANIZATION_KEY, org.sillage.domain.Organizations.key(r.value2()))
                    .where(POSTING.ID.eq(r.value1())).execute();
        }
        return rows.isEmpty() ? -1 : rows.get(rows.size() - 1).value1();
    }

    /** The indexed key of a title: lower case, as the migration that added it computed it. */
    static String titleKey(String title) {
        return title == null ? null : title.toLowerCase(java.util.Locale.ROOT);
    }
}
