package org.sillage.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the spreadsheet writes the cells that hold a list, one item a line (ADR 0020), and reads them back:
 * <ul>
 *   <li>history: {@code 2026-01-05 applied: sent by e-mail} (the note after ": ", on one line);</li>
 *   <li>documents: {@code sent: cv}, {@code to_prepare (optional): portfolio}.</li>
 * </ul>
 * A line that cannot be read is refused with {@link IllegalArgumentException}; the import names its row.
 */
public final class SheetCells {
    private static final Pattern STEP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+([a-z_]+)(?::\\s?(.*))?");
    private static final Pattern DOCUMENT = Pattern.compile("([a-z_]+)( \\(optional\\))?:\\s?(.+)");
    private static final String OPTIONAL = " (optional)";

    private SheetCells() {
    }

    public static String history(List<ApplicationRecord.Step> steps) {
        List<String> lines = new ArrayList<>();
        for (ApplicationRecord.Step s : steps) {
            String note = oneLine(s.note());
            lines.add(s.on() + " " + s.to().name().toLowerCase(Locale.ROOT) + (note.isEmpty() ? "" : ": " + note));
        }
        return String.join("\n", lines);
    }

    public static List<ApplicationRecord.Step> history(String cell) {
        List<ApplicationRecord.Step> steps = new ArrayList<>();
        for (String line : lines(cell)) {
            Matcher m = STEP.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(line);
            }
            ApplicationStatus to = ApplicationStatus.parse(m.group(2)).orElseThrow(() -> new IllegalArgumentException(line));
            LocalDate on;
            try {
                on = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(line, e);
            }
            String note = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
            steps.add(new ApplicationRecord.Step(on, to, note));
        }
        return steps;
    }

    public static String documents(List<ApplicationRecord.Document> documents) {
        List<String> lines = new ArrayList<>();
        for (ApplicationRecord.Document d : documents) {
            lines.add(d.state().name().toLowerCase(Locale.ROOT) + (d.required() ? "" : OPTIONAL) + ": " + oneLine(d.kind()));
        }
        return String.join("\n", lines);
    }

    public static List<ApplicationRecord.Document> documents(String cell) {
        List<ApplicationRecord.Document> docs = new ArrayList<>();
        for (String line : lines(cell)) {
            Matcher m = DOCUMENT.matcher(line);
            DocumentState state = null;
            if (m.matches()) {
                for (DocumentState s : DocumentState.values()) {
                    if (s.name().equalsIgnoreCase(m.group(1))) {
                        state = s;
                    }
                }
            }
            if (state == null) {
                // a plain list of documents from another file: each to prepare
                docs.add(new ApplicationRecord.Document(line.strip(), DocumentState.TO_PREPARE, true));
            } else {
                docs.add(new ApplicationRecord.Document(m.group(3).strip(), state, m.group(2) == null));
            }
        }
        return docs;
    }

    /** A text on one line: line breaks become spaces. */
    public static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String l : cell.split("\\R")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }
}
