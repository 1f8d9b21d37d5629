package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EssentialClausesTest {
    /** Two words, each its own forms (best 2.5) and a concept worth little (0.7 and 0.5). */
    private static final float[][] MAX = {{0.7f, 2.5f}, {2.5f, 0.5f}};
    private static final double[] GROUP_MAX = {3.2, 3.0};

    private static boolean[][] mark(float minimum) {
        boolean[][] essential = {new boolean[2], new boolean[2]};
        EssentialClauses.mark(MAX, GROUP_MAX, minimum, essential, new int[2]);
        return essential;
    }

    @Test
    void aHighBarLeavesOnlyTheWordsThemselvesEssential() {
        // each word must give at least 4.6 minus 3.0 (or 3.2) from the other: more than its concept alone can give
        assertThat(mark(4.6f)).isDeepEqualTo(new boolean[][] {{false, true}, {true, false}});
    }

    @Test
    void aLowBarKeepsEveryClauseEssential() {
        assertThat(mark(1f)).isDeepEqualTo(new boolean[][] {{true, true}, {true, true}});
        assertThat(mark(0f)).isDeepEqualTo(new boolean[][] {{true, true}, {true, true}});
    }

    @Test
    void aClauseExactlyReachingTheBarStaysEssential() {
        // the second word needs 3.9 - 3.2 = 0.7 when its concept gives 0.5: forms essential, concept not; the first
        // word needs 3.9 - 3.0 = 0.9, more than its concept's 0.7
        assertThat(mark(3.9f)).isDeepEqualTo(new boolean[][] {{false, true}, {true, false}});
        // at 3.7 each concept gives exactly what its word needs (0.7 and 0.5), up to rounding: both stay essential
        assertThat(mark(3.7f)).isDeepEqualTo(new boolean[][] {{true, true}, {true, true}});
    }
}
