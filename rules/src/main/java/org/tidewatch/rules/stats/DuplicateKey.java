package org.tidewatch.rules.stats;

/**
 * Near-duplicate comparison of post texts for counting offers: a signature that can be stored, and a test of two
 * signatures. Implementations are thread-safe and deterministic across runs (signatures are stored).
 */
public interface DuplicateKey {
    /** The signature of a text (never null; texts too short to compare get one that only matches the same text). */
    byte[] signature(String text);

    /** Whether two signatures belong to near-duplicate texts. */
    boolean nearDuplicate(byte[] a, byte[] b);
}
