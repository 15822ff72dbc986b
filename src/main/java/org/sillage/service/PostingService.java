package org.sillage.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.sillage.domain.Field;
import org.sillage.domain.Posting;
import org.sillage.domain.PostingFields;
import org.sillage.domain.PostingSummary;
import org.sillage.domain.UserException;
import org.sillage.importing.PostingExtractor;
import org.sillage.store.PostingRepository;
import org.sillage.store.Store;

/** Reading postings, searching them, and correcting what extraction found. */
public final class PostingService {
    private final Store store;
    private final PostingExtractor extractor;
    private final org.sillage.store.FileStore files;
    private final java.time.Clock clock;

    public PostingService(Store store, PostingExtractor extractor, org.sillage.store.FileStore files) {
        this(store, extractor, files, java.time.Clock.systemDefaultZone());
    }

    public PostingService(Store store, PostingExtractor extractor, org.sillage.store.FileStore files, java.time.Clock clock) {
        this.store = store;
        this.extractor = extractor;
        this.files = files;
        this.clock = clock;
    }

    public List<PostingSummary> list() {
        return store.transaction(r -> r.postings().summaries());
    }

    /**
     * A page of the list, newest first: the {@code size} postings after {@code after} (from the start
     * when null). The postings screen shows the first page and asks for the next as the user scrolls.
     */
    public List<PostingSummary> page(PostingSummary after, int size) {
        return store.transaction(r -> r.postings().summariesAfter(after, size));
    }

    /**
     * A page of the list sorted and filtered by {@code filter} (closed: the deadline's day is past, today
     * by the clock): the {@code size} postings after {@code after}, from the start when null. Read by an
     * index in each order, keyset fashion.
     */
    public List<PostingSummary> page(org.sillage.domain.PostingFilter filter, PostingSummary after, int size) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return store.transaction(r -> r.postings().summariesAfter(filter, today, after, size));
    }

    /** How many postings {@code filter} keeps, counted by the database. */
    public int count(org.sillage.domain.PostingFilter filter) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return store.transaction(r -> r.postings().count(filter, today));
    }

    /** One posting's list line, if it exists. */
    public java.util.Optional<PostingSummary> summary(long id) {
        return store.transaction(r -> r.postings().summariesOf(List.of(id))).stream().findFirst();
    }

    /** The list lines of the given postings, in the order given (a page of search hits); deleted ones left out. */
    public List<PostingSummary> summaries(List<Long> ids) {
        return ids.isEmpty() ? List.of() : store.transaction(r -> r.postings().summariesOf(ids));
    }

    public int count() {
        return store.transaction(r -> r.postings().count());
    }

    public Posting get(long id) {
        return store.transaction(r -> r.postings().find(id))
                .orElseThrow(() -> new UserException("error.posting.not_found", id));
    }

    /** The most postings a search returns. */
    public static final int SEARCH_LIMIT = 2000;

    /**
     * The postings that hold every word of {@code query} in their title, organisation or text, best
     * first: accent- and case-insensitive ("education" finds "Éducation"), a word or the start of one
     * ("educ" too). A blank query finds nothing. Served by the full-text index (ADR 0014).
     */
    public List<Long> search(String query) {
        return store.search(query, SEARCH_LIMIT);
    }

    /** Waits until a rebuild of the search index started at opening is over; for the benchmark and tests. */
    public void awaitSearchIndex() {
        try {
            store.awaitSearchIndex();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stores the user's value for a field, apart from the extracted one. A blank value is a correction
     * too (the field is cleared); {@link #resetCorrection} goes back to the extracted value.
     *
     * @throws UserException when the value does not fit the field (a date that is not a date...)
     */
    public Posting correct(long postingId, Field field, String value) {
        return correct(postingId, field, value, java.util.Locale.ROOT);
    }

    /**
     * As {@link #correct(long, Field, String)}, reading dates and times as people type them in
     * {@code locale} (15/12/2026, 2026-12-15, 9h30...); they are stored in ISO form.
     */
    public Posting correct(long postingId, Field field, String typed, java.util.Locale locale) {
        String value = typed;
        if (field.kind() == Field.Kind.DATE) {
            var d = org.sillage.domain.DateTimeInput.date(typed, locale);
            value = d == null ? typed : d.map(Object::toString).orElse("");
        } else if (field.kind() == Field.Kind.TIME) {
            var t = org.sillage.domain.DateTimeInput.time(typed);
            value = t == null ? typed : t.map(Object::toString).orElse("");
        }
        Posting p = get(postingId);
        try {
            p.extracted().with(field, value);
        } catch (RuntimeException e) {
            throw new UserException(e, "error.correction.invalid", value, field.key());
        }
        Map<String, String> corrections = new LinkedHashMap<>(p.corrections());
        corrections.put(field.key(), value == null ? "" : value.strip());
        store.run(r -> r.postings().updateCorrections(postingId, corrections));
        return get(postingId);
    }

    public Posting resetCorrection(long postingId, Field field) {
        Posting p = get(postingId);
        Map<String, String> corrections = new LinkedHashMap<>(p.corrections());
        corrections.remove(field.key());
        store.run(r -> r.postings().updateCorrections(postingId, corrections));
        return get(postingId);
    }

    /**
     * Runs the current extraction rules again over every stored posting, for example after an upgrade.
     * Corrections are kept. Returns how many postings were re-read.
     */
    public int reextractAll(ProgressListener progress, BooleanSupplier cancelled) {
        return reextract(store.transaction(r -> r.postings().allIds()), progress, cancelled);
    }

    /** Reads again only the postings that older rules read: what the window does after an upgrade. */
    public int reextractOutdated(ProgressListener progress, BooleanSupplier cancelled) {
        return reextract(store.transaction(r -> r.postings().idsReadBefore(extractor.version())), progress, cancelled);
    }

    /** How many postings older rules read. */
    public int outdatedCount() {
        return store.transaction(r -> r.postings().countReadBefore(extractor.version()));
    }

    /**
     * Postings re-read in one transaction: one disk sync and one search-index commit per part, not per
     * posting (100,000 postings took about 50 minutes one at a time after an upgrade of the rules), while a
     * part stays short enough (tens of milliseconds) not to hold up a person's own changes.
     */
    static final int REEXTRACT_PART = 100;

    private int reextract(List<Long> ids, ProgressListener progress, BooleanSupplier cancelled) {
        int done = 0;
        // a part's postings are read on as many threads as there are cores (the reader and the rules keep no
        // state between postings), then stored on this one (ADR 0078)
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), REEXTRACT_PART);
        java.util.concurrent.ExecutorService pool = threads <= 1 || ids.size() <= 1 ? null : ReadingThreads.pool("reread", threads);
        try {
            for (int from = 0; from < ids.size(); from += REEXTRACT_PART) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                progress.progress(done, ids.size(), null);
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + REEXTRACT_PART));
                // read outside the write transaction: re-reading a kept PDF takes longer than a commit
                // (one query for the part: its rows and their originals' checksums)
                List<PostingRepository.WithOriginal> stored = store.transaction(r -> r.postings().findWithOriginals(part));
                Map<Long, PostingFields> fresh;
                try {
                    fresh = rereadAll(stored, pool);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // cancelled while the part was being read: it is not stored
                    break;
                }
                store.run(r -> fresh.forEach((id, fields) -> r.postings().updateExtracted(id, fields, extractor.version())));
                done += part.size();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        progress.progress(done, ids.size(), null);
        return done;
    }

    /** The part's postings read again, in its order: on {@code pool}'s threads, or on this one when it is null. */
    private Map<Long, PostingFields> rereadAll(List<PostingRepository.WithOriginal> stored,
                                              java.util.concurrent.ExecutorService pool) throws InterruptedException {
        Map<Long, PostingFields> fresh = new LinkedHashMap<>();
        if (pool == null) {
            for (PostingRepository.WithOriginal s : stored) {
                fresh.put(s.posting().id(), reread(s.posting(), s.originalSha256()));
            }
            return fresh;
        }
        List<java.util.concurrent.Future<PostingFields>> pending = new java.util.ArrayList<>(stored.size());
        for (PostingRepository.WithOriginal s : stored) {
            pending.add(pool.submit(() -> reread(s.posting(), s.originalSha256())));
        }
        try {
            for (int i = 0; i < stored.size(); i++) {
                fresh.put(stored.get(i).posting().id(), pending.get(i).get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            pending.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            throw e;
        }
        return fresh;
    }

    /** Whether two texts hold the same words, whatever whitespace stands between them. */
    static boolean sameWords(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i >= a.length() || j >= b.length()) {
                return i >= a.length() && j >= b.length();
            }
            boolean spaceA = i > 0 && Character.isWhitespace(a.charAt(i - 1));
            boolean spaceB = j > 0 && Character.isWhitespace(b.charAt(j - 1));
            if (a.charAt(i) != b.charAt(j) || spaceA != spaceB) {
                return false;
            }
            i++;
            j++;
        }
    }

    /**
     * What the rules read in a stored posting, through the same path as its import: its kept original is read
     * again, so that the rules see the structure the format gives (headings, bold and large text, link targets,
     * front matter, schema.org fields) and not the text alone. The text alone is read when there is no original
     * (a paste), when it is gone or unreadable, or when it no longer yields the stored text (other reader, other
     * settings): the fields must always point into the text the user sees.
     */
    PostingFields reread(Posting p, String originalSha256) {
        if (originalSha256 != null && files.has(originalSha256)) {
            try (java.io.InputStream in = files.open(originalSha256)) {
                org.sillage.importing.SourceDocument doc = new org.sillage.importing.PostingReader(REREAD_LIMITS)
                        .readBytes(in.readAllBytes(), p.sourceName());
                if (doc.text().equals(p.originalText())) {
                    return ImportService.withStructured(extractor.extract(doc.text(), doc.structure()), doc.structured());
                }
                if (sameWords(doc.text(), p.originalText())) {
                    // a newer reader set its lines otherwise (ADR 0038): the marks are found again in the text the user sees
                    return ImportService.withStructured(extractor.extract(p.originalText(),
                            doc.structure().rebase(doc.text(), p.originalText())), doc.structured());
                }
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Posting {}: its original now reads differently; its text alone is read again", p.id());
                }
            } catch (java.io.IOException | RuntimeException e) {
                LOG.info("Posting {}: its original could not be read again ({}); its text alone is read again", p.id(),
                        e.getMessage());
            }
        }
        return extractor.extract(p.originalText());
    }

    /** The original was accepted when imported: re-reading it is not refused for a limit set since. */
    private static final org.sillage.importing.ReadLimits REREAD_LIMITS = new org.sillage.importing.ReadLimits(
            Long.MAX_VALUE, java.time.Duration.ofSeconds(60), Integer.MAX_VALUE);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PostingService.class);

    /** What deleting a posting takes with it: its application, if tracked (see {@link ApplicationService.Removal}). */
    public java.util.Optional<ApplicationService.Removal> deletionImpact(long postingId) {
        return store.transaction(r -> {
            if (r.postings().find(postingId).isEmpty()) {
                throw new UserException("error.posting.not_found", postingId);
            }
            return r.applications().findIdByPosting(postingId).map(id -> ApplicationService.removal(r, id));
        });
    }

    /**
     * Deletes a posting and, with it, its application (timeline, dates, checklist). Files stay in the
     * library.
     */
    public void delete(long postingId) {
        boolean deleted = store.transaction(r -> {
            // a posting proposed to several job seekers is theirs too: it stays while another tracks it (ADR 0023)
            int others = r.applications().othersOnPosting(postingId);
            if (others > 0) {
                throw new UserException("error.posting.tracked_by_others", postingId, others);
            }
            return r.postings().delete(postingId);
        });
        if (!deleted) {
            throw new UserException("error.posting.not_found", postingId);
        }
    }

    /** Where the file a posting was imported from is kept, to open it with the system viewer. */
    public java.util.Optional<java.nio.file.Path> originalFile(long postingId) {
        Posting p = get(postingId);
        return store.transaction(r -> r.postings().originalSha256(postingId)).filter(files::has).map(sha -> {
            try {
                return files.viewable(sha, p.sourceName());
            } catch (java.io.IOException e) {
                throw new UserException(e, "error.open.copy", p.sourceName());
            }
        });
    }

    /** The posting this one is a newer version of, if any. */
    public java.util.Optional<Long> previousVersion(long postingId) {
        return store.transaction(r -> r.postings().previousVersion(postingId));
    }

    /** The extraction rules' version, to tell stored postings read by older rules. */
    public int extractorVersion() {
        return extractor.version();
    }

    /** Runs extraction over a text without storing anything. */
    public PostingFields extract(String text) {
        return extractor.extract(text);
    }
}
