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
    private final Scorer[][] clauses;
    private final DocIdSetIterator[][] iterators;
    private final boolean prune;
    private final long cost;
    private final ScoreWindows windows;
    /** Scores of clauses already computed for the candidate doc, and which doc each is for. */
    private final float[][] scores;
    private final int[][] scoredDoc;
    private float minCompetitive;
    private int doc = -1;

    /**
     * @param normBound a bound exact per document length on the clauses flagged in {@code inBound} (null for none),
     *                  see {@link ScoreWindows}
     */
    WordGroupsScorer(Scorer[][] clauses, boolean prune, long cost, NormBound normBound, boolean[][] inBound) {
        this.clauses = clauses;
        this.prune = prune;
        this.cost = cost;
        this.iterators = new DocIdSetIterator[clauses.length][];
        this.scores = new float[clauses.length][];
        this.scoredDoc = new int[clauses.length][];
        for (int g = 0; g < clauses.length; g++) {
            iterators[g] = new DocIdSetIterator[clauses[g].length];
            for (int k = 0; k < clauses[g].length; k++) {
                iterators[g][k] = clauses[g][k].iterator();
            }
            scores[g] = new float[clauses[g].length];
            scoredDoc[g] = new int[clauses[g].length];
            java.util.Arrays.fill(scoredDoc[g], -1);
        }
        this.windows = new ScoreWindows(clauses, iterators, normBound, inBound);
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
            if (target > windows.end()) {
                target = windows.moveTo(target, prune, minCompetitive);
                if (target == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
            }
            int candidate = target;
            int agreed = 0;
            for (int g = 0; agreed < clauses.length; g = (g + 1) % clauses.length) {
                int d = nextEssential(g, candidate);
                if (d > windows.end()) {
                    // past this window, where other clauses may be essential: continue from the next window
                    target = windows.end() == DocIdSetIterator.NO_MORE_DOCS ? DocIdSetIterator.NO_MORE_DOCS : windows.end() + 1;
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
        if (!windows.computed()) {
            return true;
        }
        double bound = 0;
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                if (windows.essential(g, k) && iterators[g][k].docID() == candidate) {
                    float score = clauses[g][k].score();
                    scores[g][k] = score;
                    scoredDoc[g][k] = candidate;
                    bound += score;
                } else if (!windows.essential(g, k)) {
                    bound += windows.max(g, k);
                }
            }
        }
        return Bounds.reaches(bound, minCompetitive);
    }

    /** The first doc at or after {@code target} holding one of group {@code g}'s essential clauses. */
    private int nextEssential(int g, int target) throws IOException {
        int best = DocIdSetIterator.NO_MORE_DOCS;
        DocIdSetIterator[] its = iterators[g];
        for (int k = 0; k < its.length; k++) {
            if (windows.essential(g, k)) {
                int d = its[k].docID();
                if (d < target) {
                    d = its[k].advance(target);
                }
                best = Math.min(best, d);
            }
        }
        return best;
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
        if (windows.computed()) {
            windows.partition(minScore); // same window, higher bar: fewer essential clauses
        } else {
            windows.endAt(doc); // maxima not known yet: compute them from the next doc on
        }
    }

    @Override
    public int advanceShallow(int target) throws IOException {
        int end = DocIdSetIterator.NO_MORE_DOCS;
        for (int g = 0; g < clauses.length; g++) {
            for (int k = 0; k < clauses[g].length; k++) {
                end = Math.min(end, windows.shallow(g, k, target));
            }
        }
        return end;
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
