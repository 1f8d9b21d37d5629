package org.tidewatch.rules.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SurgeDetectorTest {
    @Test
    void poissonTailMatchesTheClosedForm() {
        // P(X >= 6 | lambda = 1) = 1 - e^-1 * (1 + 1 + 1/2 + 1/6 + 1/24 + 1/120)
        double expected = 1 - Math.exp(-1) * (1 + 1 + 0.5 + 1.0 / 6 + 1.0 / 24 + 1.0 / 120);
        assertThat(CountTail.atLeast(6, 1.0, 1.0)).isCloseTo(expected, within(1e-12));
        assertThat(CountTail.atLeast(0, 3.0, 3.0)).isEqualTo(1.0);
    }

    @Test
    void anOverdispersedBaselineMakesTheSameCountLessSurprising() {
        double poisson = CountTail.atLeast(15, 5.0, 5.0);
        double overdispersed = CountTail.atLeast(15, 5.0, 20.0);

        assertThat(poisson).isLessThan(1e-3);
        assertThat(overdispersed).isGreaterThan(poisson * 10);
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(CountTail.logGamma(11)).isCloseTo(Math.log(3628800), within(1e-10));
        assertThat(CountTail.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-10));
    }
}
