package org.sillage.importing.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sillage.domain.ApplicationRecord;
import org.sillage.domain.ColumnMapping;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.ContractType;
import org.sillage.domain.RowProblem;
import org.sillage.domain.SheetCells;
import org.sillage.domain.SheetField;
import org.sillage.i18n.Messages;

/**
 * Turns a row of a sheet into an application (ADR 0020), or says why it cannot: which column, which
 * value, and what to do. Empty cells and "-" are "not stated". A row needs a title or an organisation.
 */
public final class RowReader {
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})");
    private final ColumnMapping mapping;
    private final Map<SheetField, Integer> index = new EnumMap<>(SheetField.class);

    /** @throws IllegalArgumentException when the mapping names a column the sheet does not have */
    public RowReader(List<String> headers, ColumnMapping mapping) {
        this.mapping = mapping;
        mapping.columns().forEach((f, c) -> {
            int i = headers.indexOf(c);
            if (i < 0) {
                throw new org.sillage.domain.UserException("error.mapping.column", c, String.join(", ", headers));
            }
            index.put(f, i);
        });
    }

    /** What a row gave: an application, or the problems that keep it out. */
    public record Result(ApplicationRecord record, List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result read(org.sillage.importing.sheet.CsvSheet.Row row) {
        List<RowProblem> problems = new ArrayList<>();
        Cells c = new Cells(row, problems);
        String title = c.text(SheetField.TITLE);
        String organization = c.text(SheetField.ORGANIZATION);
        ContractType contract = null;
        String contractText = c.text(SheetField.CONTRACT);
        if (contractText != null) {
            contract = ContractType.fromCode(contractText).orElseGet(() -> contractSynonym(contractText));
        }
        ApplicationStatus status = null;
        String statusText = c.text(SheetField.STATUS);
        if (statusText != null) {
            status = status(statusText);
            if (status == null) {
                c.problem(SheetField.STATUS, statusText, "sheet.problem.status");
            }
        }
        List<ApplicationRecord.Step> history = List.of();
        String historyText = c.raw(SheetField.HISTORY);
        if (historyText != null) {
            try {
                history = SheetCells.history(historyText);
            } catch (IllegalArgumentException e) {
                c.problem(SheetField.HISTORY, e.getMessage(), "sheet.problem.history");
            }
        }
        List<ApplicationRecord.Document> documents = List.of();
        String docsText = c.raw(SheetField.DOCUMENTS);
        if (docsText != null) {
            documents = SheetCells.documents(docsText);
        }
        if (title == null && organization == null && problems.isEmpty()) {
            problems.add(new RowProblem(row.number(), mapping.column(SheetField.TITLE).orElse(""), "", "sheet.problem.no_title"));
        }
        ApplicationRecord r = new ApplicationRecord(title, organization, c.text(SheetField.LOCATION),
                c.date(SheetField.DEADLINE), contract, c.text(SheetField.URL), status, c.date(SheetField.APPLIED_ON),
                c.date(SheetField.TRACKED_ON), history, documents, c.text(SheetField.SOURCE), c.raw(SheetField.DESCRIPTION));
        return new Result(problems.isEmpty() ? r : null, problems);
    }

    /** The cells of one row, by field. */
    private final class Cells {
        private final org.sillage.importing.sheet.CsvSheet.Row row;
        private final List<RowProblem> problems;

        Cells(org.sillage.importing.sheet.CsvSheet.Row row, List<RowProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** The cell as written, or null when empty or "-"; a leading ' that kept a formula out is dropped. */
        String raw(SheetField f) {
            Integer i = index.get(f);
            if (i == null) {
                return null;
            }
            String v = row.cell(i);
            if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
                v = v.substring(1);
            }
            return v.isBlank() || v.strip().equals("-") ? null : v;
        }

        String text(SheetField f) {
            String v = raw(f);
            return v == null ? null : SheetCells.oneLine(v);
        }

        LocalDate date(SheetField f) {
            String v = text(f);
            if (v == null) {
                return null;
            }
            LocalDate d = parseDate(v, mapping.dates());
            if (d == null) {
                problem(f, v, "sheet.problem.date");
            }
            return d;
        }

        void problem(SheetField f, String value, String key) {
            problems.add(new RowProblem(row.number(), mapping.column(f).orElse(f.key()), value, key));
        }
    }

    /**
     * A date as spreadsheets and trackers write it: 2026-03-04, 2026-03-04 10:00:00, 2026-03-04T10:00:00Z,
     * 04/03/2026, 4.3.2026, 04-03-26 (day first unless the mapping says month first).
     */
    static LocalDate parseDate(String text, ColumnMapping.DateOrder order) {
        String v = text.strip();
        if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = NUMERIC_DATE.matcher(v.split("[ T]")[0]);
        if (!m.matches()) {
            return null;
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            if (m.group(1).length() == 4) {
                return LocalDate.of(a, b, c);
            }
            int year = m.group(3).length() <= 2 ? 2000 + c : c;
            return order == ColumnMapping.DateOrder.MONTH_FIRST ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final Map<String, ApplicationStatus> STATUS_WORDS = new HashMap<>();

    static {
        words(ApplicationStatus.SAVED, "saved", "wishlist", "wish list", "bookmarked", "draft", "interested", "to apply",
                "a postuler", "interessant", "te solliciteren", "bewaard", "opgeslagen");
        words(ApplicationStatus.PREPARING, "preparing", "applying", "in progress", "en preparation", "en cours", "in voorbereiding");
        words(ApplicationStatus.APPLIED, "applied", "sent", "submitted", "envoyee", "postule", "candidature envoyee",
                "gesolliciteerd", "verstuurd", "verzonden");
        words(ApplicationStatus.INTERVIEW, "interview", "interviewing", "phone screen", "entretien", "gesprek",
                "sollicitatiegesprek");
        words(ApplicationStatus.OFFER, "offer", "offre", "aanbod", "aanbieding");
        words(ApplicationStatus.ACCEPTED, "accepted", "hired", "acceptee", "embauche", "aangenomen", "geaccepteerd");
        words(ApplicationStatus.REJECTED, "rejected", "declined", "refusee", "refus", "afgewezen");
        words(ApplicationStatus.WITHDRAWN, "withdrawn", "archived", "abandoned", "expired", "abandonnee", "ingetrokken",
                "gearchiveerd");
        for (ApplicationStatus s : ApplicationStatus.values()) {
            for (Locale l : Messages.SUPPORTED) {
                STATUS_WORDS.putIfAbsent(ColumnMapping.fold(Messages.forLocale(l).get(s.messageKey())), s);
            }
        }
    }

    private static void words(ApplicationStatus s, String... words) {
        for (String w : words) {
            STATUS_WORDS.put(w, s);
        }
    }

    /** A status as Sillage writes it, as another tracker names its lists, or in the user's language. */
    static ApplicationStatus status(String text) {
        return ApplicationStatus.parse(text).orElseGet(() -> STATUS_WORDS.get(ColumnMapping.fold(text)));
    }

    /** Contract names other files use: "Full-time", "Internship", "CDI"... */
    private static ContractType contractSynonym(String text) {
        String f = ColumnMapping.fold(text);
        if (f.contains("intern") || f.contains("stage")) {
            return ContractType.STAGE;
        }
        if (f.contains("freelance") || f.contains("contractor") || f.contains("zelfstandig")) {
            return ContractType.FREELANCE;
        }
        if (f.contains("permanent") || f.contains("full time") || f.contains("vast")) {
            return ContractType.CDI;
        }
        if (f.contains("temporary") || f.contains("fixed term") || f.contains("tijdelijk") || f.contains("part time")) {
            return ContractType.CDD;
        }
        if (f.contains("volunt") || f.contains("benevol") || f.contains("vrijwillig")) {
            return ContractType.VOLUNTEER;
        }
        return ContractType.OTHER;
    }
}
