package org.tidewatch.crawler.schedule;

import java.time.Instant;
import org.tidewatch.crawler.health.SourceHealth;

/**
 * One configured source as {@code tidewatch sources} and {@code GET /api/sources} show it.
 *
 * @param id        source id
 * @param type      source type
 * @param url       where it is collected from
 * @param schedule  its cron expression
 * @param enabled   whether the config enables it
 * @param scheduled whether the scheduler holds a job for it (false for disabled or rejected sources)
 * @param nextRun   when it fires next, after any backoff (null when not scheduled)
 * @param health    how its runs went ({@link SourceHealth#never} when it never ran)
 */
public record SourceStatus(String id, String type, String url, String schedule, boolean enabled, boolean scheduled,
                           Instant nextRun, SourceHealth health) {
}
