package org.tidewatch.index.search;

import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Matches a deterministic pseudo-random sample of about one document in {@code stride}: runs of consecutive docs
 * (about {@value #RUNS_PER_SEGMENT} per segment, at most {@value #MAX_RUN} docs each) with gaps drawn uniformly with a
 * per-segment seed, so the sample neither aliases with a periodic pattern in doc ids nor hangs on a few clusters.
 * As a FILTER next to a broad query it makes the conjunction cost about maxDoc/stride docs read in a few hundred
 * sequential stretches, which is what lets facets of huge result sets be estimated in sublinear time.
 */
final class SampleQuery extends Query {
    /** Runs a segment's sample is cut into (more when runs are capped or single docs): enough that facet estimates do not hang on a few clusters. */
    static final int RUNS_PER_SEGMENT = 64;
    /** Longest run of consecutive sampled docs. */
    static final int MAX_RUN = 128;

    private final int stride;

    SampleQuery(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1: " + stride);
        }
        this.stride = stride;
    }

    int stride() {
        return stride;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                long seed = 0x5DEECE66DL ^ context.docBase;
                ConstantScoreScorer scorer = new ConstantScoreScorer(score(), scoreMode, new Runs(maxDoc, stride, seed));
                return new DefaultScorerSupplier(scorer);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // cheap to recompute, and caching a sample would only pollute the query cache
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "sample(1/" + stride + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((SampleQuery) other).stride == stride;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + stride;
    }

    /**
     * The sampled doc ids of one segment, in order: runs of consecutive docs with random gaps between them. Inside a
     * run the query's postings are read in order from blocks already decoded; a jump to a lone doc would make every
     * clause skip and decode a block for that one doc, which is what made the sample pass cost as much as the page.
     */
    private static final class Runs extends DocIdSetIterator {
        private final int maxDoc;
        private final int stride;
        private final int run;
        private final int maxGap;
        private final SplittableRandom random;
        private int doc = -1;
        /** Last doc of the current run. */
        private int runEnd = -1;

        Runs(int maxDoc, int stride, long seed) {
            this.maxDoc = maxDoc;
            this.stride = stride;
            // about RUNS_PER_SEGMENT runs, so the sample still spreads over the whole segment, of at most MAX_RUN docs
            this.run = (int) Math.max(1, Math.min(MAX_RUN, (long) maxDoc / ((long) stride * RUNS_PER_SEGMENT)));
            // gaps uniform on 0..2·run·(stride−1): a mean gap of run·(stride−1) leaves one doc in stride sampled
            this.maxGap = (int) Math.min(Integer.MAX_VALUE - 1L, 2L * run * (stride - 1));
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            if (doc < runEnd) {
                return ++doc;
            }
            long start = (long) runEnd + 1 + (maxGap == 0 ? 0 : random.nextInt(maxGap + 1));
            if (start >= maxDoc) {
                doc = NO_MORE_DOCS;
                runEnd = NO_MORE_DOCS;
                return doc;
            }
            runEnd = (int) Math.min(maxDoc - 1L, start + run - 1);
            doc = (int) start;
            return doc;
        }

        @Override
        public int advance(int target) {
            // walk the runs so the sample is the same however the iterator is driven
            while (runEnd < target && doc != NO_MORE_DOCS) {
                doc = runEnd;
                nextDoc();
            }
            if (doc != NO_MORE_DOCS && doc < target) {
                doc = target;
            }
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / stride);
        }
    }
}
