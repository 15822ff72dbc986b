package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_CONTACT;
import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.EventKind;
import org.sillage.domain.SearchKind;
import org.sillage.i18n.Messages;
import org.sillage.store.SearchIndex.Doc;

/**
 * What the search index holds, read from the database (ADR 0020): for each posting, its own document,
 * its applications' (status names in every language Sillage speaks, the notes of its status changes),
 * their events' (kind names, place, note), free notes, and contacts (one document per application a
 * contact sits on). They are replaced together, a posting's group at a time, so that a change to any of
 * them is one group to read again. Every document but the posting's carries its job seeker, so that a
 * search within one person's record filters before it counts its results.
 *
 * <p>A new kind is one more loader here, one more {@link SearchKind}, and a count in {@link #count}; a
 * kind that belongs to no posting takes its own group prefix.
 */
final class SearchDocuments {
    private static final String POSTING_GROUP = "posting:";

    private SearchDocuments() {
    }

    static String postingGroup(long postingId) {
        return POSTING_GROUP + postingId;
    }

    /** Every document of the given groups, by group; a group with nothing left maps to nothing. */
    static Map<String, List<Doc>> forGroups(DSLContext dsl, Collection<String> groups) {
        List<Long> postingIds = new ArrayList<>();
        for (String g : groups) {
            if (g.startsWith(POSTING_GROUP)) {
                postingIds.add(Long.parseLong(g.substring(POSTING_GROUP.length())));
            }
        }
        Map<String, List<Doc>> byGroup = new HashMap<>();
        for (Doc d : ofPostings(dsl, postingIds)) {
            byGroup.computeIfAbsent(d.group(), k -> new ArrayList<>()).add(d);
        }
        return byGroup;
    }

    /** The documents of the {@code size} postings after {@code afterPostingId}, for a rebuild; with its last posting id. */
    record Page(List<Doc> docs, long lastPostingId, boolean empty) {
    }

    static Page page(DSLContext dsl, long afterPostingId, int size) {
        List<Long> ids = dsl.select(POSTING.ID).from(POSTING).where(POSTING.ID.gt(afterPostingId))
                .orderBy(POSTING.ID).limit(size).fetch(POSTING.ID);
        if (ids.isEmpty()) {
            return new Page(List.of(), afterPostingId, true);
        }
        return new Page(ofPostings(dsl, ids), ids.get(ids.size() - 1), false);
    }

    /** How many documents the index should hold. */
    static int count(DSLContext dsl) {
        return dsl.fetchCount(POSTING) + dsl.fetchCount(APPLICATION) + dsl.fetchCount(EVENT)
                + dsl.fetchCount(APPLICATION_NOTE) + dsl.fetchCount(APPLICATION_CONTACT);
    }

    private static List<Doc> ofPostings(DSLContext dsl, List<Long> postingIds) {
        List<Doc> docs = new ArrayList<>();
        for (List<Long> part : partition(postingIds)) {
            docs.addAll(postings(dsl, POSTING.ID.in(part)));
            docs.addAll(applications(dsl, APPLICATION.POSTING_ID.in(part)));
            docs.addAll(events(dsl, APPLICATION.POSTING_ID.in(part)));
            docs.addAll(notes(dsl, APPLICATION.POSTING_ID.in(part)));
            docs.addAll(contacts(dsl, APPLICATION.POSTING_ID.in(part)));
        }
        return docs;
    }

    /**
     * The documents of these search hits, by key ({@link SearchKind#key}); a deleted one is absent, and so
     * is an application, event, note or contact of another job seeker than {@code candidateId} (ADR 0023),
     * unless {@code candidateId} is null (a search across every job seeker).
     */
    static Map<String, Doc> of(DSLContext dsl, Map<SearchKind, List<Long>> ids, Long candidateId) {
        Map<String, Doc> out = new LinkedHashMap<>();
        List<Doc> docs = new ArrayList<>();
        Condition whose = candidateId == null ? org.jooq.impl.DSL.noCondition() : APPLICATION.CANDIDATE_ID.eq(candidateId);
        for (List<Long> part : partition(ids.getOrDefault(SearchKind.POSTING, List.of()))) {
            docs.addAll(postings(dsl, POSTING.ID.in(part)));
        }
        for (List<Long> part : partition(ids.getOrDefault(SearchKind.APPLICATION, List.of()))) {
            docs.addAll(applications(dsl, APPLICATION.ID.in(part).and(whose)));
        }
        for (List<Long> part : partition(ids.getOrDefault(SearchKind.EVENT, List.of()))) {
            docs.addAll(events(dsl, EVENT.ID.in(part).and(whose)));
        }
        for (List<Long> part : partition(ids.getOrDefault(SearchKind.NOTE, List.of()))) {
            docs.addAll(notes(dsl, APPLICATION_NOTE.ID.in(part).and(whose)));
        }
        for (List<Long> part : partition(ids.getOrDefault(SearchKind.CONTACT, List.of()))) {
            docs.addAll(contacts(dsl, CONTACT.ID.in(part).and(whose)));
        }
        docs.forEach(d -> out.put(d.key(), d));
        return out;
    }

    private static List<Doc> postings(DSLContext dsl, Condition where) {
        return dsl.select(POSTING.ID, POSTING.TITLE, POSTING.ORGANIZATION, POSTING.ORIGINAL_TEXT).from(POSTING)
                .where(where)
                .fetch(r -> new SearchIndex.Entry(r.value1(), r.value2(), r.value3(), r.value4()).doc());
    }

    private static List<Doc> applications(DSLContext dsl, Condition where) {
        var rows = dsl.select(APPLICATION.ID, APPLICATION.POSTING_ID, APPLICATION.STATUS, POSTING.TITLE, POSTING.ORGANIZATION,
                        APPLICATION.CANDIDATE_ID)
                .from(APPLICATION).join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(where).orderBy(APPLICATION.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, StringBuilder> notes = new HashMap<>();
        dsl.select(STATUS_CHANGE.APPLICATION_ID, STATUS_CHANGE.NOTE).from(STATUS_CHANGE)
                .where(STATUS_CHANGE.APPLICATION_ID.in(rows.map(r -> r.value1()))
                        .and(STATUS_CHANGE.NOTE.isNotNull()).and(STATUS_CHANGE.UNDONE_AT.isNull()))
                .orderBy(STATUS_CHANGE.CHANGED_AT, STATUS_CHANGE.ID)
                .forEach(n -> {
                    StringBuilder b = notes.computeIfAbsent(n.value1(), k -> new StringBuilder());
                    b.append(b.isEmpty() ? "" : "\n").append(n.value2());
                });
        List<Doc> docs = new ArrayList<>();
        for (var r : rows) {
            ApplicationStatus status = ApplicationStatus.valueOf(r.value3());
            docs.add(new Doc(SearchKind.APPLICATION, r.value1(), r.value2(), r.value1(), status.name(), "",
                    names(status.messageKey()), notes.getOrDefault(r.value1(), new StringBuilder()).toString(),
                    heading(r.value4(), r.value5()), r.value6()));
        }
        return docs;
    }

    private static List<Doc> events(DSLContext dsl, Condition where) {
        return dsl.select(EVENT.ID, EVENT.APPLICATION_ID, APPLICATION.POSTING_ID, EVENT.KIND, EVENT.PLACE, EVENT.NOTE,
                        POSTING.TITLE, POSTING.ORGANIZATION, APPLICATION.CANDIDATE_ID)
                .from(EVENT).join(APPLICATION).on(APPLICATION.ID.eq(EVENT.APPLICATION_ID))
                .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(where).orderBy(EVENT.ID)
                .fetch(r -> new Doc(SearchKind.EVENT, r.value1(), r.value3(), r.value2(), r.value4(), "",
                        names(EventKind.valueOf(r.value4()).messageKey()),
                        join(r.value5(), r.value6()), heading(r.value7(), r.value8()), r.value9()));
    }

    /** Free notes on applications: their text, found with the posting's heading as context. */
    private static List<Doc> notes(DSLContext dsl, Condition where) {
        return dsl.select(APPLICATION_NOTE.ID, APPLICATION_NOTE.APPLICATION_ID, APPLICATION.POSTING_ID,
                        APPLICATION_NOTE.BODY, POSTING.TITLE, POSTING.ORGANIZATION, APPLICATION.CANDIDATE_ID)
                .from(APPLICATION_NOTE).join(APPLICATION).on(APPLICATION.ID.eq(APPLICATION_NOTE.APPLICATION_ID))
                .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(where).orderBy(APPLICATION_NOTE.ID)
                .fetch(r -> new Doc(SearchKind.NOTE, r.value1(), r.value3(), r.value2(), null, "",
                        names("search.kind.note"), r.value4(), heading(r.value5(), r.value6()), r.value7()));
    }

    /** Contacts, one document for each application a contact sits on: name and role as its heading. */
    private static List<Doc> contacts(DSLContext dsl, Condition where) {
        return dsl.select(CONTACT.ID, APPLICATION_CONTACT.APPLICATION_ID, APPLICATION.POSTING_ID, CONTACT.NAME,
                        CONTACT.ROLE, CONTACT.EMAIL, CONTACT.PHONE, CONTACT.NOTES, POSTING.TITLE, POSTING.ORGANIZATION,
                        APPLICATION.CANDIDATE_ID)
                .from(APPLICATION_CONTACT).join(CONTACT).on(CONTACT.ID.eq(APPLICATION_CONTACT.CONTACT_ID))
                .join(APPLICATION).on(APPLICATION.ID.eq(APPLICATION_CONTACT.APPLICATION_ID))
                .join(POSTING).on(POSTING.ID.eq(APPLICATION.POSTING_ID))
                .where(where).orderBy(CONTACT.ID, APPLICATION_CONTACT.APPLICATION_ID)
                .fetch(r -> new Doc(SearchKind.CONTACT, r.value1(), r.value3(), r.value2(), null,
                        join(r.value4(), r.value5()), names("search.kind.contact"),
                        join(join(r.value6(), r.value7()), r.value8()), heading(r.value9(), r.value10()), r.value11()));
    }

    private static final Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A status's or kind's name in every language Sillage speaks: "entretien" finds an interview. */
    private static String names(String messageKey) {
        return NAMES.computeIfAbsent(messageKey, k -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (Locale l : Messages.SUPPORTED) {
                names.add(Messages.forLocale(l).get(k));
            }
            return String.join(" ", names);
        });
    }

    private static String heading(String title, String organization) {
        return join(title, organization);
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + "\n" + y;
    }

    private static <T> List<List<T>> partition(List<T> all) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            parts.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return parts;
    }
}
