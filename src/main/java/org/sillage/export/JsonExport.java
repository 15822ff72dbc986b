package org.sillage.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.sillage.domain.Application;
import org.sillage.domain.ApplicationEvent;
import org.sillage.domain.ChecklistItem;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.domain.StatusChange;

/**
 * Writes everything as one JSON document (ADR 0020), a posting at a time, without holding them: each
 * posting with its text, what was read and what was corrected, and, when tracked, its application with
 * the whole timeline (undone changes too), events and checklist.
 *
 * <pre>{"format": "sillage", "version": 1, "exported_at": "...", "postings": [ {...}, ... ]}</pre>
 */
public final class JsonExport implements AutoCloseable {
    public static final int VERSION = 1;
    private final JsonGenerator json;

    public JsonExport(OutputStream out, Instant exportedAt) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", "sillage");
        json.writeNumberField("version", VERSION);
        json.writeStringField("exported_at", exportedAt.toString());
        json.writeArrayFieldStart("postings");
    }

    public void write(Posting p, Application a, List<StatusChange> history, List<ApplicationEvent> events,
                      List<ChecklistItem> documents) throws IOException {
        PostingFields f = p.effective();
        json.writeStartObject();
        json.writeNumberField("id", p.id());
        field("title", f.title());
        field("organization", f.organization());
        field("location", f.location());
        field("deadline", f.deadline());
        field("deadline_time", f.deadlineTime());
        field("contract", f.contractType() == null ? null : f.contractType().code());
        field("application_url", f.applicationUrl());
        field("source_name", p.sourceName());
        field("source_format", p.sourceFormat());
        field("imported_at", p.importedAt());
        json.writeObjectFieldStart("corrections");
        for (Map.Entry<String, String> c : p.corrections().entrySet()) {
            json.writeStringField(c.getKey(), c.getValue());
        }
        json.writeEndObject();
        field("text", p.originalText());
        if (a != null) {
            json.writeObjectFieldStart("application");
            json.writeNumberField("id", a.id());
            field("status", lower(a.status()));
            field("applied_on", a.appliedOn());
            field("created_at", a.createdAt());
            json.writeArrayFieldStart("history");
            for (StatusChange c : history) {
                json.writeStartObject();
                field("from", lower(c.from()));
                field("to", lower(c.to()));
                field("at", c.at());
                field("note", c.note());
                field("undone_at", c.undoneAt());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (ApplicationEvent e : events) {
                json.writeStartObject();
                field("kind", lower(e.kind()));
                field("date", e.date());
                field("time", e.time());
                field("zone", e.zone());
                field("place", e.place());
                field("note", e.note());
                json.writeBooleanField("done", e.done());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("documents");
            for (ChecklistItem d : documents) {
                json.writeStartObject();
                field("kind", d.kind());
                field("label", d.label());
                field("format", d.format());
                field("length", d.length());
                field("language", d.language());
                json.writeBooleanField("required", d.required());
                field("state", lower(d.state()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }

    private void field(String name, Object value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
