package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundsTest {
    @Test
    void aSumThatRoundsToTheMinimumReachesIt() {
        float minimum = 3.7f;
        double justBelow = minimum - Math.ulp(minimum) / 4.0; // a float sum rounds this up to the minimum

        assertThat((float) justBelow).isEqualTo(minimum);
        assertThat(Bounds.reaches(justBelow, minimum)).isTrue();
        assertThat(Bounds.reaches(minimum, minimum)).isTrue();
    }

    @Test
    void aSumThatRoundsBelowTheMinimumDoesNotReachIt() {
        float minimum = Math.nextUp(3.7f); // what a full page asks: more than its last hit's score
        assertThat(Bounds.reaches(3.7f, minimum)).as("a tie with the last hit").isFalse();
        assertThat(Bounds.reaches(3.7f + Math.ulp(3.7f) / 4.0, minimum)).isFalse();
    }

    @Test
    void aSumOfFloatsInDoubleRoundedOnceIsTheScoreItBounds() {
        float[] clauses = {0.7f, 2.5f, 0.31f, 1.9999f};
        double sum = 0;
        for (float c : clauses) {
            sum += c;
        }
        double reversed = 0;
        for (int k = clauses.length - 1; k >= 0; k--) {
            reversed += clauses[k];
        }

        assertThat(reversed).as("exact in double, in any order").isEqualTo(sum);
        assertThat(Bounds.upper(sum)).isEqualTo((float) sum);
    }
}
