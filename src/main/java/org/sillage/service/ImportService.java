package org.sillage.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;
import org.sillage.domain.Similarity;
import org.sillage.domain.Texts;
import org.sillage.domain.UserException;
import org.sillage.importing.PostingExtractor;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;
import org.sillage.importing.SampleSeeds;
import org.sillage.importing.SourceDocument;
import org.sillage.store.FileStore;
import org.sillage.store.PostingRepository.NewPosting;
import org.sillage.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings postings in: reads any supported file (format decided by content), extracts its fields, keeps
 * the original file under its checksum, and stores each posting in its own transaction, so that a
 * posting is stored whole or not at all and a cancelled import keeps what it had finished.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** Texts at least this alike, with the same title and organisation, are versions of one posting. */
    static final double VERSION_SIMILARITY = 0.6;
    /** How many of the newest postings with the same title and organisation are compared. */
    static final int VERSION_CANDIDATES = 10;

    private final Store store;
    private final PostingExtractor extractor;
    private final Supplier<ReadLimits> limits;
    private final FileStore files;
    private final Clock clock;

    public ImportService(Store store, PostingExtractor extractor, Supplier<ReadLimits> limits, FileStore files,
                         Clock clock) {
        this.store = store;
        this.extractor = extractor;
        this.limits = limits;
        this.files = files;
        this.clock = clock;
    }

    /** The limits the settings give, for callers that read files themselves. */
    public static ReadLimits limitsOf(SettingsService settings) {
        return new ReadLimits(settings.maxFileMegabytes() * 1024L * 1024L, Duration.ofSeconds(settings.timeoutSeconds()),
                settings.maxTextKilobytes() * 1024);
    }

    /** Imports files, and the files of folders recursively, in the order given. */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress, BooleanSupplier cancelled) {
        return importPaths(paths, progress, cancelled, o -> { });
    }

    /**
     * Imports files and folders, telling {@code onOutcome} of each outcome as soon as it is committed (the
     * command line prints a line per file as it goes).
     */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress, BooleanSupplier cancelled,
                                    java.util.function.Consumer<ImportOutcome> onOutcome) {
        return importPaths(paths, progress, cancelled, onOutcome, true);
    }

    /**
     * As above; unless {@code force}, a file in which nothing of a posting is found (a CV, a note) is not
     * stored but reported as {@code error.import.not_a_posting}, for the user to confirm.
     */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress, BooleanSupplier cancelled,
                                    java.util.function.Consumer<ImportOutcome> onOutcome, boolean force) {
        List<Path> all = expand(paths);
        PostingReader reader = new PostingReader(limits.get());
        List<ImportOutcome> outcomes = new ArrayList<>();
        // files are read (Tika, PDFBox) a few ahead on every core; each is stored in order, in its own
        // transaction, on this thread
        ReadAhead ahead = new ReadAhead(reader, all);
        try {
            for (int i = 0; i < all.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return new ImportReport(outcomes, true);
                }
                Path file = all.get(i);
                progress.progress(i, all.size(), file.getFileName() == null ? file.toString() : file.getFileName().toString());
                List<ImportOutcome> done = importFile(ahead.take(i), file, force);
                done.forEach(onOutcome);
                outcomes.addAll(done);
            }
        } finally {
            ahead.close();
        }
        progress.progress(all.size(), all.size(), null);
        return new ImportReport(outcomes, false);
    }

    /** Reads the files of an import up to a few ahead of the one being stored, on as many threads as cores. */
    private static final class ReadAhead implements AutoCloseable {
        private final PostingReader reader;
        private final List<Path> files;
        private final int window;
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.Map<Integer, java.util.concurrent.Future<java.util.function.Supplier<SourceDocument>>> reading =
                new java.util.HashMap<>();
        private int next;

        ReadAhead(PostingReader reader, List<Path> files) {
            this.reader = reader;
            this.files = files;
            int cores = Runtime.getRuntime().availableProcessors();
            this.window = Math.max(1, 2 * cores);
            this.pool = ReadingThreads.pool("import-read", cores);
        }

        /** File {@code i} read, or what reading it threw (thrown again here, on the caller's thread). */
        java.util.function.Supplier<SourceDocument> take(int i) {
            while (next < files.size() && next < i + window) {
                Path file = files.get(next++);
                reading.put(next - 1, pool.submit(() -> {
                    try {
                        SourceDocument doc = reader.read(file);
                        return () -> doc;
                    } catch (RuntimeException e) {
                        return () -> {
                            throw e;
                        };
                    }
                }));
            }
            try {
                return reading.remove(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + files.get(i), e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                return () -> {
                    throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
                };
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private List<ImportOutcome> importFile(java.util.function.Supplier<SourceDocument> read, Path file, boolean force) {
        String label = file.toString();
        try {
            return storeWithAttachments(label, read.get(), force);
        } catch (UserException e) {
            LOG.info("Import of {} refused: {}", file, e.getMessage());
            return List.of(ImportOutcome.failed(label, e));
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", file, e);
            return List.of(ImportOutcome.failed(label, new UserException(e, "error.import.unexpected", label)));
        }
    }

    /** An e-mail is stored with each attached posting as its own import, linked to it. */
    private List<ImportOutcome> storeWithAttachments(String label, SourceDocument doc, boolean force) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        Long parent = null;
        boolean onlyASubject = !doc.attachments().isEmpty() && doc.text().strip().lines().count() <= 1;
        if (!onlyASubject) {
            ImportOutcome main = store(label, doc, null, force || !doc.attachments().isEmpty());
            outcomes.add(main);
            parent = main.postingId();
        }
        for (SourceDocument attachment : doc.attachments()) {
            String name = label + " › " + attachment.sourceName();
            try {
                outcomes.add(store(name, attachment, parent));
            } catch (UserException e) {
                outcomes.add(ImportOutcome.failed(name, e));
            }
        }
        for (SourceDocument.Skipped skipped : doc.skipped()) {
            outcomes.add(ImportOutcome.failed(label + " › " + skipped.name(), skipped.reason()));
        }
        return outcomes;
    }

    /** Imports what the user pasted: the clipboard's HTML (main content, JSON-LD) when given, else its text. */
    public ImportOutcome importClipboard(String text, String html) {
        return importClipboard(text, html, true);
    }

    /** As above; unless {@code force}, a text in which nothing of a posting is found is not stored (see importPaths). */
    public ImportOutcome importClipboard(String text, String html, boolean force) {
        try {
            return store("paste", new PostingReader(limits.get()).readClipboard(text, html), null, force);
        } catch (UserException e) {
            return ImportOutcome.failed("paste", e);
        }
    }

    /** Imports text the user pasted. */
    public ImportOutcome importText(String text) {
        return importClipboard(text, null);
    }

    /** Imports the sample postings that ship with Sillage. */
    public ImportReport importSamples(ProgressListener progress, BooleanSupplier cancelled) {
        List<SampleSeeds.Seed> seeds = SampleSeeds.load();
        PostingReader reader = new PostingReader(limits.get());
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new ImportReport(outcomes, true);
            }
            SampleSeeds.Seed seed = seeds.get(i);
            progress.progress(i, seeds.size(), seed.name());
            try {
                outcomes.add(store(seed.name(), reader.readBytes(seed.bytes(), seed.name()), null));
            } catch (UserException e) {
                outcomes.add(ImportOutcome.failed(seed.name(), e));
            }
        }
        progress.progress(seeds.size(), seeds.size(), null);
        return new ImportReport(outcomes, false);
    }

    private ImportOutcome store(String label, SourceDocument doc, Long parentId) {
        return store(label, doc, parentId, true);
    }

    private ImportOutcome store(String label, SourceDocument doc, Long parentId, boolean force) {
        String identity = TextsHash.identity(doc.text());
        PostingFields fields = withStructured(extractor.extract(doc.text(), doc.structure()), doc.structured());
        if (!force && !looksLikePosting(fields, doc.text())) {
            throw new UserException("error.import.not_a_posting", label);
        }
        FileStore.Stored original = keepOriginal(doc);
        return store.transaction(repos -> {
            var postings = repos.postings();
            var existing = postings.findIdByTextSha256(identity);
            if (existing.isPresent()) {
                String title = postings.find(existing.get()).map(p -> p.effective().title()).orElse(null);
                return ImportOutcome.duplicate(label, existing.get(), title);
            }
            Long previous = postings.sameTitleAndOrganization(fields.title(), fields.organization()).stream()
                    .limit(VERSION_CANDIDATES)
                    .filter(s -> Similarity.of(s.text(), doc.text()) >= VERSION_SIMILARITY)
                    .map(s -> s.id()).findFirst().orElse(null);
            Long fileId = original == null ? null : repos.checklists().storeFile(original.sha256(),
                    doc.sourceName() == null ? "posting" : doc.sourceName(), original.size(), doc.format(),
                    clock.instant()).id();
            long id = postings.insert(new NewPosting(doc.text(), identity, doc.sourceName(), doc.format(),
                    doc.sourceSha256(), clock.instant(), fields, extractor.version(), fileId, previous, parentId));
            var earlier = EarlierApplications.find(repos, clock, id, fields.title(), fields.organization());
            return (previous == null ? ImportOutcome.imported(label, id, fields.title())
                    : ImportOutcome.newVersion(label, id, fields.title(), previous)).withEarlier(earlier);
        });
    }

    private static final java.util.regex.Pattern POSTING_WORDS = java.util.regex.Pattern.compile(
            "(?iu)\\b(candidat|postul|apply|applica|recrut|recruit|offre|vacature|sollicit|h/f|f/h|m/v|cdd|cdi|job)");

    /**
     * Whether a text reads as a posting: a date (deadline, publication, start), a contract, documents to
     * send, a salary, required experience, a place or subject to apply with, or an e-mail address next to
     * words of recruitment. A title alone is no sign: every text has a first line; nor is an e-mail alone
     * (a CV holds its author's).
     */
    static boolean looksLikePosting(PostingFields f, String text) {
        boolean strong = f.deadline() != null || f.postedDate() != null || f.startDate() != null
                || f.contractType() != null || !f.requiredDocuments().isEmpty() || f.applicationUrl() != null
                || f.applicationSubject() != null || f.salaryText() != null || f.experienceYears() != null
                || f.deadlineOpenUntilFilled();
        return strong || !f.applicationEmails().isEmpty() && POSTING_WORDS.matcher(text).find();
    }

    /** Keeps the file as received, under its checksum; written before the posting row that points to it. */
    private FileStore.Stored keepOriginal(SourceDocument doc) {
        if (doc.original() == null) {
            return null;
        }
        try {
            return files.put(doc.original());
        } catch (IOException e) {
            throw new UserException(e, "error.import.keep_original", doc.sourceName());
        }
    }

    /** What a page states as a schema.org JobPosting takes precedence over what the rules read. */
    /** Fields a page's data gives as values composed from its properties, which its text may word otherwise. */
    private static final java.util.Set<Field> COMPOSED_FIELDS = java.util.EnumSet.of(Field.SALARY_TEXT, Field.REMOTE_TEXT);
    private static final java.util.Set<Field> DEADLINE_FIELDS = java.util.EnumSet.of(Field.DEADLINE, Field.DEADLINE_TIME,
            Field.DEADLINE_ZONE, Field.DEADLINE_OPEN_UNTIL_FILLED);

    static PostingFields withStructured(PostingFields extracted, PostingFields structured) {
        if (structured == null) {
            return extracted;
        }
        PostingFields merged = extracted;
        var evidence = new java.util.LinkedHashMap<>(extracted.evidence());
        // a closing date the page's text states beats the listing's expiry a job board writes (validThrough)
        boolean textDeadline = extracted.deadline() != null && structured.deadline() != null
                && !extracted.deadline().equals(structured.deadline());
        for (Field f : Field.values()) {
            if (textDeadline && DEADLINE_FIELDS.contains(f)) {
                continue;
            }
            if (COMPOSED_FIELDS.contains(f) && extracted.format(f) != null && structured.evidenceFor(f).stream()
                    .allMatch(e -> e.end() <= e.start())) {
                continue; // "3200–3800 EUR / MONTH" made from the page's data: the text's own words are kept ("€ 3.200 – € 3.800 bruto p/m")
            }
            String value = structured.format(f);
            boolean stated = value != null && !(f == Field.DEADLINE_OPEN_UNTIL_FILLED && "false".equals(value));
            if (stated) {
                merged = f == Field.REQUIRED_DOCUMENTS
                        ? merged.toBuilder().requiredDocuments(structured.requiredDocuments()).build()
                        : merged.with(f, value);
                var ev = structured.evidenceFor(f);
                if (!ev.isEmpty()) {
                    evidence.put(f.key(), ev);
                }
            }
        }
        return merged.toBuilder().evidence(evidence).build();
    }

    /** The files named, a folder standing for every file under it that is not hidden, in name order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !isHidden(f)).sorted().forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    found.add(p);
                }
            } else {
                found.add(p);
            }
        }
        return found;
    }

    private static boolean isHidden(Path f) {
        return f.getFileName() != null && f.getFileName().toString().startsWith(".");
    }

    /** The identity of a posting's text: the sha-256 of its normalised form. */
    static final class TextsHash {
        private TextsHash() {
        }

        static String identity(String text) {
            return PostingReader.sha256(Texts.normalizeForIdentity(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
