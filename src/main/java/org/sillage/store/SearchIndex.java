package org.sillage.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String ALL = "all";
    private static final String GENERATION = "generation";
    private static final String INCOMPLETE = "incomplete";

    /** Where an index keeps its files. */
    @FunctionalInterface
    public interface DirectorySupplier {
        Directory open() throws IOException;
    }

    /** What the index holds of one posting. */
    public record Entry(long id, String title, String organization, String text) {
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

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        Map<String, String> data = userData(writer);
        this.committedGeneration = data.get(GENERATION);
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
        return new IndexWriterConfig(new FoldingAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(16)
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
    public boolean isCurrent(long generation, int postings) {
        return String.valueOf(generation).equals(committedGeneration) && writer.getDocStats().numDocs == postings;
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
    public void apply(long generation, Collection<Long> touched, Map<Long, Entry> current) {
        synchronized (writeLock) {
            try {
                for (long id : touched) {
                    Entry e = current.get(id);
                    if (e == null) {
                        writer.deleteDocuments(new Term(ID, Long.toString(id)));
                    } else {
                        writer.updateDocument(new Term(ID, Long.toString(id)), document(e));
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
    public int addPage(java.util.function.Supplier<List<Entry>> read) {
        synchronized (writeLock) {
            List<Entry> page = read.get();
            try {
                for (Entry e : page) {
                    writer.updateDocument(new Term(ID, Long.toString(e.id())), document(e));
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

    public boolean isRebuilding() {
        return rebuilding;
    }

    private void commit() throws IOException {
        long reached = inFlight.isEmpty() ? highestSeen : inFlight.first() - 1;
        writer.setLiveCommitData(Map.of(GENERATION, rebuilding ? INCOMPLETE : Long.toString(reached)).entrySet());
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
        Query q = parse(query);
        if (q == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(q, Math.max(1, limit)).scoreDocs) {
                    ids.add(stored.document(hit.doc).getField(ID).numericValue().longValue());
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many postings the index holds (in its latest refreshed state). */
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

    /** Every word of the query, each as itself (ranked higher, in the title higher still) or as a prefix. */
    static Query parse(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder one = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, w)), 3f), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(ALL, w)), 2f), Occur.SHOULD);
            if (w.length() >= 2) {
                one.add(new BoostQuery(new PrefixQuery(new Term(TITLE, w)), 2f), Occur.SHOULD);
                one.add(new PrefixQuery(new Term(ALL, w)), Occur.SHOULD);
            }
            all.add(one.build(), Occur.MUST);
        }
        return all.build();
    }

    /** The words of a text as the index sees them: lower case, without accents. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (Analyzer analyzer = new FoldingAnalyzer(); TokenStream ts = analyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Document document(Entry e) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(e.id()), org.apache.lucene.document.Field.Store.NO));
        d.add(new StoredField(ID, e.id()));
        String heading = nz(e.title()) + "\n" + nz(e.organization());
        d.add(new TextField(TITLE, heading, org.apache.lucene.document.Field.Store.NO));
        d.add(new TextField(ALL, heading + "\n" + nz(e.text()), org.apache.lucene.document.Field.Store.NO));
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Words split as Unicode says, lower-cased, without French elisions ("l'éducation" is "éducation"),
     * accents and ligatures folded to ASCII.
     */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new ElisionFilter(new LowerCaseFilter(source),
                    FrenchAnalyzer.DEFAULT_ARTICLES));
            return new TokenStreamComponents(source, result);
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
