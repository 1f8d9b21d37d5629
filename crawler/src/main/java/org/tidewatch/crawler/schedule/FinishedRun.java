package org.tidewatch.crawler.schedule;

import java.time.Instant;

/**
 * One finished scheduled or manual run, as told to a {@link RunListener}.
 *
 * @param sourceId   the source
 * @param outcome    how it ended
 * @param startedAt  when the runner was called
 * @param finishedAt when it returned
 */
public record FinishedRun(String sourceId, RunOutcome outcome, Instant startedAt, Instant finishedAt) {
}
