/**
 * A batch of posts as an in-memory index segment for lucene-monitor, built without an index writer.
 *
 * <p>To use, wrap the monitor's presearcher in a {@link org.tidewatch.rules.watch.batch.BatchPresearcher}, invert
 * the posts' documents with {@link org.tidewatch.rules.watch.batch.DocumentBatchReader#of}, and call
 * {@code Monitor.match} with one empty document inside {@code presearcher.within(reader, …)} and a matcher factory
 * that searches an {@code IndexSearcher} over the reader (see {@code WatchlistMatcher}). Matches are the same as
 * lucene-monitor's own multi-document batch: one leaf, the same terms, positions and points, doc ids in input order.
 */
package org.tidewatch.rules.watch.batch;
