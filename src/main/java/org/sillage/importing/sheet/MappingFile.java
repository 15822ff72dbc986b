package org.sillage.importing.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.sillage.domain.ColumnMapping;
import org.sillage.domain.ColumnMapping.DateOrder;
import org.sillage.domain.SheetField;
import org.sillage.domain.UserException;

/** The mapping file of {@code import-csv --mapping} (YAML, ADR 0020): which column holds which field. */
public final class MappingFile {
    private MappingFile() {
    }

    /** The mapping file's form. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class FileForm {
        @JsonProperty("columns")
        public Map<String, String> columns = new LinkedHashMap<>();
        @JsonProperty("dates")
        public String dates;
        @JsonProperty("delimiter")
        public String delimiter;
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** A mapping file and the separator it names (0: find it). */
    public record FromFile(ColumnMapping mapping, char delimiter) {
    }

    /**
     * Reads a mapping file.
     *
     * @throws UserException {@code error.mapping.unreadable} or {@code error.mapping.field} (an unknown field name)
     */
    public static FromFile read(Path file) {
        FileForm form;
        try {
            form = YAML.readValue(file.toFile(), FileForm.class);
        } catch (IOException e) {
            throw new UserException(e, "error.mapping.unreadable", file, firstLine(e.getMessage()));
        }
        if (form == null || form.columns == null) {
            throw new UserException("error.mapping.unreadable", file, "columns:");
        }
        Map<SheetField, String> m = new EnumMap<>(SheetField.class);
        for (var e : form.columns.entrySet()) {
            SheetField f = SheetField.fromKey(e.getKey()).filter(SheetField::imported)
                    .orElseThrow(() -> new UserException("error.mapping.field", e.getKey(), knownKeys()));
            m.put(f, e.getValue());
        }
        DateOrder order = DateOrder.DAY_FIRST;
        if (form.dates != null) {
            try {
                order = DateOrder.valueOf(form.dates.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserException("error.mapping.dates", form.dates);
            }
        }
        char delimiter = 0;
        if (form.delimiter != null && !form.delimiter.isEmpty()) {
            delimiter = "tab".equalsIgnoreCase(form.delimiter) ? '\t' : form.delimiter.charAt(0);
        }
        return new FromFile(new ColumnMapping(m, order), delimiter);
    }

    /** Writes the mapping file for this mapping (what the dialog chose can be kept for the command line). */
    public static String toYaml(ColumnMapping mapping) {
        FileForm form = new FileForm();
        mapping.columns().forEach((f, c) -> form.columns.put(f.key(), c));
        form.dates = mapping.dates().name().toLowerCase(Locale.ROOT);
        try {
            return YAML.writeValueAsString(form);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (SheetField f : SheetField.values()) {
            if (f.imported()) {
                keys.add(f.key());
            }
        }
        return String.join(", ", keys);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
