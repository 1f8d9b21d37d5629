package org.tidewatch.index.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that cuts the index into {@code threads} slices of equal size, splitting segments where needed, so every
 * core gets the same share of a query. Lucene's default keeps a segment whole: after a bulk load one merged segment
 * holds most posts, and the core that gets it does nearly all the work while the other idles. Indexes below
 * {@code minDocsPerSlice} posts per slice are searched as one slice (thread hand-offs would cost more than they save).
 */
public final class BalancedSearcher extends IndexSearcher {
    private final int threads;
    private final int minDocsPerSlice;

    /**
     * @param threads         how many slices to cut (the executor's threads)
     * @param minDocsPerSlice the fewest docs worth a slice of their own
     */
    public BalancedSearcher(IndexReader reader, Executor executor, int threads, int minDocsPerSlice) {
        super(reader, executor);
        if (threads < 1 || minDocsPerSlice < 1) {
            throw new IllegalArgumentException("threads and minDocsPerSlice must be positive: " + threads + ", " + minDocsPerSlice);
        }
        this.threads = threads;
        this.minDocsPerSlice = minDocsPerSlice;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return balanced(leaves, threads, minDocsPerSlice);
    }

    /**
     * The leaves in doc-id order cut into at most {@code n} runs of about equal doc counts, none smaller than
     * {@code minDocsPerSlice} unless the whole index is; a run holds at most one piece of each segment.
     */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves, int n, int minDocsPerSlice) {
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            total += leaf.reader().maxDoc();
        }
        int slices = (int) Math.max(1, Math.min(n, total / minDocsPerSlice));
        List<LeafSlice> out = new ArrayList<>(slices);
        List<LeafReaderContextPartition> current = new ArrayList<>();
        long perSlice = (total + slices - 1) / slices;
        long room = slices == 1 ? Long.MAX_VALUE : perSlice; // the last slice takes what is left
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            int from = 0;
            while (from < maxDoc) {
                int to = from + (int) Math.min(maxDoc - from, room);
                current.add(from == 0 && to == maxDoc ? LeafReaderContextPartition.createForEntireSegment(leaf)
                        : LeafReaderContextPartition.createFromAndTo(leaf, from, to));
                room -= to - from;
                from = to;
                if (room == 0) {
                    out.add(new LeafSlice(current));
                    current = new ArrayList<>();
                    room = out.size() == slices - 1 ? Long.MAX_VALUE : perSlice;
                }
            }
        }
        if (!current.isEmpty() || out.isEmpty()) {
            out.add(new LeafSlice(current));
        }
        return out.toArray(LeafSlice[]::new);
    }
}
