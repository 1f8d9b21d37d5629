package org.tidewatch.rules.watch;

import org.apache.lucene.search.Query;
import org.tidewatch.index.query.OfferFilter;
import org.tidewatch.index.query.PostQueryParser;

/**
 * Watchlist queries in the index's own query language ({@link PostQueryParser}), so a watchlist means exactly what
 * the same text means in search. A watchlist sees every post unless its query says {@code offer:}.
 */
public final class IndexWatchQueryParser implements WatchQueryParser {
    private final PostQueryParser parser;

    public IndexWatchQueryParser(PostQueryParser parser) {
        this.parser = parser;
    }

    @Override
    public Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new org.tidewatch.index.QuerySyntaxException("a watchlist query must not be empty", 0);
        }
        return parser.parse(query, OfferFilter.ANY);
    }
}
