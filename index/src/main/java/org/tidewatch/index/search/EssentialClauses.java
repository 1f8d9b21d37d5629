package org.tidewatch.index.search;

/**
 * Which clauses of each group a doc must hold to still reach a minimum score (max-score partitioning per group): a
 * group must give at least the minimum minus the best the other groups can give; its clauses whose best scores,
 * smallest first, add up to less than that cannot get it there alone, so they are non-essential.
 */
final class EssentialClauses {
    private EssentialClauses() {
    }

    /**
     * Marks each clause essential or not.
     *
     * @param max       best score of each clause of each group (in the current window)
     * @param groupMax  the sum of each group's {@code max}
     * @param minimum   the score a doc must reach
     * @param essential out: per group and clause, whether a doc must hold it
     * @param order     scratch of at least the largest group's size
     */
    static void mark(float[][] max, double[] groupMax, float minimum, boolean[][] essential, int[] order) {
        double total = 0;
        for (double m : groupMax) {
            total += m;
        }
        for (int g = 0; g < max.length; g++) {
            boolean[] ess = essential[g];
            double others = total - groupMax[g];
            int n = ess.length;
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            // few clauses per group: insertion sort by best score, smallest first
            float[] m = max[g];
            for (int k = 1; k < n; k++) {
                int v = order[k];
                int j = k - 1;
                while (j >= 0 && m[order[j]] > m[v]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = v;
            }
            double prefix = 0;
            for (int k = 0; k < n; k++) {
                int c = order[k];
                prefix += m[c];
                ess[c] = Bounds.reaches(prefix + others, minimum);
            }
        }
    }
}
