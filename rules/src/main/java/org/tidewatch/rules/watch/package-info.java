/**
 * Watchlists: saved queries in the index's query language, matched against every new post with lucene-monitor.
 *
 * <p>To use, go through {@link org.tidewatch.rules.watch.WatchlistService} ({@code add}, {@code list}, {@code delete});
 * a bad query is refused with the parser's message. {@link org.tidewatch.rules.watch.WatchlistMatcher} matches a
 * batch against all queries at once; a query that fails at match time is reported and the others still match. Its
 * batches are in-memory segments of package {@code org.tidewatch.rules.watch.batch}; date filters run on points
 * ({@link org.tidewatch.rules.watch.PointQueries}), since match documents carry no doc values.
 */
package org.tidewatch.rules.watch;
