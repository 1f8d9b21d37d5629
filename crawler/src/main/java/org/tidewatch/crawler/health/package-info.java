/**
 * The health of every source, kept in the embedded database: last success, last error and its reason, posts
 * collected, failures in a row and the backoff they earned.
 *
 * <p>To use, create the store on the shared database and read it for {@code tidewatch sources} and
 * {@code GET /api/sources}; the scheduler records every run itself:
 * <pre>{@code
 * SourceHealthStore health = new SourceHealthStore(db, Backoff.DEFAULT, Clock.systemUTC());
 * for (SourceHealth h : health.list()) { ... h.lastError(), h.consecutiveFailures(), h.nextAllowedRunAt() ... }
 * }</pre>
 */
package org.tidewatch.crawler.health;
