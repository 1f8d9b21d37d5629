package org.tidewatch.app.audit;

import java.time.Instant;

/**
 * Which audit entries to list; null fields do not filter.
 *
 * @param limit the most entries returned (the newest ones), 1 to 100000
 */
public record AuditFilter(String actor, Instant since, AuditAction action, int limit) {
    /** Everything, up to 100000 entries. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, 100_000);

    public AuditFilter {
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000, not " + limit);
        }
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }
}
