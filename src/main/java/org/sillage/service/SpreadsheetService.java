package org.sillage.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.sillage.domain.ApplicationRecord;
import org.sillage.domain.ApplicationStatus;
import org.sillage.domain.DocumentState;
import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;
import org.sillage.domain.RowProblem;
import org.sillage.domain.UserException;
import org.sillage.export.CsvExport;
import org.sillage.export.JsonExport;
import org.sillage.domain.ColumnMapping;
import org.sillage.importing.sheet.CsvSheet;
import org.sillage.importing.sheet.RowReader;
import org.sillage.store.ChecklistRepository.NewItem;
import org.sillage.store.ExportRepository;
import org.sillage.store.PostingRepository.NewPosting;
import org.sillage.store.Repositories;
import org.sillage.store.Store;

/**
 * Spreadsheets in and out (ADR 0020). Exports read a page of 500 at a time and write it before reading
 * the next, into a file beside the target that takes its name only when complete. An import checks every
 * row first; with one row it cannot read, nothing is imported and each such row is listed with the reason;
 * otherwise the whole file goes in in one transaction (a cancel or a failure leaves nothing of it).
 */
public final class SpreadsheetService {
    static final int PAGE = 500;
    /** The most row problems an import lists (it counts them all). */
    public static final int PROBLEMS_LISTED = 200;

    private final Store store;
    private final Clock clock;
    private final java.util.function.IntSupplier extractorVersion;

    public SpreadsheetService(Store store, Clock clock, java.util.function.IntSupplier extractorVersion) {
        this.store = store;
        this.clock = clock;
        this.extractorVersion = extractorVersion;
    }

    /** How many applications an export to CSV writes; how many postings an export to JSON writes. */
    public int applicationCount() {
        return store.transaction(r -> r.exports().applicationCount());
    }

    /**
     * Writes every application with its posting's fields to {@code file} as CSV; returns how many.
     *
     * @throws CancellationException when {@code cancelled} said so (the file is left as it was)
     * @throws UserException         {@code error.export.write} when the file cannot be written
     */
    public int exportCsv(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        int total = applicationCount();
        ZoneId zone = clock.getZone();
        return writeAtomically(file, out -> {
            int done = 0;
            try (CsvExport csv = new CsvExport(out)) {
                long after = 0;
                while (true) {
                    long from = after;
                    List<ExportRepository.Row> page = store.transaction(r -> r.exports().applicationRows(from, PAGE, zone));
                    if (page.isEmpty()) {
                        break;
                    }
                    for (ExportRepository.Row row : page) {
                        csv.write(row.record());
                    }
                    done += page.size();
                    after = page.get(page.size() - 1).applicationId();
                    progress.progress(done, total, null);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                }
            }
            return done;
        });
    }

    /** Writes everything (postings, their text, applications, timelines, events, checklists) as JSON; returns how many postings. */
    public int exportJson(Path file, ProgressListener progress, BooleanSupplier cancelled) {
        int total = store.transaction(r -> r.exports().postingCount());
        return writeAtomically(file, out -> {
            int done = 0;
            try (JsonExport json = new JsonExport(out, clock.instant())) {
                long after = 0;
                while (true) {
                    long from = after;
                    var page = store.transaction(r -> r.exports().postings(from, PAGE));
                    if (page.isEmpty()) {
                        break;
                    }
                    for (var e : page) {
                        json.write(e.posting(), e.application(), e.history(), e.events(), e.documents());
                    }
                    done += page.size();
                    after = page.get(page.size() - 1).posting().id();
                    progress.progress(done, total, null);
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                }
            }
            return done;
        });
    }

    @FunctionalInterface
    private interface Writing {
        int write(OutputStream out) throws IOException;
    }

    private static int writeAtomically(Path file, Writing writing) {
        Path target = file.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            int n;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = writing.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return n;
        } catch (IOException e) {
            throw new UserException(e, "error.sheet.write", target);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
        }
    }

    /** What the mapping dialog shows first: the columns, a few rows, and the mapping their names suggest. */
    public record Preview(Path file, List<String> headers, List<List<String>> rows, ColumnMapping guessed,
                          char delimiter, String charset) {
    }

    /** Opens a CSV file and reads its header and first {@code rows} rows. */
    public Preview preview(Path file, int rows) {
        CsvSheet sheet = CsvSheet.open(file, (char) 0);
        return new Preview(file, sheet.headers(), sheet.preview(rows), ColumnMapping.guess(sheet.headers()),
                sheet.delimiter(), sheet.charset().name());
    }

    /**
     * What an import did: how many applications it added, how many rows it left out as already there (a
     * posting with the same text), and, when it refused the file, every row it could not read (the first
     * {@link #PROBLEMS_LISTED}) with their count. A refused file added nothing.
     */
    public record ImportResult(int imported, int alreadyThere, List<RowProblem> problems, int problemCount) {
        public boolean refused() {
            return problemCount > 0;
        }
    }

    /** Imports a CSV file with the mapping file {@code mappingFile} (the command line). */
    public ImportResult importCsv(Path file, Path mappingFile, ProgressListener progress, BooleanSupplier cancelled) {
        org.sillage.importing.sheet.MappingFile.FromFile m = org.sillage.importing.sheet.MappingFile.read(mappingFile);
        return importCsv(file, m.mapping(), m.delimiter(), progress, cancelled);
    }

    /**
     * Imports a CSV file: every row is checked first; when one cannot be read, nothing is imported. Then
     * every row goes in in one transaction.
     *
     * @param delimiter 0 to find it from the header line
     * @throws CancellationException when cancelled (nothing is imported)
     */
    public ImportResult importCsv(Path file, ColumnMapping mapping, char delimiter, ProgressListener progress,
                                  BooleanSupplier cancelled) {
        CsvSheet sheet = CsvSheet.open(file, delimiter);
        if (mapping.column(org.sillage.domain.SheetField.TITLE).isEmpty()
                && mapping.column(org.sillage.domain.SheetField.ORGANIZATION).isEmpty()) {
            throw new UserException("error.mapping.no_title");
        }
        RowReader reader = new RowReader(sheet.headers(), mapping);
        List<RowProblem> problems = new ArrayList<>();
        int problemCount = 0;
        int rows = 0;
        try (CsvSheet.Rows all = sheet.rows()) {
            if (all.hasNext()) {
                all.next(); // the header
            }
            while (all.hasNext()) {
                RowReader.Result r = reader.read(all.next());
                rows++;
                if (!r.ok()) {
                    problemCount += r.problems().size();
                    for (RowProblem p : r.problems()) {
                        if (problems.size() < PROBLEMS_LISTED) {
                            problems.add(p);
                        }
                    }
                }
                if (rows % 1000 == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
        }
        if (problemCount > 0) {
            return new ImportResult(0, 0, problems, problemCount);
        }
        int total = rows;
        // a file with a source column keeps it as it is (even empty); another names this file as the source
        String source = mapping.column(org.sillage.domain.SheetField.SOURCE).isPresent() ? null : file.getFileName().toString();
        int[] counts = new int[2];
        store.run(repos -> {
            try (CsvSheet.Rows all = sheet.rows()) {
                if (all.hasNext()) {
                    all.next();
                }
                int done = 0;
                while (all.hasNext()) {
                    ApplicationRecord rec = reader.read(all.next()).record();
                    if (insert(repos, rec, source)) {
                        counts[0]++;
                    } else {
                        counts[1]++;
                    }
                    done++;
                    if (done % 100 == 0) {
                        progress.progress(done, total, null);
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException(); // the transaction is rolled back
                        }
                    }
                }
                progress.progress(done, total, null);
            }
        });
        return new ImportResult(counts[0], counts[1], List.of(), 0);
    }

    /** Adds one row as a posting and its application; false when a posting with the same text is there. */
    private boolean insert(Repositories r, ApplicationRecord rec, String fileName) {
        String text = postingText(rec);
        String sha = ImportService.TextsHash.identity(text);
        if (r.postings().findIdByTextSha256(sha).isPresent()) {
            return false;
        }
        ZoneId zone = clock.getZone();
        PostingFields fields = PostingFields.builder().title(rec.title()).organization(rec.organization())
                .location(rec.location()).contractType(rec.contract()).deadline(rec.deadline())
                .applicationUrl(rec.url()).build();
        long postingId = r.postings().insert(new NewPosting(text, sha, fileName == null ? rec.source() : fileName,
                "csv", null, clock.instant(), fields, extractorVersion.getAsInt()));
        // the spreadsheet's values are what the user said: kept as corrections, never read over by the rules
        Map<String, String> corrections = new LinkedHashMap<>();
        for (Field f : List.of(Field.TITLE, Field.ORGANIZATION, Field.LOCATION, Field.CONTRACT_TYPE, Field.DEADLINE,
                Field.APPLICATION_URL)) {
            String v = fields.format(f);
            if (v != null) {
                corrections.put(f.key(), v);
            }
        }
        r.postings().updateCorrections(postingId, corrections);

        Instant tracked = rec.trackedOn() == null ? clock.instant() : noon(rec.trackedOn(), zone);
        List<ApplicationRecord.Step> steps = new ArrayList<>(rec.history());
        ApplicationStatus status = rec.status() != null ? rec.status()
                : steps.isEmpty() ? ApplicationStatus.SAVED : steps.get(steps.size() - 1).to();
        if (steps.isEmpty()) {
            LocalDate trackedDay = LocalDate.ofInstant(tracked, zone);
            steps.add(new ApplicationRecord.Step(trackedDay, ApplicationStatus.SAVED, null));
            if (status != ApplicationStatus.SAVED) {
                steps.add(new ApplicationRecord.Step(rec.appliedOn() != null ? rec.appliedOn() : trackedDay, status, null));
            }
        } else if (steps.get(steps.size() - 1).to() != status) {
            steps.add(new ApplicationRecord.Step(steps.get(steps.size() - 1).on(), status, null));
        }
        long appId = r.applications().insert(postingId, ApplicationStatus.SAVED, tracked);
        ApplicationStatus from = null;
        LocalDate appliedOn = rec.appliedOn();
        for (ApplicationRecord.Step s : steps) {
            Instant at = s.on() == null ? tracked : noon(s.on(), zone);
            r.applications().insertChange(appId, from, s.to(), at, s.note());
            if (appliedOn == null && rec.appliedOn() == null && s.to() == ApplicationStatus.APPLIED && rec.history().isEmpty()) {
                appliedOn = s.on();
            }
            from = s.to();
        }
        r.applications().updateStatus(appId, status, appliedOn);
        for (ApplicationRecord.Document d : rec.documents()) {
            long item = r.checklists().insertItem(appId, new NewItem(d.kind(), null, null, null, null, d.required()));
            if (d.state() != DocumentState.TO_PREPARE) {
                r.checklists().setState(item, d.state());
            }
        }
        return true;
    }

    /** The text a row's posting is stored with: its values, one a line, then its description. */
    static String postingText(ApplicationRecord rec) {
        List<String> lines = new ArrayList<>();
        for (Object v : new Object[] {rec.title(), rec.organization(), rec.location(),
                rec.contract() == null ? null : rec.contract().code(), rec.deadline(), rec.url()}) {
            if (v != null && !v.toString().isBlank()) {
                lines.add(v.toString());
            }
        }
        if (rec.text() != null && !rec.text().isBlank()) {
            lines.add("");
            lines.add(rec.text().strip());
        }
        return String.join("\n", lines);
    }

    private static Instant noon(LocalDate day, ZoneId zone) {
        return day.atTime(12, 0).atZone(zone).toInstant();
    }
}
