package org.tidewatch.rules.watch;

import org.apache.lucene.search.Query;
import org.tidewatch.index.QuerySyntaxException;

/**
 * Turns a query in the Tidewatch query language into a Lucene query over the fields of {@link WatchFields}.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface WatchQueryParser {
    /** The parsed query; throws {@link QuerySyntaxException} saying where and why a query is bad. */
    Query parse(String query);
}
