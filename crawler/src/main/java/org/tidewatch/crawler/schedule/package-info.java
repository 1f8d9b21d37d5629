/**
 * Runs every source on its Quartz cron schedule, one run at a time per source, with backoff for failing sources.
 *
 * <p>To use, give the scheduler the crawl to run and the health store, load the sources, start it, and reload on
 * {@code SIGHUP} or {@code POST /api/admin/reload}:
 * <pre>{@code
 * SourceScheduler scheduler = new SourceScheduler(source -> RunOutcome.succeeded(crawl(source)), health, threads);
 * scheduler.reload(config.sources());      // ReloadResult: added, removed, updated, rejected (with reasons)
 * scheduler.start();
 * scheduler.runNow("some-source");         // manual run, even during a backoff
 * scheduler.stop();                        // waits for runs in progress
 * }</pre>
 * A runner that throws or returns {@link org.tidewatch.crawler.schedule.RunOutcome#failed} makes the source back
 * off (see {@link org.tidewatch.crawler.health.Backoff}); the other sources keep their threads.
 */
package org.tidewatch.crawler.schedule;
