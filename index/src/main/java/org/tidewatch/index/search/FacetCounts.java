package org.tidewatch.index.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.tidewatch.index.schema.Fields;

/**
 * Counts the standard facets of a query: exactly while it has at most {@code exactLimit} hits; beyond that
 * from a pseudo-random sample of the index (see {@link SampleQuery}) scaled up, marked approximate. Counting
 * every hit of a word that matches a third of a million-post index is what made broad queries slow.
 *
 * @param facets      facet name to value to count (estimated when {@code approximate})
 * @param hits        the exact number of hits when not approximate, else an estimate from the sample (never below
 *                    the {@code exactLimit} hits already counted)
 * @param approximate whether the counts are estimates
 */
record FacetCounts(Map<String, Map<String, Long>> facets, long hits, boolean approximate) {
    /** Hits counted exactly before switching to a sample; a sample aims at about half as many hits. */
    static final int EXACT_LIMIT = 2_000;

    /** The facets of {@code query}, exact up to {@code exactLimit} hits. */
    static FacetCounts count(IndexSearcher searcher, Query query, int exactLimit) throws IOException {
        FacetCollectorManager exact = new FacetCollectorManager(Fields.FACETS, exactLimit);
        return finish(searcher, query, exact, searcher.search(query, exact), exactLimit);
    }

    /**
     * The facets of {@code query} from a pass that already ran {@code exact} (a manager with a budget of
     * {@code exactLimit} hits, e.g. next to the page collector): those counts when it did not overflow, else a sample's.
     */
    static FacetCounts finish(IndexSearcher searcher, Query query, FacetCollectorManager exact,
                              Map<String, Map<String, Long>> counted, int exactLimit) throws IOException {
        if (!exact.overflowed()) {
            return new FacetCounts(counted, exact.hits(), false);
        }
        // The hit density seen so far sizes the sample; the sample itself then estimates the counts.
        long maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        double density = (double) exact.hits() / Math.max(1, exact.scanned());
        double expectedHits = Math.max(exactLimit, density * maxDoc);
        int stride = (int) Math.max(2, Math.ceil(expectedHits / Math.max(1, exactLimit / 2)));
        Query sampled = new BooleanQuery.Builder()
                .add(query, Occur.FILTER)
                .add(new SampleQuery(stride), Occur.FILTER)
                .build();
        FacetCollectorManager sampleCounter = new FacetCollectorManager(Fields.FACETS);
        Map<String, Map<String, Long>> sample = searcher.search(sampled, sampleCounter);
        long estimate = Math.max(exact.hits() + 1, sampleCounter.hits() * stride);
        return new FacetCounts(scaled(sample, stride), estimate, true);
    }

    private static Map<String, Map<String, Long>> scaled(Map<String, Map<String, Long>> sample, int factor) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        sample.forEach((facet, counts) -> {
            Map<String, Long> m = new LinkedHashMap<>();
            counts.forEach((value, n) -> m.put(value, n * factor));
            out.put(facet, m);
        });
        return out;
    }
}
