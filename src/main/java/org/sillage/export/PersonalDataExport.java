package org.sillage.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.sillage.domain.Handover;

/**
 * Everything kept about one person as readable JSON plus their files (GDPR; ADR 0025):
 * {@code personal-data.json} groups the rows of their record by kind, with readable field names, and
 * {@code files/} holds a copy of each of their files under its original name.
 */
public final class PersonalDataExport {
    public static final String FILE = "personal-data.json";

    /** The sections of the JSON, in order, by the table their rows come from. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("candidate", "person");
        SECTIONS.put("posting", "postings");
        SECTIONS.put("application", "applications");
        SECTIONS.put("status_change", "status_history");
        SECTIONS.put("event", "events");
        SECTIONS.put("required_document", "required_documents");
        SECTIONS.put("contact", "contacts");
        SECTIONS.put("application_note", "notes");
        SECTIONS.put("support_session", "sessions");
        SECTIONS.put("support_action", "actions");
    }

    private PersonalDataExport() {
    }

    /** Writes the JSON (under a temporary name, then moved) and the files; returns the JSON's path. */
    public static Path write(Path dir, Instant exportedAt, String personId, List<Handover.Row> rows,
                             List<Handover.FileEntry> files, HandoverWriter.FileSource source) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "sillage-personal-data");
        doc.put("version", 1);
        doc.put("exported_at", exportedAt.toString());
        doc.put("person_id", personId);
        for (var section : SECTIONS.entrySet()) {
            List<Map<String, String>> list = new ArrayList<>();
            for (Handover.Row r : rows) {
                if (r.table().equals(section.getKey())) {
                    Map<String, String> one = new LinkedHashMap<>();
                    one.put("id", r.key());
                    one.putAll(r.fields());
                    list.add(one);
                }
            }
            doc.put(section.getValue(), section.getKey().equals("candidate") && list.size() == 1 ? list.get(0) : list);
        }
        Path folder = dir.resolve("files");
        List<Map<String, Object>> fileList = new ArrayList<>();
        for (Handover.FileEntry f : files) {
            Files.createDirectories(folder);
            String name = f.sha256().substring(0, 12) + "-" + safe(f.originalName());
            try (InputStream in = source.open(f.sha256())) {
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("sha256", f.sha256());
            one.put("name", f.originalName());
            one.put("size", f.size());
            one.put("path", "files/" + name);
            fileList.add(one);
        }
        doc.put("files", fileList);
        Path target = dir.resolve(FILE);
        Path tmp = dir.resolve(FILE + ".part");
        Files.write(tmp, HandoverWriter.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(doc));
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static String safe(String name) {
        String s = name == null ? "file" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() || s.startsWith(".") ? "file" + s : s;
    }
}
