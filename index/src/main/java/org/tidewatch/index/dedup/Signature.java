package org.tidewatch.index.dedup;

import java.util.Arrays;

/**
 * MinHash signature of a text (over its normalised word bigrams, or words when the text is short),
 * with LSH band keys for finding candidates. Two texts whose word-shingle sets have Jaccard similarity
 * J agree on each of the {@value #HASHES} min-hashes with probability J.
 */
public final class Signature {
    /** Number of min-hashes. */
    public static final int HASHES = 32;
    /** Number of LSH bands ({@value #ROWS} rows each): texts with J ≥ 0.8 share a band with probability ≥ 0.98. */
    public static final int BANDS = 8;
    static final int ROWS = HASHES / BANDS;
    /** Fewest words a text needs to get a signature: shorter texts are too generic to call duplicates. */
    public static final int MIN_WORDS = 4;

    private static final long[] SEEDS_A = new long[HASHES];
    private static final long[] SEEDS_B = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS_A[i] = x | 1;
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS_B[i] = x;
        }
    }

    private final int[] minHashes;
    private long[] bandHashes;

    private Signature(int[] minHashes) {
        this.minHashes = minHashes;
    }

    /** The signature of a text, or null when it has fewer than {@value #MIN_WORDS} words. */
    public static Signature of(String text) {
        long[] wordHashes = TextNormaliser.wordHashes(text == null ? "" : text);
        if (wordHashes.length < MIN_WORDS) {
            return null;
        }
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = mix(wordHashes[i]);
        }
        long[] shingles;
        if (wordHashes.length < 8) {
            shingles = wordHashes;
        } else {
            shingles = new long[wordHashes.length - 1];
            for (int i = 0; i < shingles.length; i++) {
                shingles[i] = mix(wordHashes[i] * 31 + wordHashes[i + 1]);
            }
        }
        // Repeated shingles do not change a minimum, so no de-duplication is needed.
        return new Signature(minHashes(shingles));
    }

    /**
     * The minimum of each of the {@value #HASHES} hashes over the shingles. Four hashes per pass over the shingles,
     * each minimum in a register: four independent chains keep the multiplier busy, where one pass per shingle over
     * all hashes read and wrote each minimum in memory (a third of the signature's time).
     */
    private static int[] minHashes(long[] shingles) {
        int[] mins = new int[HASHES];
        for (int i = 0; i < HASHES; i += 4) {
            long a0 = SEEDS_A[i], a1 = SEEDS_A[i + 1], a2 = SEEDS_A[i + 2], a3 = SEEDS_A[i + 3];
            long b0 = SEEDS_B[i], b1 = SEEDS_B[i + 1], b2 = SEEDS_B[i + 2], b3 = SEEDS_B[i + 3];
            int m0 = Integer.MAX_VALUE, m1 = Integer.MAX_VALUE, m2 = Integer.MAX_VALUE, m3 = Integer.MAX_VALUE;
            for (long shingle : shingles) {
                // multiply-shift hashing of an already mixed value: a cheap family of independent hashes
                m0 = Math.min(m0, (int) ((shingle * a0 + b0) >>> 33));
                m1 = Math.min(m1, (int) ((shingle * a1 + b1) >>> 33));
                m2 = Math.min(m2, (int) ((shingle * a2 + b2) >>> 33));
                m3 = Math.min(m3, (int) ((shingle * a3 + b3) >>> 33));
            }
            mins[i] = m0;
            mins[i + 1] = m1;
            mins[i + 2] = m2;
            mins[i + 3] = m3;
        }
        return mins;
    }

    /** The signature back from {@link #toBytes()}. */
    public static Signature fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * 4) {
            throw new IllegalArgumentException("a signature has " + HASHES * 4 + " bytes, got " + length);
        }
        int[] mins = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            int o = offset + i * 4;
            mins[i] = (bytes[o] & 0xFF) << 24 | (bytes[o + 1] & 0xFF) << 16 | (bytes[o + 2] & 0xFF) << 8 | (bytes[o + 3] & 0xFF);
        }
        return new Signature(mins);
    }

    /** Compact binary form (for doc values). */
    public byte[] toBytes() {
        byte[] out = new byte[HASHES * 4];
        for (int i = 0; i < HASHES; i++) {
            int v = minHashes[i];
            out[i * 4] = (byte) (v >>> 24);
            out[i * 4 + 1] = (byte) (v >>> 16);
            out[i * 4 + 2] = (byte) (v >>> 8);
            out[i * 4 + 3] = (byte) v;
        }
        return out;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double similarity(Signature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One hash per band: two signatures sharing a band hash are candidate near duplicates. */
    public long[] bandHashes() {
        return bands().clone();
    }

    /** The band hashes themselves, computed once (callers in this package do not change them). */
    long[] bands() {
        if (bandHashes != null) {
            return bandHashes;
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b + 1;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + minHashes[b * ROWS + r]);
            }
            keys[b] = h;
        }
        bandHashes = keys;
        return keys;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
