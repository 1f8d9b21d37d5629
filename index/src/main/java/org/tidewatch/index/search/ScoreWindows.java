package org.tidewatch.index.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * The windows of docs a {@link WordGroupsScorer} prunes by: per window, each clause's best score, which clauses of
 * each group are essential for the page's minimum there, and whether the window can hold a doc reaching it at all
 * (by the clauses' maxima and by the length-exact {@link NormBound}).
 */
final class ScoreWindows {
    /** Fewest docs per window of maximum scores: recomputing the maxima costs more than a slightly loose bound. */
    private static final int MIN_WINDOW = 128;

    private final Scorer[][] clauses;
    private final DocIdSetIterator[][] iterators;
    private final NormBound normBound;
    private final boolean[][] inBound;
    private final float[][] max;
    private final boolean[][] essential;
    private final double[] groupMax;
    private final int[] order;
    /** Clauses by cost, rarest first, as {@code cost << 20 | group << 10 | clause}: whose blocks the windows follow. */
    private final long[] byCost;
    /** Last doc of each clause's current block, as of the last window. */
    private final int[][] blockEnd;
    /** Last doc (inclusive) of the window the maxima and essential clauses hold for; -1 when they must be recomputed. */
    private int end = -1;
    private boolean computed;

    /**
     * @param normBound a bound exact per document length on the clauses flagged in {@code inBound} (null for none):
     *                  windows it shows cannot reach the page are skipped even when the clauses' own maxima, each
     *                  reached by a different post, add up above it
     */
    ScoreWindows(Scorer[][] clauses, DocIdSetIterator[][] iterators, NormBound normBound, boolean[][] inBound) {
        this.clauses = clauses;
        this.iterators = iterators;
        this.normBound = normBound;
        this.inBound = inBound;
        this.max = new float[clauses.length][];
        this.essential = new boolean[clauses.length][];
        this.groupMax = new double[clauses.length];
        this.blockEnd = new int[clauses.length][];
        int most = 0;
        int clauseCount = 0;
        for (int g = 0; g < clauses.length; g++) {
            max[g] = new float[clauses[g].length];
            essential[g] = new boolean[clauses[g].length];
            Arrays.fill(essential[g], true);
            blockEnd[g] = new int[clauses[g].length];
            most = Math.max(most, clauses[g].length);
            clauseCount += clauses[g].length;
        }
        this.order = new int[most];
        // Windows follow the blocks of the rarest clause that has blocks: they span the most docs, and a dense
        // clause's blocks would make windows so short that recomputing their maxima costs more than the bound saves.
        this.byCost = new long[clauseCount];
        int at = 0;
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                // cost in the high bits, the clause in the low ones: sorting orders clauses by cost
                byCost[at++] = (Math.min(iterators[g][k].cost(), (1L << 40) - 1) << 20) | ((long) g << 10) | k;
            }
        }
        Arrays.sort(byCost);
    }

    /** Whether the maxima and essential clauses of a window are known (else every clause counts as essential). */
    boolean computed() {
        return computed;
    }

    /** Last doc (inclusive) of the current window. */
    int end() {
        return end;
    }

    boolean essential(int g, int k) {
        return essential[g][k];
    }

    /** Clause {@code k} of group {@code g}'s best score in the current window. */
    float max(int g, int k) {
        return max[g][k];
    }

    /** Makes the window end before {@code doc}'s successor, so the next candidate computes a new one. */
    void endAt(int doc) {
        end = doc;
    }

    /**
     * Moves to the window starting at {@code target}: its maxima, the essential clauses of each group, and the first
     * doc at or after {@code target} in a window that can hold a doc scoring {@code minimum}; {@code NO_MORE_DOCS} when
     * none can. Without a minimum (or pruning) one window spans the rest and every clause is essential.
     */
    int moveTo(int target, boolean prune, float minimum) throws IOException {
        if (!prune || minimum <= 0) {
            end = DocIdSetIterator.NO_MORE_DOCS;
            computed = false;
            for (boolean[] ess : essential) {
                Arrays.fill(ess, true);
            }
            return target;
        }
        while (true) {
            int windowEnd = DocIdSetIterator.NO_MORE_DOCS;
            for (int g = 0; g < clauses.length; g++) {
                boolean left = false;
                for (int k = 0; k < clauses[g].length; k++) {
                    blockEnd[g][k] = shallow(g, k, target);
                    left |= iterators[g][k].docID() != DocIdSetIterator.NO_MORE_DOCS;
                }
                if (!left) {
                    return DocIdSetIterator.NO_MORE_DOCS; // a group with no docs left: no more matches
                }
            }
            for (long c : byCost) {
                int b = blockEnd[(int) (c >>> 10) & 0x3FF][(int) c & 0x3FF];
                if (b != DocIdSetIterator.NO_MORE_DOCS) {
                    windowEnd = b; // some clauses (a term whose postings fit one block) have no block boundaries
                    break;
                }
            }
            if (windowEnd == DocIdSetIterator.NO_MORE_DOCS) {
                windowEnd = DocIdSetIterator.NO_MORE_DOCS - 1; // no block boundaries: one window to the end
            } else if (windowEnd - target < MIN_WINDOW) {
                windowEnd = (int) Math.min(DocIdSetIterator.NO_MORE_DOCS - 1L, (long) target + MIN_WINDOW - 1);
            }
            double total = 0;
            for (int g = 0; g < clauses.length; g++) {
                double sum = 0;
                for (int k = 0; k < clauses[g].length; k++) {
                    int at = iterators[g][k].docID();
                    float m = at > windowEnd ? 0f : clauses[g][k].getMaxScore(windowEnd);
                    max[g][k] = m;
                    sum += m;
                }
                groupMax[g] = sum;
                total += sum;
            }
            end = windowEnd;
            computed = true;
            if (Bounds.reaches(total, minimum) && Bounds.reaches(lengthExactMax(target, windowEnd), minimum)) {
                partition(minimum);
                return target;
            }
            if (windowEnd >= DocIdSetIterator.NO_MORE_DOCS - 1) {
                return DocIdSetIterator.NO_MORE_DOCS;
            }
            target = windowEnd + 1; // nothing in this window can enter the page
        }
    }

    /** Marks each group's clauses essential or not for the current window and {@code minimum}. */
    void partition(float minimum) {
        EssentialClauses.mark(max, groupMax, minimum, essential, order);
    }

    /** The most a doc of the window can score, with the bounded clauses taken together per document length. */
    private double lengthExactMax(int from, int windowEnd) throws IOException {
        if (normBound == null) {
            return Double.POSITIVE_INFINITY;
        }
        double bound = normBound.max(from, windowEnd);
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                if (!inBound[g][k]) {
                    bound += max[g][k];
                }
            }
        }
        return bound;
    }

    /**
     * Moves a clause's score bounds to the block holding {@code target} (or its current doc, when past it) and returns
     * the last doc of that block; {@code NO_MORE_DOCS} when the clause has no docs left.
     */
    int shallow(int g, int k, int target) throws IOException {
        int from = Math.max(target, iterators[g][k].docID());
        return from == DocIdSetIterator.NO_MORE_DOCS ? DocIdSetIterator.NO_MORE_DOCS : clauses[g][k].advanceShallow(from);
    }
}
