package org.sillage.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The data of one folder: its database, seen through repositories. Every read or write goes through
 * {@link #transaction}, so that a piece of work is stored whole or not at all.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    /** The job seeker every transaction is scoped to (ADR 0022): the default one until another is chosen. */
    private volatile long candidateId;
    private final Path folder;
    /** The search index, opened on its own thread: Lucene's first use costs about 0.4 s of a start. */
    private final java.util.concurrent.CompletableFuture<SearchIndex> indexOpening = new java.util.concurrent.CompletableFuture<>();
    private final Thread opener;
    private volatile boolean closing;
    private volatile Thread rebuild;

    /**
     * @param protectedData the folder is encrypted (ADR 0016): its search index, which holds the words of
     *                      every posting, is kept in memory and rebuilt at each start, never on the disk
     */
    private Store(Database database, Path folder, boolean protectedData) {
        this.database = database;
        this.folder = folder;
        this.candidateId = database.transaction(Repositories::defaultCandidate);
        fillDeadlineZonesOnce();
        fillContractTypesOnce();
        fillOrganizationKeysOnce();
        this.opener = new Thread(() -> {
            SearchIndex opened;
            try {
                opened = protectedData ? SearchIndex.inMemory() : SearchIndex.forFolder(folder);
            } catch (RuntimeException | Error e) {
                indexOpening.completeExceptionally(e);
                return;
            }
            try {
                rebuildIndexIfStale(opened);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Store.class).warn("Could not check the search index", e);
            } finally {
                indexOpening.complete(opened);
            }
        }, "search-index-open");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * Scopes every later transaction to the job seeker {@code id} (ADR 0022): applications, the agenda,
     * the board, the table and the dashboard are theirs; postings are shared by all.
     */
    public void useCandidate(long id) {
        boolean exists = database.transaction(dsl -> dsl.fetchExists(org.sillage.store.jooq.Tables.CANDIDATE,
                org.sillage.store.jooq.Tables.CANDIDATE.ID.eq(id)));
        if (!exists) {
            throw new org.sillage.domain.UserException("error.seeker.not_found", id);
        }
        candidateId = id;
    }

    /** The job seeker transactions are scoped to now. */
    public long currentCandidate() {
        return candidateId;
    }

    /** The search index, once open (searches and the first change to a posting wait for it). */
    private SearchIndex index() {
        try {
            return indexOpening.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Marks that the postings stored before schema 5 have their deadline's time and zone listed. */
    private static final String DEADLINE_ZONES_FILLED = "store.deadline_zones_filled";

    /**
     * Once per data folder: lists the deadline's time and zone of postings stored before schema 5 (ADR
     * 0015); a marker setting keeps later starts from looking again.
     */
    private void fillDeadlineZonesOnce() {
        database.transaction(dsl -> {
            var settings = new SettingRepository(dsl);
            if (settings.get(DEADLINE_ZONES_FILLED).isEmpty()) {
                int filled = ListedColumns.fillDeadlineZones(dsl);
                settings.put(DEADLINE_ZONES_FILLED, "true");
                org.slf4j.LoggerFactory.getLogger(Store.class).info("Listed the deadline zone of {} postings", filled);
            }
            return null;
        });
    }

    /** Marks that the postings stored before schema 7 have their contract type listed. */
    private static final String CONTRACT_TYPES_FILLED = "store.contract_types_filled";

    /** Once per data folder: lists the contract type of postings stored before schema 7 (ADR 0018). */
    private void fillContractTypesOnce() {
        database.transaction(dsl -> {
            var settings = new SettingRepository(dsl);
            if (settings.get(CONTRACT_TYPES_FILLED).isEmpty()) {
                int filled = ListedColumns.fillContractTypes(dsl);
                settings.put(CONTRACT_TYPES_FILLED, "true");
                org.slf4j.LoggerFactory.getLogger(Store.class).info("Listed the contract type of {} postings", filled);
            }
            return null;
        });
    }

    /** Marks that the postings stored before schema 8 have their folded organisation listed. */
    private static final String ORGANIZATION_KEYS_FILLED = "store.organization_keys_filled";

    /**
     * Once per data folder: lists the folded organisation of postings stored before schema 8 (ADR 0019), a
     * transaction per 1,000 postings; the marker is set at the end, so an interrupted fill starts again.
     */
    private void fillOrganizationKeysOnce() {
        if (database.transaction(dsl -> new SettingRepository(dsl).get(ORGANIZATION_KEYS_FILLED).isPresent())) {
            return;
        }
        long last = 0;
        int pages = 0;
        while (last >= 0) {
            long after = last;
            last = database.transaction(dsl -> ListedColumns.fillOrganizationKeys(dsl, after, 1000));
            pages++;
        }
        database.transaction(dsl -> {
            new SettingRepository(dsl).put(ORGANIZATION_KEYS_FILLED, "true");
            return null;
        });
        org.slf4j.LoggerFactory.getLogger(Store.class).info("Listed the organisation key of postings ({} pages)", pages - 1);
    }

    private static Store open(Database database, Path folder, boolean protectedData) {
        try {
            return new Store(database, folder, protectedData);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens and migrates the database in {@code folder}. */
    public static Store open(Path folder) {
        return open(Database.open(folder), folder, false);
    }

    /** Opens a folder whose data is protected with {@code keys} (null: not protected). */
    public static Store open(Path folder, Protection.Keys keys) {
        return open(Database.open(folder, keys), folder, keys != null);
    }

    /**
     * Runs {@code work} in one transaction. A write the disk refuses (full, read-only, gone) becomes
     * {@code error.database.write}; nothing of the transaction is kept.
     */
    public <T> T transaction(Function<Repositories, T> work) {
        PostingChanges changes = new PostingChanges(this::index);
        try {
            long seeker = candidateId;
            return database.transaction(dsl -> work.apply(new Repositories(dsl, seeker, changes)));
        } catch (org.jooq.exception.DataAccessException e) {
            if (Database.isStorageFailure(e)) {
                throw new org.sillage.domain.UserException(e, "error.database.write", folder);
            }
            throw e;
        } finally {
            if (!changes.isEmpty()) {
                followInIndex(changes);
            }
        }
    }

    /**
     * After a transaction that touched postings, committed or not: the index takes what the database now
     * holds of them and commits. A failure here leaves the index behind the database, which the next
     * start notices and repairs.
     */
    private void followInIndex(PostingChanges changes) {
        try {
            var current = database.transaction(dsl -> SearchDocuments.forGroups(dsl, changes.touched()));
            index().apply(changes.generation(), changes.touched(), current);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Store.class).warn("The search index could not follow a change", e);
        }
    }

    /**
     * The ids of the postings that hold every word of {@code query} (accents and case ignored, a word or
     * the start of one), best first, at most {@code limit}.
     */
    public java.util.List<Long> search(String query, int limit) {
        return index().search(query, limit);
    }

    /**
     * The postings, applications, events, notes and contacts that hold every word of {@code query}, best
     * first, at most {@code limit}, with what the database holds of each (a deleted one is left out); ADR
     * 0020. Within the current job seeker's record, or every job seeker's when {@code everyone}.
     */
    public java.util.List<SearchIndex.Doc> searchAll(String query, int limit, boolean everyone) {
        Long seeker = everyone ? null : candidateId;
        java.util.List<SearchIndex.Hit> hits = index().find(query, limit, seeker);
        if (hits.isEmpty()) {
            return java.util.List.of();
        }
        java.util.Map<org.sillage.domain.SearchKind, java.util.List<Long>> ids = new java.util.EnumMap<>(org.sillage.domain.SearchKind.class);
        hits.forEach(h -> ids.computeIfAbsent(h.kind(), k -> new java.util.ArrayList<>()).add(h.id()));
        var docs = database.transaction(dsl -> SearchDocuments.of(dsl, ids, seeker));
        return hits.stream().map(h -> docs.get(h.key())).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether the search index is being rebuilt (results may be incomplete until it is done). */
    public boolean searchIndexRebuilding() {
        return !indexOpening.isDone() || index().isRebuilding();
    }

    /** Waits for a rebuild of the search index started at opening; for tests and the benchmark. */
    public void awaitSearchIndex() throws InterruptedException {
        opener.join();
        Thread t = rebuild;
        if (t != null) {
            t.join();
        }
    }

    /**
     * At opening: when the index is missing, unreadable, behind the database or holds another number of
     * postings, it is rebuilt on a background thread, a page of postings at a time; searches meanwhile
     * see what is already there.
     */
    private void rebuildIndexIfStale(SearchIndex index) {
        long generation = database.transaction(dsl -> ((Number) dsl.fetchValue(
                "select base_value - increment from information_schema.sequences where sequence_name = 'SEARCH_GENERATION'"))
                .longValue());
        int documents = database.transaction(SearchDocuments::count);
        if (index.isCurrent(generation, documents)) {
            return;
        }
        org.slf4j.LoggerFactory.getLogger(Store.class).info("Rebuilding the search index ({} documents)", documents);
        index.beginRebuild(generation);
        rebuild = new Thread(() -> {
            long last = 0;
            boolean complete = false;
            try {
                while (!closing) {
                    long after = last;
                    SearchDocuments.Page[] page = new SearchDocuments.Page[1];
                    index.addPage(() -> {
                        page[0] = database.transaction(dsl -> SearchDocuments.page(dsl, after, 200));
                        return page[0].docs();
                    });
                    if (page[0].empty()) {
                        complete = true;
                        break;
                    }
                    last = page[0].lastPostingId();
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Store.class).warn("Rebuilding the search index failed", e);
            } finally {
                index.endRebuild(complete);
            }
        }, "search-index-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    /**
     * After an erasure (ADR 0025): the search index drops what it still holds of deleted documents, and the
     * database file is rewritten when it closes ({@code SHUTDOWN COMPACT}), so that no old page keeps them.
     */
    public void forgetDeleted() {
        index().expungeDeletes();
        database.compactOnClose();
    }

    /** Writes a consistent copy of the database to {@code target} (a zip), under a temporary name first. */
    public void backupTo(Path target) {
        DiskSpace.require(folder, java.nio.file.Files.exists(folder.resolve(Backups.DB_FILE))
                ? sizeOf(folder.resolve(Backups.DB_FILE)) : 0);
        Backups.write(database, target);
    }

    private static long sizeOf(Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    public Path folder() {
        return folder;
    }

    public void run(Consumer<Repositories> work) {
        transaction(r -> {
            work.accept(r);
            return null;
        });
    }

    /** Opens with extra Flyway locations; for tests of future migrations. */
    static Store open(Path folder, String... migrationLocations) {
        return open(Database.open(folder, null, migrationLocations), folder, false);
    }

    @Override
    public void close() {
        closing = true;
        try {
            awaitSearchIndex();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (indexOpening.isDone() && !indexOpening.isCompletedExceptionally()) {
                indexOpening.join().close();
            }
        } finally {
            database.close();
        }
    }
}
