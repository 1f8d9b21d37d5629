package org.tidewatch.rules.stats;

/**
 * A 64-bit locality-sensitive signature of a post's text: near-duplicate texts get signatures that differ in few bits.
 * Implementations must be thread-safe and deterministic across runs (signatures are stored).
 */
@FunctionalInterface
public interface DuplicateSignature {
    /** The signature of the text (any text, including empty). */
    long of(String text);
}
