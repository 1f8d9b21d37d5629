package org.tidewatch.index.search;

/**
 * Compares a bound on a summed score with the page's minimum competitive score the way the score itself is computed:
 * a hit's score is its clauses' float scores summed in double and rounded to float once. Summing a few floats of
 * similar size in double is exact, so a bound summed the same way from float upper bounds of each clause, rounded
 * once, is never below the score (rounding is monotonic). No relative slack is needed, and a post that can only tie
 * the page's last hit, which a later doc id cannot beat, is pruned.
 */
final class Bounds {
    private Bounds() {
    }

    /** Whether a doc whose clause scores sum to at most {@code bound} may score at least {@code minimum}. */
    static boolean reaches(double bound, float minimum) {
        return (float) bound >= minimum;
    }

    /** The float score bound of a doc whose clause scores sum to at most {@code bound}. */
    static float upper(double bound) {
        return (float) bound;
    }
}
