package org.sillage.store;

import static org.sillage.store.HandoverTables.BY_NAME;
import static org.sillage.store.HandoverTables.SPECIAL;
import static org.sillage.store.HandoverTables.SPECS;
import static org.sillage.store.HandoverTables.column;
import static org.sillage.store.HandoverTables.text;
import static org.sillage.store.HandoverTables.value;
import static org.sillage.store.HandoverTables.writeJson;
import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.HANDOVER_BASE;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.sillage.domain.Handover;
import org.sillage.store.HandoverTables.Col;
import org.sillage.store.HandoverRepository.Outcome;
import org.sillage.store.HandoverTables.Spec;

/**
 * An archive's rows merged into this folder field by field against the base each side last exchanged (ADR 0025):
 * a field changed on one side only is taken or kept, one changed on both becomes a conflict
 * ({@link HandoverConflicts}); inside the caller's transaction.
 */
final class HandoverMerge {
    private final DSLContext dsl;
    private final HandoverRecord record;
    private final HandoverRows rows;
    private final HandoverConflicts conflicts;

    HandoverMerge(DSLContext dsl, HandoverRecord record, HandoverRows rows, HandoverConflicts conflicts) {
        this.dsl = dsl;
        this.record = record;
        this.rows = rows;
        this.conflicts = conflicts;
    }

    /**
     * Merges an archive's rows into this folder (the caller's transaction). The seeker is the one with the
     * archive's uuid; else, in a personal folder whose one person has nothing yet, that person; else a new
     * one.
     *
     * @param me this installation's id (the archive's bases for it are the other side's view of what it
     *           last received from here)
     */
    Outcome merge(Handover.Manifest m, String me, Instant now) {
        Outcome out = new Outcome();
        String peer = m.installation();
        Map<String, Handover.Base> carried = new HashMap<>();
        for (Handover.Base b : m.bases() == null ? List.<Handover.Base>of() : m.bases()) {
            if (me.equals(b.peer())) {
                carried.put(b.table() + "/" + b.key(), b);
            }
        }
        rows.ensureFiles(m.files() == null ? List.of() : m.files(), now);
        long seeker = seekerFor(m, out);
        out.candidateId = seeker;
        Map<String, Handover.Base> kept = new HashMap<>();
        for (Handover.Base b : record.bases(seeker)) {
            if (b.peer().equals(peer)) {
                kept.put(b.table() + "/" + b.key(), b);
            }
        }
        Map<String, Map<String, Long>> ids = new HashMap<>();
        List<Runnable> links = new ArrayList<>();
        for (Spec spec : SPECS) {
            for (Handover.Row row : m.rows()) {
                if (!row.table().equals(spec.name()) || row.key() == null) {
                    continue;
                }
                Handover.Base base = newer(kept.get(spec.name() + "/" + row.key()), carried.get(spec.name() + "/" + row.key()));
                mergeRow(spec, row, base, seeker, peer, now, ids, links, out);
                saveBase(peer, spec, row, seeker, m.exportedAt(), kept.get(spec.name() + "/" + row.key()));
            }
        }
        links.forEach(Runnable::run);
        if (out.added + out.updated > 0) {
            dsl.update(CANDIDATE).set(CANDIDATE.LAST_ACTIVITY_AT, now.atOffset(ZoneOffset.UTC))
                    .where(CANDIDATE.ID.eq(seeker)).execute();
        }
        return out;
    }

    private static Handover.Base newer(Handover.Base a, Handover.Base b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.exportedAt().isAfter(a.exportedAt()) ? b : a;
    }

    private long seekerFor(Handover.Manifest m, Outcome out) {
        Optional<Long> known = record.seekerByUuid(m.seekerUuid());
        if (known.isPresent()) {
            return known.get();
        }
        // a personal folder whose one person has nothing yet becomes that person's own Sillage
        if (dsl.fetchCount(CANDIDATE) == 1) {
            long only = dsl.select(CANDIDATE.ID).from(CANDIDATE).fetchOne(CANDIDATE.ID);
            boolean empty = !dsl.fetchExists(APPLICATION, APPLICATION.CANDIDATE_ID.eq(only))
                    && !dsl.fetchExists(CONTACT, CONTACT.CANDIDATE_ID.eq(only))
                    && !dsl.fetchExists(SUPPORT_SESSION, SUPPORT_SESSION.CANDIDATE_ID.eq(only))
                    && !dsl.fetchExists(SUPPORT_ACTION, SUPPORT_ACTION.CANDIDATE_ID.eq(only));
            if (empty) {
                dsl.update(CANDIDATE).set(CANDIDATE.UUID, m.seekerUuid()).where(CANDIDATE.ID.eq(only)).execute();
                m.rows().stream().filter(r -> r.table().equals("candidate") && m.seekerUuid().equals(r.key()))
                        .findFirst().ifPresent(r -> {
                            Spec spec = BY_NAME.get("candidate");
                            Map<Field<?>, Object> values = new LinkedHashMap<>();
                            for (Col c : spec.cols()) {
                                if (c.merged() || r.get(c.name()) != null) {
                                    values.put(column(spec.table(), c.name()), value(spec, c.name(), r.get(c.name())));
                                }
                            }
                            dsl.update(CANDIDATE).set(values).where(CANDIDATE.ID.eq(only)).execute();
                        });
                out.updated++;
                return only;
            }
        }
        Handover.Row row = m.rows().stream().filter(r -> r.table().equals("candidate") && m.seekerUuid().equals(r.key()))
                .findFirst().orElse(null);
        String name = row == null || row.get("display_name") == null ? m.seekerName() : row.get("display_name");
        long id = dsl.insertInto(CANDIDATE).set(CANDIDATE.DISPLAY_NAME, name == null ? "?" : name)
                .set(CANDIDATE.IS_DEFAULT, false).set(CANDIDATE.UUID, m.seekerUuid())
                .set(CANDIDATE.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returningResult(CANDIDATE.ID).fetchOne().value1();
        if (row != null) {
            Spec spec = BY_NAME.get("candidate");
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (String c : spec.allColumns()) {
                if (row.fields().containsKey(c)) {
                    values.put(column(spec.table(), c), value(spec, c, row.get(c)));
                }
            }
            dsl.update(CANDIDATE).set(values).where(CANDIDATE.ID.eq(id)).execute();
        }
        out.added++;
        return id;
    }

    private void mergeRow(Spec spec, Handover.Row theirs, Handover.Base base, long seeker, String peer, Instant now,
                          Map<String, Map<String, Long>> ids, List<Runnable> links, Outcome out) {
        Map<String, Long> tableIds = ids.computeIfAbsent(spec.name(), k -> new HashMap<>());
        if (spec.name().equals("candidate")) {
            if (!theirs.key().equals(dsl.select(CANDIDATE.UUID).from(CANDIDATE).where(CANDIDATE.ID.eq(seeker)).fetchOne(CANDIDATE.UUID))) {
                return; // only the seeker's own row
            }
            tableIds.put(theirs.key(), seeker);
        }
        Long local = tableIds.containsKey(theirs.key()) ? tableIds.get(theirs.key()) : find(spec, theirs, seeker, ids);
        if (local == null) {
            boolean exchangedBefore = base != null;
            if (exchangedBefore && !changedSince(spec, theirs, base)) {
                out.unchanged++; // deleted here since the last exchange, and not changed there: stays deleted
                return;
            }
            Long added = rows.insert(spec, theirs, seeker, now, ids, links);
            if (added != null) {
                tableIds.put(theirs.key(), added);
                out.added++;
            }
            return;
        }
        tableIds.put(theirs.key(), local);
        Record mineRecord = dsl.selectFrom(spec.table()).where(spec.id().eq(local)).fetchOne();
        Map<String, String> mine = record.fieldsOf(spec, mineRecord);
        Map<Field<?>, Object> updates = new LinkedHashMap<>();
        List<String> linkFields = new ArrayList<>();
        for (Col c : spec.cols()) {
            if (!c.merged()) {
                continue;
            }
            String hm = Handover.hash(combined(c, mine));
            String ht = Handover.hash(combined(c, theirs.fields()));
            if (hm.equals(ht)) {
                continue;
            }
            String hb = base == null ? null : base.hashes().get(c.name());
            if (hb != null && hb.equals(ht)) {
                continue; // changed here only: kept
            }
            if (hb != null && hb.equals(hm)) {
                // changed there only: taken, with what follows from it
                if (SPECIAL.contains(c.name())) {
                    linkFields.add(c.name());
                } else {
                    updates.put(column(spec.table(), c.name()), value(spec, c.name(), theirs.get(c.name())));
                }
                for (String f : c.followers()) {
                    updates.put(column(spec.table(), f), value(spec, f, theirs.get(f)));
                }
                continue;
            }
            conflicts.record(spec, theirs.key(), local, c, mine, theirs.fields(), seeker, peer, now);
            out.conflicts++;
        }
        if (spec.name().equals("required_document") && updates.containsKey(REQUIRED_DOCUMENT.STATE)) {
            linkFields.add("sent_by"); // the state taken, with the change that sent it, if one did
        }
        if (updates.isEmpty() && linkFields.isEmpty()) {
            out.unchanged++;
            return;
        }
        if (!updates.isEmpty()) {
            dsl.update(spec.table()).set(updates).where(spec.id().eq(local)).execute();
        }
        for (String f : linkFields) {
            String v = theirs.get(f);
            if (f.equals("session")) {
                links.add(() -> dsl.update(SUPPORT_ACTION).set(SUPPORT_ACTION.SESSION_ID, rows.ref("support_session", v, seeker, ids))
                        .where(SUPPORT_ACTION.ID.eq(local)).execute());
            } else {
                links.add(() -> rows.writeLink(f, local, v, seeker, ids, now));
            }
        }
        rows.touch(spec, local);
        out.updated++;
    }

    /** A merged field's value with those that follow it, as one text: a change to any of them is a change. */
    private static String combined(Col c, Map<String, String> fields) {
        if (c.followers().isEmpty()) {
            return fields.get(c.name());
        }
        StringBuilder b = new StringBuilder(String.valueOf(fields.get(c.name())));
        for (String f : c.followers()) {
            b.append('\u0001').append(fields.get(f) == null ? "\u0000" : fields.get(f));
        }
        return b.toString();
    }

    private boolean changedSince(Spec spec, Handover.Row theirs, Handover.Base base) {
        for (Col c : spec.cols()) {
            if (c.merged() && !Handover.hash(combined(c, theirs.fields())).equals(base.hashes().get(c.name()))) {
                return true;
            }
        }
        return false;
    }

    /** The local row an archive row is: by its key, an application also by its posting (both tracked it). */
    private Long find(Spec spec, Handover.Row theirs, long seeker, Map<String, Map<String, Long>> ids) {
        Condition own = switch (spec.name()) {
            case "contact" -> CONTACT.CANDIDATE_ID.eq(seeker);
            case "application" -> APPLICATION.CANDIDATE_ID.eq(seeker);
            case "support_session" -> SUPPORT_SESSION.CANDIDATE_ID.eq(seeker);
            case "support_action" -> SUPPORT_ACTION.CANDIDATE_ID.eq(seeker);
            case "posting" -> DSL.trueCondition();
            default -> HandoverRecord.scope(spec, seeker);
        };
        Long id = dsl.select(spec.id()).from(spec.table()).where(spec.key().eq(theirs.key())).and(own)
                .fetchOptional(spec.id()).orElse(null);
        if (id == null && spec.name().equals("application")) {
            Long posting = rows.ref("posting", theirs.get("posting"), seeker, ids);
            if (posting != null) {
                id = dsl.select(APPLICATION.ID).from(APPLICATION)
                        .where(APPLICATION.CANDIDATE_ID.eq(seeker).and(APPLICATION.POSTING_ID.eq(posting)))
                        .fetchOptional(APPLICATION.ID).orElse(null);
            }
        }
        return id;
    }

    private void saveBase(String peer, Spec spec, Handover.Row theirs, long seeker, Instant exportedAt, Handover.Base kept) {
        if (kept != null && kept.exportedAt().isAfter(exportedAt)) {
            return; // an older archive does not move the base back
        }
        Map<String, String> hashes = new TreeMap<>();
        for (Col c : spec.cols()) {
            if (c.merged()) {
                hashes.put(c.name(), Handover.hash(combined(c, theirs.fields())));
            }
        }
        if (kept != null && kept.hashes().equals(hashes) && kept.exportedAt().equals(exportedAt)) {
            return;
        }
        String json = writeJson(hashes);
        OffsetDateTime at = exportedAt.atOffset(ZoneOffset.UTC);
        if (kept == null) {
            dsl.insertInto(HANDOVER_BASE).set(HANDOVER_BASE.PEER, peer).set(HANDOVER_BASE.TABLE_NAME, spec.name())
                    .set(HANDOVER_BASE.ROW_KEY, theirs.key()).set(HANDOVER_BASE.CANDIDATE_ID, seeker)
                    .set(HANDOVER_BASE.EXPORTED_AT, at).set(HANDOVER_BASE.HASHES, json).execute();
        } else {
            dsl.update(HANDOVER_BASE).set(HANDOVER_BASE.EXPORTED_AT, at).set(HANDOVER_BASE.HASHES, json)
                    .set(HANDOVER_BASE.CANDIDATE_ID, seeker)
                    .where(HANDOVER_BASE.PEER.eq(peer).and(HANDOVER_BASE.TABLE_NAME.eq(spec.name()))
                            .and(HANDOVER_BASE.ROW_KEY.eq(theirs.key()))).execute();
        }
    }
}
