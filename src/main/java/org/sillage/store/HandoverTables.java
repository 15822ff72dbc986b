package org.sillage.store;

import static org.sillage.store.jooq.Tables.APPLICATION;
import static org.sillage.store.jooq.Tables.APPLICATION_NOTE;
import static org.sillage.store.jooq.Tables.CANDIDATE;
import static org.sillage.store.jooq.Tables.CONTACT;
import static org.sillage.store.jooq.Tables.EVENT;
import static org.sillage.store.jooq.Tables.POSTING;
import static org.sillage.store.jooq.Tables.REQUIRED_DOCUMENT;
import static org.sillage.store.jooq.Tables.STATUS_CHANGE;
import static org.sillage.store.jooq.Tables.SUPPORT_ACTION;
import static org.sillage.store.jooq.Tables.SUPPORT_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What a hand-over archive carries of each table of a job seeker's record (ADR 0025), for {@link HandoverRepository}:
 * the tables parents first, their columns merged or only written once, and the columns' values as text and back.
 */
final class HandoverTables {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A field the archive carries. {@code merged} fields are compared with the base and merged; the others
     * are written when the row is added. {@code followers} are columns derived from a merged one, which
     * go with it.
     */
    record Col(String name, boolean merged, List<String> followers) {
        static Col insert(String name) {
            return new Col(name, false, List.of());
        }

        static Col merge(String name, String... followers) {
            return new Col(name, true, List.of(followers));
        }
    }

    /** The columns that are not plain: references to other rows by their key, and link sets. */
    static final Set<String> SPECIAL = Set.of("posting", "application", "session", "original_file",
            "contacts", "files", "sent", "follow_up", "sent_by");

    record Spec(String name, Table<?> table, Field<Long> id, Field<String> key, List<Col> cols) {
        List<String> allColumns() {
            List<String> all = new ArrayList<>();
            for (Col c : cols) {
                all.add(c.name());
                all.addAll(c.followers());
            }
            return all;
        }

        Optional<Col> col(String name) {
            return cols.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /** The tables of a record, parents first: the order rows are read, written and merged in. */
    static final List<Spec> SPECS = List.of(
            new Spec("candidate", CANDIDATE, CANDIDATE.ID, CANDIDATE.UUID, List.of(
                    Col.merge("display_name"), Col.merge("first_name"), Col.merge("last_name"), Col.merge("email"),
                    Col.merge("phone"), Col.merge("target_jobs"), Col.merge("notes"), Col.merge("report_language"),
                    Col.merge("consent_on"), Col.merge("consent_scope"), Col.merge("closed_at"),
                    Col.insert("created_at"))),
            new Spec("posting", POSTING, POSTING.ID, POSTING.TEXT_SHA256, List.of(
                    Col.insert("uuid"), Col.insert("original_text"), Col.insert("source_name"),
                    Col.insert("source_format"), Col.insert("source_sha256"), Col.insert("imported_at"),
                    Col.insert("language"), Col.insert("extracted_json"), Col.insert("extractor_version"),
                    Col.insert("original_file"),
                    Col.merge("corrections_json", "title", "organization", "deadline", "deadline_time",
                            "deadline_zone", "contract_type", "title_key", "organization_key"),
                    Col.merge("priority"))),
            new Spec("contact", CONTACT, CONTACT.ID, CONTACT.UUID, List.of(
                    Col.merge("name", "name_key"), Col.merge("role"), Col.merge("email"), Col.merge("phone"),
                    Col.merge("notes"), Col.insert("created_at"))),
            new Spec("application", APPLICATION, APPLICATION.ID, APPLICATION.UUID, List.of(
                    Col.insert("posting"), Col.insert("created_at"), Col.merge("status", "changed_at"),
                    Col.merge("applied_on"), Col.merge("next_action", "next_action_on"),
                    Col.merge("archived_at"), Col.merge("priority"), Col.merge("contacts"))),
            new Spec("status_change", STATUS_CHANGE, STATUS_CHANGE.ID, STATUS_CHANGE.UUID, List.of(
                    Col.insert("application"), Col.insert("from_status"), Col.insert("to_status"),
                    Col.insert("changed_at"), Col.insert("next_action_before"), Col.insert("next_action_on_before"),
                    Col.insert("sent"), Col.insert("follow_up"), Col.merge("note"), Col.merge("undone_at"))),
            new Spec("event", EVENT, EVENT.ID, EVENT.UUID, List.of(
                    Col.insert("application"), Col.merge("kind"), Col.merge("on_date"), Col.merge("at_time"),
                    Col.merge("time_zone"), Col.merge("place"), Col.merge("note"), Col.merge("done"))),
            new Spec("required_document", REQUIRED_DOCUMENT, REQUIRED_DOCUMENT.ID, REQUIRED_DOCUMENT.UUID, List.of(
                    Col.insert("application"), Col.merge("kind"), Col.merge("label"), Col.merge("format"),
                    Col.merge("length_limit"), Col.merge("language"), Col.merge("required"), Col.merge("state"),
                    Col.merge("position"), Col.merge("files"), Col.insert("sent_by"))),
            new Spec("application_note", APPLICATION_NOTE, APPLICATION_NOTE.ID, APPLICATION_NOTE.UUID, List.of(
                    Col.insert("application"), Col.insert("created_at"), Col.merge("written_on"), Col.merge("body"))),
            new Spec("support_session", SUPPORT_SESSION, SUPPORT_SESSION.ID, SUPPORT_SESSION.UUID, List.of(
                    Col.insert("created_at"), Col.insert("changed_at"), Col.merge("held_on"),
                    Col.merge("duration_minutes"), Col.merge("notes"), Col.merge("reviewed"), Col.merge("decisions"))),
            new Spec("support_action", SUPPORT_ACTION, SUPPORT_ACTION.ID, SUPPORT_ACTION.UUID, List.of(
                    Col.insert("created_at"), Col.insert("changed_at"), Col.merge("session"), Col.merge("what"),
                    Col.merge("owner"), Col.merge("due_on"), Col.merge("state", "done_at"))));

    static final Map<String, Spec> BY_NAME = new HashMap<>();

    static {
        SPECS.forEach(s -> BY_NAME.put(s.name(), s));
    }

    /** A column by its name as written in the migrations (H2 keeps names in upper case). */
    static Field<?> column(Table<?> table, String name) {
        Field<?> f = table.field(name.toUpperCase(java.util.Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException(table.getName() + "." + name);
        }
        return f;
    }

    static <T> Field<T> column(Table<?> table, String name, Class<T> type) {
        Field<T> f = table.field(name.toUpperCase(java.util.Locale.ROOT), type);
        return f;
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        return v.toString();
    }

    static Object value(Spec spec, String column, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = column(spec.table(), column).getType();
        if (type == String.class) {
            return text;
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text);
        }
        if (type == OffsetDateTime.class) {
            return Instant.parse(text).atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException(spec.name() + "." + column + ": " + type);
    }

    static void putIfSet(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    static String writeJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> readMap(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, String>> readList(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HandoverTables() {
    }
}
