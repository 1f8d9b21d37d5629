package org.tidewatch.crawler.schedule;

import org.tidewatch.core.SourceConfig;

/**
 * Runs one collection of one source; the app plugs the real crawl (collect, store evidence, index, save cursor)
 * in here. Called on a scheduler thread, never twice at once for the same source.
 *
 * <p>Contract: return {@link RunOutcome#failed} for a run that failed as a whole; an exception thrown is treated
 * the same way, with the exception as the reason. Either way the source backs off and the other sources go on.
 */
@FunctionalInterface
public interface SourceJobRunner {
    RunOutcome run(SourceConfig source) throws Exception;
}
