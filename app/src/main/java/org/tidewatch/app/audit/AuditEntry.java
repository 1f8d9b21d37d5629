package org.tidewatch.app.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the audit trail.
 *
 * @param seq position in the chain, from 1 without gaps
 * @param results how many results the action returned or touched, or null when that does not apply
 * @param previousHash {@link #hash()} of entry {@code seq - 1} (64 zeros for the first)
 * @param hash SHA-256 over previousHash and every other field, see {@link ChainHash}
 */
public record AuditEntry(long seq, Instant at, String actor, AuditAction action, String target, Integer results,
        String previousHash, String hash) {
    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1, not " + seq);
        }
        if (at == null || action == null) {
            throw new IllegalArgumentException("entry " + seq + " needs a time and an action");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("entry " + seq + " needs an actor");
        }
        target = target == null ? "" : target;
    }

    /** A JSON-ready view with the time as ISO-8601 text. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("at", at.toString());
        m.put("actor", actor);
        m.put("action", action.id());
        m.put("target", target);
        m.put("results", results);
        m.put("hash", hash);
        return m;
    }
}
