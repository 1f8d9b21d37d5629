package org.tidewatch.crawler.health;

import java.time.Instant;
import java.util.Objects;

/**
 * How one source has been doing.
 *
 * @param sourceId            the source
 * @param lastRunAt           when its last run ended (null: never ran)
 * @param lastSuccessAt       when a run last succeeded (null: never)
 * @param lastErrorAt         when a run last failed (null: never)
 * @param lastError           the reason of that failure (null: never failed)
 * @param itemsLastRun        posts collected by the last successful run
 * @param itemsTotal          posts collected by all successful runs
 * @param consecutiveFailures failed runs since the last success
 * @param nextAllowedRunAt    earliest time the scheduler runs it again (null: no backoff)
 */
public record SourceHealth(String sourceId, Instant lastRunAt, Instant lastSuccessAt, Instant lastErrorAt,
                           String lastError, long itemsLastRun, long itemsTotal, int consecutiveFailures,
                           Instant nextAllowedRunAt) {
    public SourceHealth {
        Objects.requireNonNull(sourceId, "sourceId");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must not be negative: " + consecutiveFailures);
        }
    }

    /** A source that never ran. */
    public static SourceHealth never(String sourceId) {
        return new SourceHealth(sourceId, null, null, null, null, 0, 0, 0, null);
    }

    /** Whether the source is waiting out a backoff at {@code now}. */
    public boolean backingOff(Instant now) {
        return nextAllowedRunAt != null && now.isBefore(nextAllowedRunAt);
    }
}
