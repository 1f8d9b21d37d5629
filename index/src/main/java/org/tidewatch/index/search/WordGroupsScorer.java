package org.tidewatch.index.search;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;

/**
 * Scores {@link WordGroupsQuery}: the docs matching a clause of every group, by the sum of the clauses they match.
 *
 * <p>For a top-hits page it prunes inside the groups (max-score, per window of docs): once the page is full, a group
 * must contribute at least the page's lowest score minus the best the other groups can give in the window; the
 * group's clauses whose best scores together stay below that are non-essential there, so only docs holding one of
 * its essential clauses are candidates, found by leapfrogging the groups' essential clauses. Non-essential clauses
 * are still added into the score of a candidate, so every score is the full sum.
 */
final class WordGroupsScorer extends Scorer {
    /** Fewest docs per window of maximum scores: recomputing the maxima costs more than a slightly loose bound. */
    private static final int MIN_WINDOW = 128;

    private final Scorer[][] clauses;
    private final DocIdSetIterator[][] iterators;
    private final boolean prune;
    private final long cost;
    private final NormBound normBound;
    private final boolean[][] inBound;
    private final float[][] windowMax;
    private final boolean[][] essential;
    private final double[] groupMax;
    private final int[] order;
    /** Clauses by cost, rarest first, as {@code cost << 20 | group << 10 | clause}: whose blocks the windows follow. */
    private final long[] windowOrder;
    /** Last doc of each clause's current block, as of the last window. */
    private final int[][] blockEnd;
    /** Scores of clauses already computed for the candidate doc, and which doc each is for. */
    private final float[][] scores;
    private final int[][] scoredDoc;
    private float minCompetitive;
    private int doc = -1;
    /** Last doc (inclusive) of the window the maxima and essential clauses hold for; -1 when they must be recomputed. */
    private int windowEnd = -1;
    private boolean windowComputed;

    /**
     * @param normBound a bound exact per document length on the clauses flagged in {@code inBound} (null for none):
     *                  windows it shows cannot reach the page are skipped even when the clauses' own maxima, each
     *                  reached by a different post, add up above it
     */
    WordGroupsScorer(Scorer[][] clauses, boolean prune, long cost, NormBound normBound, boolean[][] inBound) {
        this.clauses = clauses;
        this.prune = prune;
        this.cost = cost;
        this.normBound = normBound;
        this.inBound = inBound;
        this.iterators = new DocIdSetIterator[clauses.length][];
        this.windowMax = new float[clauses.length][];
        this.essential = new boolean[clauses.length][];
        this.groupMax = new double[clauses.length];
        int most = 0;
        for (int g = 0; g < clauses.length; g++) {
            iterators[g] = new DocIdSetIterator[clauses[g].length];
            for (int k = 0; k < clauses[g].length; k++) {
                iterators[g][k] = clauses[g][k].iterator();
            }
            windowMax[g] = new float[clauses[g].length];
            essential[g] = new boolean[clauses[g].length];
            java.util.Arrays.fill(essential[g], true);
            most = Math.max(most, clauses[g].length);
        }
        this.order = new int[most];
        // Windows follow the blocks of the rarest clause that has blocks: they span the most docs, and a dense
        // clause's blocks would make windows so short that recomputing their maxima costs more than the bound saves.
        int clauseCount = 0;
        for (Scorer[] group : clauses) {
            clauseCount += group.length;
        }
        long[] byCost = new long[clauseCount];
        int at = 0;
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                // cost in the high bits, the clause in the low ones: sorting orders clauses by cost
                byCost[at++] = (Math.min(iterators[g][k].cost(), (1L << 40) - 1) << 20) | ((long) g << 10) | k;
            }
        }
        java.util.Arrays.sort(byCost);
        this.windowOrder = byCost;
        this.blockEnd = new int[clauses.length][];
        for (int g = 0; g < clauses.length; g++) {
            blockEnd[g] = new int[clauses[g].length];
        }
        this.scores = new float[clauses.length][];
        this.scoredDoc = new int[clauses.length][];
        for (int g = 0; g < clauses.length; g++) {
            scores[g] = new float[clauses[g].length];
            scoredDoc[g] = new int[clauses[g].length];
            java.util.Arrays.fill(scoredDoc[g], -1);
        }
    }

    @Override
    public int docID() {
        return doc;
    }

    @Override
    public DocIdSetIterator iterator() {
        return new DocIdSetIterator() {
            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() throws IOException {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) throws IOException {
                return doc = next(target);
            }

            @Override
            public long cost() {
                return cost;
            }
        };
    }

    /** The first candidate at or after {@code target}: a doc holding an essential clause of every group. */
    private int next(int target) throws IOException {
        outer:
        while (target != DocIdSetIterator.NO_MORE_DOCS) {
            if (target > windowEnd) {
                target = window(target);
                if (target == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
            }
            int candidate = target;
            int agreed = 0;
            for (int g = 0; agreed < clauses.length; g = (g + 1) % clauses.length) {
                int d = nextEssential(g, candidate);
                if (d > windowEnd) {
                    // past this window, where other clauses may be essential: continue from the next window
                    target = windowEnd == DocIdSetIterator.NO_MORE_DOCS ? DocIdSetIterator.NO_MORE_DOCS : windowEnd + 1;
                    continue outer;
                }
                if (d == candidate) {
                    agreed++;
                } else {
                    candidate = d;
                    agreed = 1;
                }
            }
            if (competitive(candidate)) {
                return candidate;
            }
            target = candidate + 1;
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }

    /**
     * Whether a candidate can still enter the page: the scores of its essential clauses plus the best the others can
     * add in this window. The essential scores are kept for {@link #score()}, which adds the others in clause order.
     */
    private boolean competitive(int candidate) throws IOException {
        if (!windowComputed) {
            return true;
        }
        double bound = 0;
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                if (essential[g][k] && iterators[g][k].docID() == candidate) {
                    float score = clauses[g][k].score();
                    scores[g][k] = score;
                    scoredDoc[g][k] = candidate;
                    bound += score;
                } else if (!essential[g][k]) {
                    bound += windowMax[g][k];
                }
            }
        }
        return Bounds.reaches(bound, minCompetitive);
    }

    /** The first doc at or after {@code target} holding one of group {@code g}'s essential clauses. */
    private int nextEssential(int g, int target) throws IOException {
        int best = DocIdSetIterator.NO_MORE_DOCS;
        DocIdSetIterator[] its = iterators[g];
        boolean[] ess = essential[g];
        for (int k = 0; k < its.length; k++) {
            if (ess[k]) {
                int d = its[k].docID();
                if (d < target) {
                    d = its[k].advance(target);
                }
                best = Math.min(best, d);
            }
        }
        return best;
    }

    /**
     * Moves to the window starting at {@code target}: its maxima, the essential clauses of each group, and the first
     * doc at or after {@code target} in a window that can hold a competitive doc.
     */
    private int window(int target) throws IOException {
        if (!prune || minCompetitive <= 0) {
            windowEnd = DocIdSetIterator.NO_MORE_DOCS;
            windowComputed = false;
            for (boolean[] ess : essential) {
                java.util.Arrays.fill(ess, true);
            }
            return target;
        }
        while (true) {
            int end = DocIdSetIterator.NO_MORE_DOCS;
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
            for (long c : windowOrder) {
                int b = blockEnd[(int) (c >>> 10) & 0x3FF][(int) c & 0x3FF];
                if (b != DocIdSetIterator.NO_MORE_DOCS) {
                    end = b; // some clauses (a term whose postings fit one block) have no block boundaries
                    break;
                }
            }
            if (end == DocIdSetIterator.NO_MORE_DOCS) {
                end = DocIdSetIterator.NO_MORE_DOCS - 1; // no block boundaries: one window to the end
            } else if (end - target < MIN_WINDOW) {
                end = (int) Math.min(DocIdSetIterator.NO_MORE_DOCS - 1L, (long) target + MIN_WINDOW - 1);
            }
            double total = 0;
            for (int g = 0; g < clauses.length; g++) {
                double sum = 0;
                for (int k = 0; k < clauses[g].length; k++) {
                    int at = iterators[g][k].docID();
                    float max = at > end ? 0f : clauses[g][k].getMaxScore(end);
                    windowMax[g][k] = max;
                    sum += max;
                }
                groupMax[g] = sum;
                total += sum;
            }
            windowEnd = end;
            windowComputed = true;
            if (Bounds.reaches(total, minCompetitive) && Bounds.reaches(lengthExactMax(target, end), minCompetitive)) {
                partition();
                return target;
            }
            if (end >= DocIdSetIterator.NO_MORE_DOCS - 1) {
                return DocIdSetIterator.NO_MORE_DOCS;
            }
            target = end + 1; // nothing in this window can enter the page
        }
    }

    /** The most a doc of the window can score, with the bounded clauses taken together per document length. */
    private double lengthExactMax(int from, int end) throws IOException {
        if (normBound == null) {
            return Double.POSITIVE_INFINITY;
        }
        double max = normBound.max(from, end);
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                if (!inBound[g][k]) {
                    max += windowMax[g][k];
                }
            }
        }
        return max;
    }

    /** Marks each group's clauses essential or not for the current window and minimum competitive score. */
    private void partition() {
        EssentialClauses.mark(windowMax, groupMax, minCompetitive, essential, order);
    }

    @Override
    public float score() throws IOException {
        double sum = 0;
        for (int g = 0; g < clauses.length; g++) {
            DocIdSetIterator[] its = iterators[g];
            for (int k = 0; k < its.length; k++) {
                int d = its[k].docID();
                if (d < doc) {
                    d = its[k].advance(doc);
                }
                if (d == doc) {
                    sum += scoredDoc[g][k] == doc ? scores[g][k] : clauses[g][k].score();
                }
            }
        }
        return (float) sum;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) {
        if (!prune || minScore <= minCompetitive) {
            return;
        }
        minCompetitive = minScore;
        if (windowComputed) {
            partition(); // same window, higher bar: fewer essential clauses
        } else {
            windowEnd = doc; // maxima not known yet: compute them from the next doc on
        }
    }

    @Override
    public int advanceShallow(int target) throws IOException {
        int end = DocIdSetIterator.NO_MORE_DOCS;
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                end = Math.min(end, shallow(g, k, target));
            }
        }
        return end;
    }

    /**
     * Moves a clause's score bounds to the block holding {@code target} (or its current doc, when past it) and returns
     * the last doc of that block; {@code NO_MORE_DOCS} when the clause has no docs left.
     */
    private int shallow(int g, int k, int target) throws IOException {
        int from = Math.max(target, iterators[g][k].docID());
        return from == DocIdSetIterator.NO_MORE_DOCS ? DocIdSetIterator.NO_MORE_DOCS : clauses[g][k].advanceShallow(from);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
        double sum = 0;
        for (Scorer[] group : clauses) {
            for (Scorer s : group) {
                sum += s.getMaxScore(upTo);
            }
        }
        return Bounds.upper(sum);
    }
}
