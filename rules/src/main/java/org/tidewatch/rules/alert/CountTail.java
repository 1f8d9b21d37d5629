package org.tidewatch.rules.alert;

/**
 * Upper-tail probabilities of daily counts: Poisson when the baseline varies no more than a Poisson process would,
 * negative binomial with the baseline's own variance when it is overdispersed (real offer counts usually are, and a
 * Poisson test on them would flap).
 */
final class CountTail {
    private CountTail() {
    }

    /** P(X ≥ count) for a count distribution with the given mean and variance (variance below the mean means Poisson). */
    static double atLeast(int count, double mean, double variance) {
        if (count <= 0) {
            return 1.0;
        }
        if (variance <= mean * 1.0001) {
            double logPmf = count * Math.log(mean) - mean - logGamma(count + 1.0);
            return sumTail(logPmf, count, k -> mean / (k + 1));
        }
        double q = 1.0 - mean / variance;
        double r = mean * mean / (variance - mean);
        double logPmf = logGamma(count + r) - logGamma(r) - logGamma(count + 1.0) + r * Math.log1p(-q) + count * Math.log(q);
        return sumTail(logPmf, count, k -> q * (k + r) / (k + 1));
    }

    private static double sumTail(double logFirst, int first, java.util.function.IntToDoubleFunction nextRatio) {
        double term = Math.exp(logFirst);
        double sum = 0;
        for (int k = first; k < first + 100_000; k++) {
            sum += term;
            double ratio = nextRatio.applyAsDouble(k);
            term *= ratio;
            if (ratio < 1 && term < sum * 1e-15) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms; relative error below 1e-13). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        double xm1 = x - 1;
        double a = c[0];
        double t = xm1 + 7.5;
        for (int i = 1; i < 9; i++) {
            a += c[i] / (xm1 + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (xm1 + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
