package org.tidewatch.rules.watch.batch;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Runs each candidate query over the one leaf of a batch by walking its doc-id iterator, and reports the matching
 * documents as lucene-monitor's simple matcher does (one {@link QueryMatch} per query and document). A candidate
 * whose terms are not all in the batch ends as soon as its weight finds no scorer; one that may match is iterated
 * with its exact (two-phase) check, without the bulk scorers, collectors and task executor a full search sets up
 * for every query (most candidates match nothing, so that set-up was most of their cost).
 */
public final class BatchMatcher extends CandidateMatcher<QueryMatch> {
    private final LeafReaderContext leaf;
    private final RewriteCache rewrites;

    /**
     * A matcher over a searcher of a single-leaf reader (a {@link DocumentBatchReader}), taking the rewritten forms of
     * queries from a cache shared by all batches.
     */
    public BatchMatcher(IndexSearcher searcher, RewriteCache rewrites) {
        super(searcher);
        this.rewrites = rewrites;
        if (searcher.getIndexReader().leaves().size() != 1) {
            throw new IllegalArgumentException("a batch matcher needs a single-leaf reader, got "
                    + searcher.getIndexReader().leaves().size() + " leaves");
        }
        this.leaf = searcher.getIndexReader().leaves().get(0);
    }

    @Override
    public void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
        Weight weight = searcher.createWeight(rewrites.rewrite(searcher, matchQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) {
            return;
        }
        Scorer scorer = supplier.get(Long.MAX_VALUE);
        TwoPhaseIterator exact = scorer.twoPhaseIterator();
        DocIdSetIterator docs = exact == null ? scorer.iterator() : TwoPhaseIterator.asDocIdSetIterator(exact);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            addMatch(new QueryMatch(queryId), doc);
        }
    }

    @Override
    public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
        return match1;
    }
}
