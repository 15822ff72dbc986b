package org.sillage.importing.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sillage.domain.UserException;
import org.sillage.importing.read.PlainTextReader;

/**
 * A CSV file from a spreadsheet or another tracker (ADR 0020), read as it is written: its charset found
 * as the text import finds it (a byte-order mark, UTF-8, UTF-16, else the legacy charset ICU4J names),
 * its separator (semicolon, comma or tab) from the header line, its first row as column names. Rows are
 * read one at a time.
 */
public final class CsvSheet {
    private static final int HEAD = 64 * 1024;

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final List<String> headers;

    private CsvSheet(Path file, Charset charset, int bomLength, char delimiter, List<String> headers) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
        this.headers = List.copyOf(headers);
    }

    /**
     * Opens {@code file}; {@code delimiter} 0 means "find it".
     *
     * @throws UserException {@code error.sheet.unreadable}, {@code error.sheet.empty}, {@code error.sheet.binary}
     */
    public static CsvSheet open(Path file, char delimiter) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UserException(e, "error.sheet.unreadable", file);
        }
        PlainTextReader.Detected d = PlainTextReader.detect(head);
        if (d.charset() == null) {
            throw new UserException("error.sheet.binary", file.getFileName());
        }
        String text = new String(head, d.bomLength(), head.length - d.bomLength(), d.charset());
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new UserException("error.sheet.empty", file.getFileName()));
        char sep = delimiter != 0 ? delimiter : guessDelimiter(firstLine);
        CsvSheet probe = new CsvSheet(file, d.charset(), d.bomLength(), sep, List.of());
        try (Rows rows = probe.rows()) {
            if (!rows.hasNext()) {
                throw new UserException("error.sheet.empty", file.getFileName());
            }
            List<String> headers = new ArrayList<>();
            for (String h : rows.next().values()) {
                headers.add(h == null ? "" : h.strip());
            }
            return new CsvSheet(file, d.charset(), d.bomLength(), sep, headers);
        }
    }

    /** The separator most present in the header line, outside quotes: ; , or tab. */
    static char guessDelimiter(String line) {
        int semi = 0;
        int comma = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semi += c == ';' ? 1 : 0;
                comma += c == ',' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > semi && tab > comma ? '\t' : semi >= comma && semi > 0 ? ';' : ',';
    }

    public List<String> headers() {
        return headers;
    }

    public char delimiter() {
        return delimiter;
    }

    public Charset charset() {
        return charset;
    }

    public Path file() {
        return file;
    }

    /** The first {@code n} rows after the header, for a preview. */
    public List<List<String>> preview(int n) {
        List<List<String>> out = new ArrayList<>();
        try (Rows rows = rows()) {
            if (rows.hasNext()) {
                rows.next();
            }
            while (rows.hasNext() && out.size() < n) {
                out.add(rows.next().values());
            }
        }
        return out;
    }

    /** One row: its number as a spreadsheet shows it (the header is row 1) and its cells. */
    public record Row(long number, List<String> values) {
        /** The cell of column {@code index}, or "" past the end of a short row. */
        public String cell(int index) {
            return index >= 0 && index < values.size() && values.get(index) != null ? values.get(index) : "";
        }
    }

    /** Every row, the header first, read as they come; close it. */
    public Rows rows() {
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bomLength);
            Reader reader = new BufferedReader(new InputStreamReader(in, charset));
            CSVParser parser = CSVParser.builder().setReader(reader)
                    .setFormat(CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter)
                            .setIgnoreEmptyLines(true).setTrim(false).get()).get();
            return new Rows(parser);
        } catch (IOException e) {
            throw new UserException(e, "error.sheet.unreadable", file);
        }
    }

    /** The rows of a sheet, one at a time. */
    public static final class Rows implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        private Rows(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (java.io.UncheckedIOException e) {
                throw new UserException(e, "error.sheet.malformed", parser.getCurrentLineNumber());
            }
        }

        @Override
        public Row next() {
            try {
                CSVRecord r = records.next();
                List<String> values = new ArrayList<>(r.size());
                r.forEach(values::add);
                return new Row(r.getRecordNumber(), values);
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw new UserException(e, "error.sheet.malformed", parser.getCurrentLineNumber());
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }
}
