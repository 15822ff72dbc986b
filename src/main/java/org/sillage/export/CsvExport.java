package org.sillage.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.sillage.domain.ApplicationRecord;
import org.sillage.domain.SheetCells;
import org.sillage.domain.SheetField;

/**
 * Writes applications as a CSV spreadsheet (ADR 0020), one row at a time: UTF-8 with a byte-order mark
 * (so that Excel reads accents), semicolons between cells (what Excel expects where the decimal mark is
 * a comma: French, Dutch, Belgian settings), CRLF line ends, ISO dates, and the header row of
 * {@link SheetField} keys. The same records always give the same bytes.
 */
public final class CsvExport implements AutoCloseable {
    /** Cells are separated by this. */
    public static final char DELIMITER = ';';
    public static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(DELIMITER)
            .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    public CsvExport(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        this.printer = new CSVPrinter(w, FORMAT);
        List<String> header = new ArrayList<>();
        for (SheetField f : SheetField.values()) {
            if (f.exported()) {
                header.add(f.key());
            }
        }
        printer.printRecord(header);
    }

    public void write(ApplicationRecord r) throws IOException {
        List<String> cells = new ArrayList<>();
        for (SheetField f : SheetField.values()) {
            if (f.exported()) {
                cells.add(cell(r, f));
            }
        }
        printer.printRecord(cells);
    }

    static String cell(ApplicationRecord r, SheetField f) {
        return switch (f) {
            case TITLE -> nz(r.title());
            case ORGANIZATION -> nz(r.organization());
            case LOCATION -> nz(r.location());
            case DEADLINE -> date(r.deadline());
            case CONTRACT -> r.contract() == null ? "" : r.contract().code();
            case URL -> nz(r.url());
            case STATUS -> r.status() == null ? "" : r.status().name().toLowerCase(Locale.ROOT);
            case APPLIED_ON -> date(r.appliedOn());
            case TRACKED_ON -> date(r.trackedOn());
            case LAST_CHANGE_ON -> date(r.lastChangeOn());
            case HISTORY -> SheetCells.history(r.history());
            case DOCUMENTS -> SheetCells.documents(r.documents());
            case SOURCE -> nz(r.source());
            case DESCRIPTION -> "";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** A cell never starts a formula in a spreadsheet: "=..." is written "'=...". */
    private static String nz(String s) {
        if (s == null) {
            return "";
        }
        String v = s.strip();
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?\\d.*") ? "'" + v : v;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
