package org.tidewatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.dedup.DuplicateGroups;
import org.tidewatch.index.dedup.Signature;
import org.tidewatch.index.query.PostQueryParser;
import org.tidewatch.index.schema.Fields;
import org.tidewatch.index.schema.PostDocuments;
import org.tidewatch.index.search.BalancedSearcher;
import org.tidewatch.index.search.PostSearcher;

/**
 * The {@link PostIndex} on a Lucene directory: update by post id, near-real-time search (every search sees
 * the posts upserted more than {@code refreshEvery}, at most a second, ago), commits on a schedule and on
 * close, near-duplicate grouping at upsert.
 * After a crash, the posts upserted since the last commit are missing; {@link #committedThrough()} says
 * from which collection time the evidence store should replay them. Thread-safe.
 */
public final class LucenePostIndex implements PostIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LucenePostIndex.class);
    private static final String COMMITTED_THROUGH = "committed_through";
    private static final String SCHEMA = "schema";
    /**
     * Version of the fields and analysis; an index written by another version is refused until rebuilt. 2: one text
     * field with stems and glossary concepts (1, unmarked: a folded field plus one stemmed field per language). 3: the
     * filter-only keywords in one field {@code kw} as {@code name=value} terms. 4: url, evidence hash, currencies and
     * offer score no longer indexed (stored JSON only).
     */
    static final String SCHEMA_VERSION = "4";
    /** Threads that search slices of the index in parallel (shared by every index of the process; daemon threads). */
    private static final int SEARCH_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Below this many posts per core a query runs as one slice: handing work to another thread would cost more. */
    private static final int MIN_DOCS_PER_SLICE = 50_000;
    private static final java.util.concurrent.ExecutorService SEARCH_POOL = Executors.newFixedThreadPool(
            SEARCH_THREADS, r -> {
                Thread t = new Thread(r, "tidewatch-search");
                t.setDaemon(true);
                return t;
            });

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService scheduler;
    private final LanguageAnalyzers analyzers;
    private final PostDocuments documents;
    private final PostQueryParser parser;
    private final PostSearcher postSearcher;
    private final DuplicateGroups duplicates;
    private final KnownIds knownIds;
    private final Object writeLock = new Object();
    private final long refreshNanos;
    private volatile Instant collectedThrough;
    private volatile boolean closed;
    /** When the oldest write not yet visible to searches was made (0: none). */
    private volatile long unrefreshedSince;
    private volatile long lastSearchNanos = Long.MIN_VALUE / 2;

    private LucenePostIndex(Directory directory, IndexSettings settings) throws IOException {
        this.directory = directory;
        this.analyzers = new LanguageAnalyzers();
        this.documents = new PostDocuments(analyzers, settings);
        this.parser = new PostQueryParser(analyzers, settings);
        this.postSearcher = new PostSearcher(analyzers);
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setUseCompoundFile(false) // flushes skip rewriting every segment into a .cfs; the index is few files anyway
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        String schema = commitData(writer, SCHEMA);
        if (writer.getDocStats().maxDoc > 0 && !SCHEMA_VERSION.equals(schema)) {
            String where = directory instanceof FSDirectory fs ? fs.getDirectory().toString() : directory.toString();
            writer.rollback();
            directory.close();
            throw new IndexSchemaException("the index in " + where + " was built by an older Tidewatch (schema "
                    + (schema == null ? "1" : schema) + ", this version reads " + SCHEMA_VERSION
                    + "): rebuild it from the evidence store with `tidewatch reindex`");
        }
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                // Slices of segments searched on the cores in parallel: a broad query over a million posts is
                // the one an investigator waits for, and the machine is otherwise idle while it runs.
                return new BalancedSearcher(reader, SEARCH_POOL, SEARCH_THREADS, MIN_DOCS_PER_SLICE);
            }
        });
        this.searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
                unrefreshedSince = 0; // writes from now on wait for the next refresh
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
            }
        });
        this.refreshNanos = settings.refreshEvery().toNanos();
        this.duplicates = DuplicateWindow.load(searchers, DuplicateGroups.DEFAULT_WINDOW);
        this.knownIds = loadKnownIds(searchers);
        this.collectedThrough = readCommittedThrough(writer);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidewatch-index-refresh");
            t.setDaemon(true);
            return t;
        });
        long refresh = settings.refreshEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, refresh, refresh, TimeUnit.MILLISECONDS);
        long commit = settings.commitEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::commitQuietly, commit, commit, TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the index in a directory, e.g. {@code <data>/index}. */
    public static LucenePostIndex open(Path dir, IndexSettings settings) {
        try {
            return new LucenePostIndex(FSDirectory.open(dir), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir, e);
        }
    }

    @Override
    public void upsert(List<EnrichedPost> posts) {
        UpsertResult result = upsertAll(posts);
        result.failures().forEach(f -> LOG.warn("post {} not indexed: {}", f.postId(), f.reason()));
    }

    /** Adds or replaces the posts; says which group each joined and which could not be indexed (and why). */
    public UpsertResult upsertAll(List<EnrichedPost> posts) {
        Map<String, String> groups = new HashMap<>();
        List<UpsertResult.Failure> failures = new ArrayList<>();
        int indexed = 0;
        synchronized (writeLock) {
            for (EnrichedPost post : posts) {
                String id = post.post().id();
                try {
                    Signature signature = Signature.of(post.post().text());
                    String group = id;
                    if (signature != null) {
                        group = duplicates.best(signature, id).map(DuplicateGroups.Match::group).orElse(id);
                    }
                    var document = documents.build(post, signature, group);
                    if (knownIds.add(id)) {
                        writer.updateDocument(new Term(Fields.ID, id), document);
                    } else {
                        writer.addDocument(document); // never indexed: nothing to replace
                    }
                    if (unrefreshedSince == 0) {
                        unrefreshedSince = System.nanoTime();
                    }
                    if (signature != null) {
                        duplicates.add(id, signature, group);
                    }
                    groups.put(id, group);
                    indexed++;
                    Instant collected = post.post().collectedAt();
                    if (collectedThrough == null || collected.isAfter(collectedThrough)) {
                        collectedThrough = collected;
                    }
                } catch (IOException | RuntimeException e) {
                    if (writer.getTragicException() != null) {
                        throw new IllegalStateException("the index writer failed: " + writer.getTragicException(), e);
                    }
                    failures.add(new UpsertResult.Failure(id, e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
        }
        return new UpsertResult(indexed, groups, failures);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        var query = parser.parse(request.query());
        return withSearcher(searcher -> postSearcher.search(searcher, request, query));
    }

    /** The parser of the query language, configured like this index (for watchlists). */
    public PostQueryParser queryParser() {
        return parser;
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index", e);
        }
    }

    @Override
    public void delete(List<String> ids) {
        try {
            Term[] terms = ids.stream().map(id -> new Term(Fields.ID, id)).toArray(Term[]::new);
            if (terms.length > 0) {
                writer.deleteDocuments(terms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + ids.size() + " posts from the index", e);
        }
    }

    @Override
    public void commit() {
        try {
            Instant through = collectedThrough;
            if (through != null) {
                writer.setLiveCommitData(Map.of(COMMITTED_THROUGH, through.toString(), SCHEMA, SCHEMA_VERSION).entrySet());
            } else {
                writer.setLiveCommitData(Map.of(SCHEMA, SCHEMA_VERSION).entrySet());
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    /** The latest collection time of the posts in the last commit (null for an empty index): replay evidence after it. */
    public Optional<Instant> committedThrough() {
        return Optional.ofNullable(readCommittedThrough(writer));
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /**
     * Runs a function on the current searcher (released afterwards). The searcher sees every post upserted
     * at least {@code refreshEvery} ago: the background refresh keeps it so while searches come in, and a
     * search after a quiet spell refreshes first (so bulk loads without searches pay no refresh cost).
     */
    public <T> T withSearcher(SearcherFunction<T> function) {
        lastSearchNanos = System.nanoTime();
        long since = unrefreshedSince;
        if (since != 0 && System.nanoTime() - since >= refreshNanos) {
            refresh();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** A function of a searcher that may fail with an I/O error. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopScheduler();
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    /** Stops as if the process died: nothing since the last commit is kept (for crash tests). */
    void crash() throws IOException {
        closed = true;
        stopScheduler();
        searchers.close();
        writer.rollback();
        directory.close();
    }

    /** Lets a running refresh or commit finish: interrupting Lucene I/O would close its files under it. */
    private void stopScheduler() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("index refresh thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static KnownIds loadKnownIds(SearcherManager searchers) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return KnownIds.of(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }

    private void refreshQuietly() {
        if (System.nanoTime() - lastSearchNanos > TimeUnit.MINUTES.toNanos(1)) {
            return; // nobody is searching: the next search refreshes if it needs to
        }
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("index refresh failed", e);
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                commit();
            }
        } catch (RuntimeException e) {
            LOG.warn("scheduled index commit failed", e);
        }
    }

    private static Instant readCommittedThrough(IndexWriter writer) {
        String through = commitData(writer, COMMITTED_THROUGH);
        return through == null ? null : Instant.parse(through);
    }

    private static String commitData(IndexWriter writer, String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
