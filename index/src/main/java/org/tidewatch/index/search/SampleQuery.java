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
 * Matches a deterministic pseudo-random sample of about one document in {@code stride}: gaps between sampled
 * docs are drawn uniformly from 1..2·stride−1 with a per-segment seed, so the sample does not alias with any
 * periodic pattern in doc ids. As a FILTER next to a broad query it makes the conjunction cost about
 * maxDoc/stride, which is what lets facets of huge result sets be estimated in sublinear time.
 */
final class SampleQuery extends Query {
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
                ConstantScoreScorer scorer = new ConstantScoreScorer(score(), scoreMode, new Gaps(maxDoc, stride, seed));
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

    /** The sampled doc ids of one segment, in order. */
    private static final class Gaps extends DocIdSetIterator {
        private final int maxDoc;
        private final int stride;
        private final SplittableRandom random;
        private int doc = -1;

        Gaps(int maxDoc, int stride, long seed) {
            this.maxDoc = maxDoc;
            this.stride = stride;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            long next = (long) doc + (stride == 1 ? 1 : 1 + random.nextInt(2 * stride - 1));
            doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            return doc;
        }

        @Override
        public int advance(int target) throws IOException {
            // walk the gaps so the sample is the same however the iterator is driven
            while (doc < target) {
                nextDoc();
            }
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, maxDoc / stride);
        }
    }
}
