package org.tidewatch.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links an audit entry to the one before it. Text fields are length-prefixed so that moving
 * characters from one field into the next changes the hash.
 */
final class ChainHash {
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String previousHash, long seq, long atMillis, String actor, String action, String target,
            Integer results) {
        String canonical = previousHash + "|" + seq + "|" + atMillis + "|" + field(actor) + "|" + action + "|"
                + field(target) + "|" + (results == null ? "-" : results.toString());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String field(String s) {
        return s.length() + ":" + s;
    }
}
