/**
 * One run of one source, in the order that loses nothing.
 *
 * <p>To use:
 * <pre>{@code
 * SourceRun run = new SourceRun(fetcher, new CursorStore(db), evidenceStore);
 * RunReport report = run.run(source, posts -> pipeline.enrichIndexAndCommit(posts));
 * }</pre>
 * The cursor advances only after the sink returns, so a crash between capture and index means the next run
 * collects the same posts again, and their stable ids make that an update.
 */
package org.tidewatch.crawler.run;
