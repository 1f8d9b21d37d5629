package org.tidewatch.nlp.offer;

import java.util.List;
import java.util.Random;

/**
 * A binary logistic regression over hashed binary features ({@link Features}), trained by AdaGrad SGD with L2.
 * Read-only after training; thread-safe.
 */
public final class LogisticModel {
    private final float[] weights;
    private final double bias;

    private LogisticModel(float[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** One training example. */
    public record Example(int[] features, boolean positive) {
    }

    /** The log-odds that {@code features} belong to an offer. */
    public double logit(int[] features) {
        double z = bias;
        for (int f : features) {
            z += weights[f];
        }
        return z;
    }

    /** Trains a model; the example order is shuffled with a fixed seed so training is reproducible. */
    public static LogisticModel train(List<Example> examples, int epochs, double rate, double l2) {
        float[] w = new float[Features.DIM];
        float[] g2 = new float[Features.DIM];
        double b = 0;
        double gb2 = 1e-8;
        Example[] order = examples.toArray(Example[]::new);
        Random random = new Random(42);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Example t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (Example ex : order) {
                double z = b;
                for (int f : ex.features()) {
                    z += w[f];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (ex.positive() ? 1 : 0);
                for (int f : ex.features()) {
                    double g = err + l2 * w[f];
                    g2[f] += (float) (g * g);
                    w[f] -= (float) (rate * g / Math.sqrt(g2[f] + 1e-8));
                }
                gb2 += err * err;
                b -= rate * err / Math.sqrt(gb2);
            }
        }
        return new LogisticModel(w, b);
    }
}
