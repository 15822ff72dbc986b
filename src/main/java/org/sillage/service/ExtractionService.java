package org.sillage.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sillage.domain.Field;
import org.sillage.domain.PostingFields;
import org.sillage.domain.UserException;
import org.sillage.importing.PostingExtractor;
import org.sillage.importing.PostingReader;
import org.sillage.importing.ReadLimits;
import org.sillage.importing.SourceDocument;
import org.sillage.importing.extract.ExtractionJson;

/** Extraction on files, with no data folder involved: what {@code sillage extract} runs. */
public final class ExtractionService {
    private final PostingExtractor extractor;
    private final PostingReader reader;

    public ExtractionService(PostingExtractor extractor, PostingReader reader) {
        this.extractor = extractor;
        this.reader = reader;
    }

    /** With the rules and reader the app itself uses. */
    public static ExtractionService standalone() {
        return new ExtractionService(AppServices.defaultExtractor(), new PostingReader(ReadLimits.DEFAULT));
    }

    /** One file's outcome: its fields, or why it could not be read. */
    public record FileResult(String file, PostingFields fields, UserException error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Reads the files on as many threads as there are cores (the reader and the rules keep no state
     * between postings), and gives their outcomes in the order of {@code named}, a folder's files in
     * name order where it stands.
     */
    public List<FileResult> extract(List<String> named) {
        // a folder stands for the files under it, as import reads it
        List<String> files = new ArrayList<>();
        for (String name : named) {
            Path p;
            try {
                p = Path.of(name);
            } catch (java.nio.file.InvalidPathException e) {
                files.add(name);
                continue;
            }
            if (java.nio.file.Files.isDirectory(p)) {
                ImportService.expand(List.of(p)).forEach(f -> files.add(f.toString()));
            } else {
                files.add(name);
            }
        }
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return files.stream().map(this::extractOne).toList();
        }
        java.util.concurrent.ExecutorService pool = ReadingThreads.pool("extract", threads);
        try {
            List<java.util.concurrent.Future<FileResult>> pending = new ArrayList<>();
            for (String file : files) {
                pending.add(pool.submit(() -> extractOne(file)));
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (var f : pending) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading postings", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult extractOne(String file) {
        try {
            return new FileResult(file, fieldsOf(reader.read(Path.of(file))), null);
        } catch (UserException e) {
            return new FileResult(file, null, e);
        } catch (java.nio.file.InvalidPathException e) {
            return new FileResult(file, null, new UserException(e, "error.import.not_found", file));
        }
    }

    /**
     * The fields of a file as {@code import} reads it: an e-mail's attached postings are read as postings
     * (their structure included), and the one that states the most stands for the file, its body when it
     * states more than any attachment (a posting pasted into the e-mail with a signature attached).
     */
    private PostingFields fieldsOf(SourceDocument doc) {
        PostingFields best = null;
        int bestCount = -1;
        boolean onlyASubject = !doc.attachments().isEmpty() && doc.text().strip().lines().count() <= 1;
        if (!onlyASubject) {
            best = read(doc);
            bestCount = stated(best);
        }
        for (SourceDocument attachment : doc.attachments()) {
            PostingFields f = read(attachment);
            int n = stated(f);
            if (n >= bestCount) {
                best = f;
                bestCount = n;
            }
        }
        return best == null ? read(doc) : best;
    }

    private PostingFields read(SourceDocument doc) {
        return ImportService.withStructured(extractor.extract(doc.text(), doc.structure()), doc.structured());
    }

    private static int stated(PostingFields f) {
        int n = 0;
        for (Field field : Field.values()) {
            String v = f.format(field);
            if (v != null && !v.isBlank() && !"false".equals(v)) {
                n++;
            }
        }
        return n;
    }

    /** The results that could be read, as the label schema's JSON array (with {@code file} and {@code evidence}). */
    public String toJson(List<FileResult> results) {
        Map<String, PostingFields> ok = new LinkedHashMap<>();
        results.stream().filter(FileResult::ok).forEach(r -> ok.put(r.file(), r.fields()));
        return ExtractionJson.write(ExtractionJson.toJsonArray(ok));
    }
}
