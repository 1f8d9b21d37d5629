package org.tidewatch.rules.watch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.schema.Fields;
import org.tidewatch.rules.watch.batch.BatchMatcher;
import org.tidewatch.rules.watch.batch.BatchPresearcher;
import org.tidewatch.rules.watch.batch.DocumentBatchReader;
import org.tidewatch.rules.watch.batch.RewriteCache;

/**
 * Matches posts against every registered query at once with lucene-monitor: the presearcher indexes the queries'
 * terms, so a post is only run against the few queries that could match it. A query that fails at match time is
 * reported in {@link WatchMatches#errorsByWatchlist()} and the others still match. Posts are matched in multi-document
 * batches of up to 256; a list of several batches is shared between the calling thread and a helper
 * thread. A batch is inverted into memory by {@link DocumentBatchReader} rather than lucene-monitor's own index-writer
 * segment, and candidates run through {@link BatchMatcher} (see {@code org.tidewatch.rules.watch.batch}): the same
 * matches for about half the CPU. Thread-safe.
 */
public final class WatchlistMatcher implements Closeable {
    private static final int BATCH = 256;
    /** Presearcher passes (see the constructor). */
    private static final int PASSES = 2;
    /** Matching threads: one per core, at most two (the machine this runs on has two). */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /**
     * Keywords with few distinct values (language, platform, route …) are a poor choice for the one term a conjunction
     * is indexed under: {@code lang:ar "rare phrase"} must be found through the phrase, or every Arabic post would
     * run it.
     */
    private static final Set<String> FEW_VALUED_KEYWORDS = Set.of(Fields.LANG, Fields.PLATFORM, Fields.SOURCE,
            Fields.CATEGORY, Fields.ROUTE, Fields.FROM_COUNTRY, Fields.TO_COUNTRY, Fields.CURRENCY, Fields.REASON);
    private static final TermWeightor WEIGHTOR = TermWeightor.combine(TermWeightor.DEFAULT, fewValued(0.01));
    /** What the monitor builds its own batch index from: nothing (see {@link BatchPresearcher}). */
    private static final Document[] NO_DOCUMENT = {new Document()};
    private final Monitor monitor;
    private final BatchPresearcher presearcher;
    private final RewriteCache rewrites = new RewriteCache();
    private final Analyzer analyzer;
    private final PostDocumentBuilder documents;
    /** Helpers for the second and later chunks of a batch; daemon threads, so an unclosed matcher never blocks exit. */
    private final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), r -> {
        Thread t = new Thread(r, "watchlist-match");
        t.setDaemon(true);
        return t;
    });
    /** Registered ids: the monitor can only count its queries by scanning them all. */
    private final java.util.Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public WatchlistMatcher(Analyzer analyzer, PostDocumentBuilder documents) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.presearcher = new BatchPresearcher(
                new MultipassTermFilteredPresearcher(PASSES, 0f, WEIGHTOR, List.of(), java.util.Set.of()));
        try {
            // Two passes: a phrase or a conjunction is indexed under two of its terms, and a post must hold both to
            // run it. With one pass, every post holding a phrase's rarest word ran the phrase (bench: 1.4x faster in
            // batches, 3x one post at a time, same matches).
            this.monitor = new Monitor(analyzer, presearcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the watchlist monitor", e);
        }
    }

    /**
     * Weighs down the terms of few-valued keywords: {@code is_offer}, and those values of the shared keyword field
     * whose name is one of {@link #FEW_VALUED_KEYWORDS}; places, urls and evidence hashes in that field stay selective.
     */
    static TermWeightor fewValued(double weight) {
        return term -> {
            if (term.field().equals(Fields.IS_OFFER)) {
                return weight;
            }
            String name = Fields.keywordName(term);
            return name != null && FEW_VALUED_KEYWORDS.contains(name) ? weight : 1;
        };
    }

    /** Registers (or replaces) the query of a watchlist. */
    public void register(String watchlistId, Query query, String queryText) {
        try {
            monitor.register(new MonitorQuery(watchlistId, PointQueries.withoutDocValues(query), queryText, Map.of()));
            ids.add(watchlistId);
            rewrites.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register watchlist " + watchlistId, e);
        }
    }

    /** Registers many queries in one step (much faster than one by one): watchlist id to its parsed query and text. */
    public void registerAll(Map<String, Map.Entry<Query, String>> queries) {
        MonitorQuery[] all = queries.entrySet().stream()
                .map(e -> new MonitorQuery(e.getKey(), PointQueries.withoutDocValues(e.getValue().getKey()),
                        e.getValue().getValue(), Map.of()))
                .toArray(MonitorQuery[]::new);
        try {
            monitor.register(all);
            ids.addAll(queries.keySet());
            rewrites.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register " + all.length + " watchlists", e);
        }
    }

    /** Removes the query of a watchlist. */
    public void remove(String watchlistId) {
        try {
            monitor.deleteById(watchlistId);
            ids.remove(watchlistId);
            rewrites.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove watchlist " + watchlistId, e);
        }
    }

    /** Number of registered queries. */
    public int size() {
        return ids.size();
    }

    /** Matches the posts against every registered query; lists past one batch are split across the matching threads. */
    public WatchMatches match(List<EnrichedPost> posts) {
        Map<String, List<String>> hits = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        if (size() == 0 || posts.isEmpty()) {
            return new WatchMatches(hits, errors);
        }
        // Chunks stay as large as possible: a multi-document batch runs each candidate query once for all its posts,
        // so halving a small batch for a second thread doubles the query runs (measured: slower, see BENCHMARKS.md).
        int per = BATCH;
        List<List<EnrichedPost>> chunks = new ArrayList<>();
        for (int start = 0; start < posts.size(); start += per) {
            chunks.add(posts.subList(start, Math.min(posts.size(), start + per)));
        }
        List<Future<WatchMatches>> pending = new ArrayList<>();
        for (int i = 1; i < chunks.size(); i++) {
            List<EnrichedPost> chunk = chunks.get(i);
            pending.add(pool.submit(() -> matchChunk(chunk)));
        }
        // The caller's thread matches the first chunk itself: one post never waits for a pool thread.
        merge(matchChunk(chunks.get(0)), hits, errors);
        for (Future<WatchMatches> f : pending) {
            merge(await(f), hits, errors);
        }
        return new WatchMatches(hits, errors);
    }

    private WatchMatches matchChunk(List<EnrichedPost> chunk) {
        Document[] docs = new Document[chunk.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = documents.build(chunk.get(i));
        }
        Map<String, List<String>> hits = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        MultiMatchingQueries<QueryMatch> result;
        try {
            // The posts are inverted straight into memory rather than through lucene-monitor's own batch (an index
            // writer that analyses, flushes, merges and re-reads a compressed segment, which each candidate query
            // then decodes): 2.2x more posts per CPU-second at steady state, same matches (BENCHMARKS.md, Rules).
            DocumentBatchReader batch = DocumentBatchReader.of(analyzer, docs);
            IndexSearcher searcher = new IndexSearcher(batch);
            searcher.setQueryCache(null);
            result = presearcher.within(batch,
                    () -> monitor.match(NO_DOCUMENT, ignored -> new BatchMatcher(searcher, rewrites)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match " + docs.length + " posts against the watchlists", e);
        }
        for (int i = 0; i < docs.length; i++) {
            String postId = chunk.get(i).post().id();
            for (QueryMatch m : result.getMatches(i)) {
                hits.computeIfAbsent(m.getQueryId(), k -> new ArrayList<>()).add(postId);
            }
        }
        result.getErrors().forEach((id, e) -> errors.putIfAbsent(id, String.valueOf(e.getMessage())));
        return new WatchMatches(hits, errors);
    }

    private static void merge(WatchMatches part, Map<String, List<String>> hits, Map<String, String> errors) {
        part.postIdsByWatchlist().forEach((id, postIds) -> hits.computeIfAbsent(id, k -> new ArrayList<>()).addAll(postIds));
        part.errorsByWatchlist().forEach(errors::putIfAbsent);
    }

    private static WatchMatches await(Future<WatchMatches> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching posts against the watchlists", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("matching posts against the watchlists failed", e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            pool.shutdownNow();
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the watchlist monitor", e);
        }
    }
}
