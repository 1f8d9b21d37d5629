package org.tidewatch.nlp.heldout;

import java.util.HashSet;
import java.util.Set;

/** True/false positive and false negative counts over compared sets, with micro precision, recall and F1. */
final class SetCounts {
    private int tp;
    private int fp;
    private int fn;

    /** Adds one record's comparison, as score.py does: tp = |gold ∩ pred|, fp = |pred − gold|, fn = |gold − pred|. */
    <T> void add(Set<T> gold, Set<T> pred) {
        Set<T> common = new HashSet<>(gold);
        common.retainAll(pred);
        tp += common.size();
        fp += pred.size() - common.size();
        fn += gold.size() - common.size();
    }

    int tp() {
        return tp;
    }

    int fp() {
        return fp;
    }

    int fn() {
        return fn;
    }

    // An empty denominator scores 1.0 and F1 of P=R=0 scores 0.0, matching score.py exactly.
    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    String row(String name) {
        return String.format(java.util.Locale.ROOT, "%-16s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                name, precision(), recall(), f1(), tp, fp, fn);
    }
}
