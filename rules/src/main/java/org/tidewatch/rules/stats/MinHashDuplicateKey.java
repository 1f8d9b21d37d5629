package org.tidewatch.rules.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import org.tidewatch.index.dedup.DuplicateGroups;
import org.tidewatch.index.dedup.Signature;

/**
 * The index's near-duplicate test (MinHash over normalised word bigrams, estimated Jaccard at least
 * {@link DuplicateGroups#THRESHOLD}), so the rules and the index agree on what a repost is. Texts too short for a
 * MinHash signature are compared by a digest of their case-folded, space-collapsed text.
 */
public final class MinHashDuplicateKey implements DuplicateKey {
    private static final byte MINHASH = 1;
    private static final byte DIGEST = 0;

    @Override
    public byte[] signature(String text) {
        String t = text == null ? "" : text;
        Signature s = Signature.of(t);
        byte[] body = s == null ? digest(t) : s.toBytes();
        byte[] out = new byte[body.length + 1];
        out[0] = s == null ? DIGEST : MINHASH;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    @Override
    public boolean nearDuplicate(byte[] a, byte[] b) {
        if (a[0] != MINHASH || b[0] != MINHASH) {
            return Arrays.equals(a, b);
        }
        Signature sa = Signature.fromBytes(a, 1, a.length - 1);
        Signature sb = Signature.fromBytes(b, 1, b.length - 1);
        return sa.similarity(sb) >= DuplicateGroups.THRESHOLD;
    }

    private static byte[] digest(String text) {
        String normal = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }
}
