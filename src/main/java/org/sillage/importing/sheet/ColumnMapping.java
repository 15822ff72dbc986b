package org.sillage.importing.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.sillage.domain.SheetField;
import org.sillage.domain.UserException;

/**
 * Which column of a sheet holds which field (ADR 0020), and how its dates are written. Guessed from the
 * header names in English, French and Dutch (Sillage's own export, Huntr, JobSync, a hand-made sheet), then
 * corrected by the user in the dialog, or read from a mapping file on the command line:
 *
 * <pre>
 * columns:
 *   title: Job Title
 *   organization: Company
 *   status: Stage
 * dates: day_first      # 03/04/2026 is the 3rd of April (month_first: the 4th of March)
 * </pre>
 */
public final class ColumnMapping {
    /** How numeric dates are ordered. */
    public enum DateOrder { DAY_FIRST, MONTH_FIRST }

    private final Map<SheetField, String> columns;
    private final DateOrder dates;

    public ColumnMapping(Map<SheetField, String> columns, DateOrder dates) {
        this.columns = new EnumMap<>(SheetField.class);
        columns.forEach((f, c) -> {
            if (c != null && !c.isBlank()) {
                this.columns.put(f, c.strip());
            }
        });
        this.dates = dates == null ? DateOrder.DAY_FIRST : dates;
    }

    /** The column names of each field, as people write them; compared folded (no accents, case, punctuation). */
    private static final Map<SheetField, List<String>> NAMES = new EnumMap<>(SheetField.class);

    static {
        names(SheetField.TITLE, "title", "job title", "jobtitle", "position", "role", "job", "poste", "intitule",
                "intitule du poste", "titre", "fonction", "functie", "functietitel", "vacature", "job name");
        names(SheetField.ORGANIZATION, "organization", "organisation", "company", "company name", "companyname",
                "employer", "entreprise", "societe", "employeur", "organisme", "bedrijf", "werkgever", "organisatie");
        names(SheetField.LOCATION, "location", "city", "place", "lieu", "ville", "localisation", "locatie", "plaats",
                "stad", "standplaats");
        names(SheetField.DEADLINE, "deadline", "due date", "duedate", "closing date", "date limite", "echeance",
                "date de cloture", "uiterste datum", "sluitingsdatum", "deadline date");
        names(SheetField.CONTRACT, "contract", "contract type", "job type", "jobtype", "employment type",
                "type de contrat", "contrat", "contracttype", "soort contract", "dienstverband", "type contrat");
        names(SheetField.URL, "url", "link", "job url", "joburl", "job link", "posting url", "lien", "lien de l annonce",
                "annonce", "link vacature", "website", "job posting url");
        names(SheetField.STATUS, "status", "stage", "list", "listname", "list name", "state", "statut", "etat",
                "etape", "fase", "toestand", "application status");
        names(SheetField.APPLIED_ON, "applied on", "applied", "date applied", "applied date", "applieddate",
                "application date", "date de candidature", "candidature", "postule le", "envoyee le", "date d envoi",
                "sollicitatiedatum", "gesolliciteerd op", "datum sollicitatie", "date postulee");
        names(SheetField.TRACKED_ON, "tracked on", "created", "created at", "createdat", "date added", "added",
                "date created", "suivie depuis", "ajoute le", "date d ajout", "cree le", "aangemaakt", "toegevoegd op",
                "gevolgd sinds");
        names(SheetField.HISTORY, "history", "historique", "geschiedenis", "timeline");
        names(SheetField.DOCUMENTS, "documents", "docs", "pieces", "pieces a fournir", "documenten");
        names(SheetField.SOURCE, "source", "origin", "board", "board name", "boardname", "bron", "origine",
                "job source", "jobsource");
        names(SheetField.DESCRIPTION, "description", "job description", "jobdescription", "htmldescription",
                "notes", "note", "remarques", "commentaires", "beschrijving", "omschrijving", "opmerkingen");
    }

    private static void names(SheetField f, String... names) {
        NAMES.put(f, List.of(names));
    }

    /**
     * The mapping a sheet's headers suggest: each field to the first column whose name is one of the
     * field's names; a column is used once.
     */
    public static ColumnMapping guess(List<String> headers) {
        Map<SheetField, String> found = new EnumMap<>(SheetField.class);
        List<String> taken = new ArrayList<>();
        for (SheetField f : SheetField.values()) {
            if (!f.imported()) {
                continue;
            }
            for (String h : headers) {
                if (!taken.contains(h) && NAMES.get(f).contains(fold(h))) {
                    found.put(f, h);
                    taken.add(h);
                    break;
                }
            }
        }
        return new ColumnMapping(found, DateOrder.DAY_FIRST);
    }

    /** "Date d'envoi " → "date d envoi": lower case, no accents, words split by single spaces. */
    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    public Optional<String> column(SheetField f) {
        return Optional.ofNullable(columns.get(f));
    }

    public Map<SheetField, String> columns() {
        return java.util.Collections.unmodifiableMap(columns);
    }

    public DateOrder dates() {
        return dates;
    }

    public ColumnMapping with(SheetField f, String column) {
        Map<SheetField, String> m = new EnumMap<>(columns);
        if (column == null || column.isBlank()) {
            m.remove(f);
        } else {
            m.put(f, column);
        }
        return new ColumnMapping(m, dates);
    }

    public ColumnMapping withDates(DateOrder order) {
        return new ColumnMapping(columns, order);
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
    public String toYaml() {
        FileForm form = new FileForm();
        columns.forEach((f, c) -> form.columns.put(f.key(), c));
        form.dates = dates.name().toLowerCase(Locale.ROOT);
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
