package org.sillage.store;

import static org.sillage.store.SearchFields.APPLICATION;
import static org.sillage.store.SearchFields.GROUP;
import static org.sillage.store.SearchFields.ID;
import static org.sillage.store.SearchFields.KEY;
import static org.sillage.store.SearchFields.KIND;
import static org.sillage.store.SearchFields.SEEKER;
import static org.sillage.store.SearchFields.document;
import static org.sillage.store.SearchFields.nz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sillage.domain.SearchKind;

/**
 * The full-text index of the postings (ADR 0014): title, organisation and text, accent- and
 * case-insensitive (lower case, then ASCII folding: "Éducation" and "education" are one word), ranked.
 * Every word of a query must occur, as a word or the start of one ("educ" finds "Éducation").
 *
 * <p>It follows the database: the {@link Store} tells it which postings a transaction touched once that
 * transaction is over, and it commits with the generation it has caught up to. A generation the
 * database is past (a crash between the two commits, a restore), a missing or unreadable index, or a
 * different number of documents means a rebuild, which {@link Store} runs in the background.
 *
 * <p>Where it lives is decided in one place, {@link #forFolder}: on disk in {@code index/} beside the
 * database, or in memory ({@link #inMemory}) where nothing may be written in clear.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Folder of the on-disk index, inside the data folder. */
    public static final String FOLDER = "index";
    private static final String GENERATION = "generation";
    private static final String INCOMPLETE = "incomplete";
    /**
     * What the documents hold; an index written with another layout is rebuilt (2: kinds, ADR 0020; 3: the
     * job seeker of each document, notes and contacts).
     */
    static final String LAYOUT = "3";
    private static final String LAYOUT_KEY = "layout";

    /** Where an index keeps its files. */
    @FunctionalInterface
    public interface DirectorySupplier {
        Directory open() throws IOException;
    }

    /** What the index holds of one posting. */
    public record Entry(long id, String title, String organization, String text) {
        /** The posting as a document of its group. */
        Doc doc() {
            return new Doc(SearchKind.POSTING, id, id, null, null, nz(title) + "\n" + nz(organization), "", nz(text), "", null);
        }
    }

    /**
     * One document of the index (ADR 0020): its kind and row id, the group it is replaced with, a
     * heading ranked above the body, and the context (the posting's heading for an application or an
     * event) that a query may use but that cannot make a match on its own.
     */
    public record Doc(SearchKind kind, long id, long postingId, Long applicationId, String tag, String heading,
                      String labels, String body, String context, Long seeker) {
        String key() {
            return SearchFields.key(kind, id, applicationId);
        }

        /** Documents are replaced a posting at a time: the posting, its application and its events. */
        String group() {
            return SearchDocuments.postingGroup(postingId);
        }
    }

    /** A document the query found, best first; {@code applicationId} only on a contact. */
    public record Hit(SearchKind kind, long id, Long applicationId, float score) {
        public String key() {
            return SearchFields.key(kind, id, applicationId);
        }
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** Generations handed to transactions whose postings are not yet in a commit of the index. */
    private final TreeSet<Long> inFlight = new TreeSet<>();
    private long highestSeen;
    private volatile boolean rebuilding;
    private final String committedGeneration;
    private final String committedLayout;

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        Map<String, String> data = userData(writer);
        this.committedGeneration = data.get(GENERATION);
        this.committedLayout = data.get(LAYOUT_KEY);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The index of the data folder {@code folder}. This is the one place that decides where the index
     * lives; an encrypted folder would return {@link #inMemory} here.
     */
    public static SearchIndex forFolder(Path folder) {
        return open(() -> FSDirectory.open(folder.resolve(FOLDER)));
    }

    /** An index kept in memory only: rebuilt at every start. */
    public static SearchIndex inMemory() {
        return open(ByteBuffersDirectory::new);
    }

    /** Opens the index in {@code supplier}'s directory; an unreadable one is emptied (and then rebuilt). */
    public static SearchIndex open(DirectorySupplier supplier) {
        Directory dir = null;
        try {
            dir = supplier.open();
            try {
                return new SearchIndex(dir, new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)));
            } catch (IOException | IllegalArgumentException e) {
                // CorruptIndexException, IndexFormatTooOld/NewException, a truncated file...: start again
                LOG.warn("The search index cannot be read; it will be rebuilt", e);
                for (String file : dir.listAll()) {
                    dir.deleteFile(file);
                }
                return new SearchIndex(dir, new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE)));
            }
        } catch (IOException e) {
            closeQuietly(dir);
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new SearchQueries.FoldingAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(16)
                .setCommitOnClose(false);
    }

    private static Map<String, String> userData(IndexWriter writer) {
        Map<String, String> data = new java.util.HashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /**
     * Whether the index reflects the database at {@code generation} with {@code postings} postings; when
     * not, the caller rebuilds it.
     */
    public boolean isCurrent(long generation, int documents) {
        return String.valueOf(generation).equals(committedGeneration) && LAYOUT.equals(committedLayout)
                && writer.getDocStats().numDocs == documents;
    }

    /** Notes that a transaction numbered {@code generation} is changing postings; called before its commit. */
    public void begin(long generation) {
        synchronized (writeLock) {
            inFlight.add(generation);
            highestSeen = Math.max(highestSeen, generation);
        }
    }

    /**
     * After the transaction {@code generation} ended (committed or not): replaces the documents of the
     * postings it touched by what the database now holds ({@code current}; an id missing from it was
     * deleted), then commits.
     */
    public void apply(long generation, Collection<String> touched, Map<String, List<Doc>> current) {
        synchronized (writeLock) {
            try {
                for (String group : touched) {
                    writer.deleteDocuments(new Term(GROUP, group));
                    for (Doc d : current.getOrDefault(group, List.of())) {
                        writer.addDocument(document(d));
                    }
                }
                inFlight.remove(generation);
                commit();
            } catch (IOException e) {
                inFlight.remove(generation);
                LOG.warn("Could not update the search index; it will be rebuilt at the next start", e);
            }
        }
        refresh();
    }

    /** Starts a rebuild: empties the index (its commits say "incomplete" until {@link #endRebuild}). */
    public void beginRebuild(long generation) {
        synchronized (writeLock) {
            rebuilding = true;
            highestSeen = Math.max(highestSeen, generation);
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Adds a page of postings during a rebuild. {@code read} reads them from the database under the
     * index's lock, so that a change committed meanwhile is either in the page or applied after it.
     */
    public int addPage(java.util.function.Supplier<List<Doc>> read) {
        synchronized (writeLock) {
            List<Doc> page = read.get();
            try {
                for (Doc d : page) {
                    writer.updateDocument(new Term(KEY, d.key()), document(d));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return page.size();
        }
    }

    /** Ends a rebuild: commits with the generation reached, or "incomplete" when it was stopped. */
    public void endRebuild(boolean complete) {
        synchronized (writeLock) {
            rebuilding = !complete;
            try {
                commit();
            } catch (IOException e) {
                LOG.warn("Could not commit the rebuilt search index", e);
            }
            rebuilding = false;
        }
        refresh();
    }

    /**
     * Rewrites the segments that hold deleted documents without them, and commits: after an erasure
     * (ADR 0025), so that nothing of what was deleted stays readable in the index's files.
     */
    public void expungeDeletes() {
        synchronized (writeLock) {
            try {
                writer.forceMerge(1);
                writer.deleteUnusedFiles();
                commit();
                writer.deleteUnusedFiles();
            } catch (IOException e) {
                LOG.warn("Could not expunge the search index's deleted documents", e);
            }
        }
        refresh();
    }

    public boolean isRebuilding() {
        return rebuilding;
    }

    private void commit() throws IOException {
        long reached = inFlight.isEmpty() ? highestSeen : inFlight.first() - 1;
        writer.setLiveCommitData(Map.of(GENERATION, rebuilding ? INCOMPLETE : Long.toString(reached),
                LAYOUT_KEY, LAYOUT).entrySet());
        writer.commit();
    }

    private void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            LOG.warn("Could not refresh the search index", e);
        }
    }

    /**
     * The ids of the postings that hold every word of {@code query}, best first, at most {@code limit}.
     * A query without any word finds nothing.
     */
    public List<Long> search(String query, int limit) {
        return find(query, limit, SearchKind.POSTING).stream().map(Hit::id).toList();
    }

    /**
     * The documents of the given kinds (every kind when none is given) that hold every word of
     * {@code query}, best first, at most {@code limit}.
     */
    public List<Hit> find(String query, int limit, SearchKind... kinds) {
        return find(query, limit, null, kinds);
    }

    /**
     * {@link #find(String, int, SearchKind...)} within one job seeker's record: the postings (shared by
     * everyone) and that seeker's applications, events, notes and contacts; every seeker's when
     * {@code seeker} is null. The limit applies after that filter, so another person's many matches never
     * crowd out this person's.
     */
    public List<Hit> find(String query, int limit, Long seeker, SearchKind... kinds) {
        Query q = SearchQueries.parse(query);
        if (q == null) {
            return List.of();
        }
        if (seeker != null) {
            Query mine = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(KIND, SearchKind.POSTING.name())), Occur.SHOULD)
                    .add(new TermQuery(new Term(SEEKER, seeker.toString())), Occur.SHOULD).build();
            q = new BooleanQuery.Builder().add(q, Occur.MUST).add(mine, Occur.FILTER).build();
        }
        if (kinds.length > 0) {
            BooleanQuery.Builder only = new BooleanQuery.Builder();
            for (SearchKind k : kinds) {
                only.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD);
            }
            q = new BooleanQuery.Builder().add(q, Occur.MUST).add(only.build(), Occur.FILTER).build();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(q, Math.max(1, limit)).scoreDocs) {
                    Document d = stored.document(hit.doc, java.util.Set.of(ID, KIND, APPLICATION));
                    var app = d.getField(APPLICATION);
                    hits.add(new Hit(SearchKind.valueOf(d.get(KIND)), d.getField(ID).numericValue().longValue(),
                            app == null ? null : app.numericValue().longValue(), hit.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents the index holds (in its latest refreshed state). */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                searchers.close();
                if (writer.hasUncommittedChanges() && !rebuilding) {
                    commit();
                }
                writer.close();
            } catch (IOException e) {
                LOG.warn("Could not close the search index", e);
                try {
                    writer.rollback();
                } catch (IOException ignored) {
                    // closing anyway
                }
            } finally {
                closeQuietly(directory);
            }
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
