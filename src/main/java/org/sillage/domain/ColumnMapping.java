package org.sillage.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


/**
 * Which column of a sheet holds which field (ADR 0020), and how its dates are written. Guessed from the
 * header names in English, French and Dutch (Sillage's own export, Huntr, JobSync, a hand-made sheet), then
 * corrected by the user in the dialog, or read from a mapping file on the command line ({@code MappingFile}):
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
    public static String fold(String s) {
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

}
