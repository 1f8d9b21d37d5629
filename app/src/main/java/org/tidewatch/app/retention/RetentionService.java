package org.tidewatch.app.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;

/**
 * Deletes posts past their retention period, keeping those an alert, report or case refers to, and writes each
 * purge to the audit trail. To use: {@code new RetentionService(settings, index, references, audit).purge(clock)},
 * e.g. once a day from the scheduler.
 */
public final class RetentionService {
    /** The actor recorded in the audit trail. */
    public static final String ACTOR = "system:retention";

    private final RetentionSettings settings;
    private final PostRetentionTarget target;
    private final ReferencedPosts references;
    private final AuditLog audit;

    public RetentionService(RetentionSettings settings, PostRetentionTarget target, ReferencedPosts references,
            AuditLog audit) {
        this.settings = settings;
        this.target = target;
        this.references = references;
        this.audit = audit;
    }

    /** One purge as of {@code clock}'s now; does nothing when retention is off. A failure is returned, not thrown. */
    public PurgeResult purge(Clock clock) {
        if (!settings.enabled()) {
            return PurgeResult.disabled();
        }
        Instant now = clock.instant();
        Instant offerCutoff = now.minus(settings.offers());
        Instant nonOfferCutoff = now.minus(settings.nonOffers());
        String window = "offers before " + offerCutoff + ", non-offers before " + nonOfferCutoff;
        List<String> expired = List.of();
        int kept = 0;
        try {
            expired = target.expiredPostIds(offerCutoff, nonOfferCutoff).stream().distinct().toList();
            Set<String> keep = expired.isEmpty() ? Set.of() : references.referenced(expired);
            List<String> doomed = expired.stream().filter(id -> !keep.contains(id)).toList();
            kept = expired.size() - doomed.size();
            if (!doomed.isEmpty()) {
                target.delete(doomed);
            }
            audit.record(ACTOR, AuditAction.PURGE, window + "; kept " + kept + " referenced", doomed.size());
            return new PurgeResult(PurgeResult.Status.DONE, offerCutoff, nonOfferCutoff, expired.size(), kept,
                    doomed.size(), null);
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            audit.record(ACTOR, AuditAction.PURGE, window + "; FAILED: " + reason, 0);
            return new PurgeResult(PurgeResult.Status.FAILED, offerCutoff, nonOfferCutoff, expired.size(), kept, 0,
                    reason);
        }
    }
}
