package org.sillage.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.sillage.domain.PostingFields;
import org.sillage.domain.Texts;
import org.sillage.domain.UserException;
import org.sillage.importing.PostingExtractor;
import org.sillage.importing.SampleSeeds;
import org.sillage.importing.SourceDocument;
import org.sillage.importing.TextFileReader;
import org.sillage.store.PostingRepository.NewPosting;
import org.sillage.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings postings in: reads, extracts and stores each one in its own transaction, so that a posting
 * is stored whole or not at all, and a cancelled import keeps what it had finished.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Store store;
    private final PostingExtractor extractor;
    private final TextFileReader reader;
    private final Clock clock;

    public ImportService(Store store, PostingExtractor extractor, TextFileReader reader, Clock clock) {
        this.store = store;
        this.extractor = extractor;
        this.reader = reader;
        this.clock = clock;
    }

    /** Imports files, and the files of folders recursively, in the order given. */
    public ImportReport importPaths(List<Path> paths, ProgressListener progress, BooleanSupplier cancelled) {
        List<Path> files = expand(paths);
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new ImportReport(outcomes, true);
            }
            Path file = files.get(i);
            progress.progress(i, files.size(), file.getFileName() == null ? file.toString() : file.getFileName().toString());
            outcomes.add(importFile(file));
        }
        progress.progress(files.size(), files.size(), null);
        return new ImportReport(outcomes, false);
    }

    private ImportOutcome importFile(Path file) {
        String label = file.toString();
        try {
            return store(label, reader.read(file));
        } catch (UserException e) {
            LOG.info("Import of {} refused: {}", file, e.getMessage());
            return ImportOutcome.failed(label, e);
        } catch (RuntimeException e) {
            LOG.error("Import of {} failed", file, e);
            return ImportOutcome.failed(label, new UserException(e, "error.import.unexpected", label));
        }
    }

    /** Imports text the user pasted. */
    public ImportOutcome importText(String text) {
        try {
            String checked = TextFileReader.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "paste");
            return store("paste", new SourceDocument(checked, "paste", null, null, null));
        } catch (UserException e) {
            return ImportOutcome.failed("paste", e);
        }
    }

    /** Imports the sample postings that ship with Sillage. */
    public ImportReport importSamples(ProgressListener progress, BooleanSupplier cancelled) {
        List<SampleSeeds.Seed> seeds = SampleSeeds.load();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return new ImportReport(outcomes, true);
            }
            SampleSeeds.Seed seed = seeds.get(i);
            progress.progress(i, seeds.size(), seed.name());
            try {
                String text = TextFileReader.decode(seed.bytes(), seed.name());
                outcomes.add(store(seed.name(), new SourceDocument(text, "txt", seed.name(),
                        TextFileReader.sha256(seed.bytes()), seed.bytes())));
            } catch (UserException e) {
                outcomes.add(ImportOutcome.failed(seed.name(), e));
            }
        }
        progress.progress(seeds.size(), seeds.size(), null);
        return new ImportReport(outcomes, false);
    }

    private ImportOutcome store(String label, SourceDocument doc) {
        String identity = TextFileReader.sha256(Texts.normalizeForIdentity(doc.text()));
        PostingFields fields = extractor.extract(doc.text());
        return store.transaction(repos -> {
            var postings = repos.postings();
            var existing = postings.findIdByTextSha256(identity);
            if (existing.isPresent()) {
                String title = postings.find(existing.get()).map(p -> p.effective().title()).orElse(null);
                return ImportOutcome.duplicate(label, existing.get(), title);
            }
            long id = postings.insert(new NewPosting(doc.text(), identity, doc.sourceName(), doc.format(),
                    doc.sourceSha256(), clock.instant(), fields, extractor.version()));
            return ImportOutcome.imported(label, id, fields.title());
        });
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !isHidden(f)).sorted().forEach(files::add);
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    files.add(p);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path f) {
        return f.getFileName() != null && f.getFileName().toString().startsWith(".");
    }
}
