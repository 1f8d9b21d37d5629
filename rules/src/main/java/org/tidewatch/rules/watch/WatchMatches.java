package org.tidewatch.rules.watch;

import java.util.List;
import java.util.Map;

/**
 * What one batch of posts matched.
 *
 * @param postIdsByWatchlist watchlist id to the ids of the posts it matched, in batch order
 * @param errorsByWatchlist  watchlist id to the error its query raised (the other queries still ran)
 */
public record WatchMatches(Map<String, List<String>> postIdsByWatchlist, Map<String, String> errorsByWatchlist) {
    public WatchMatches {
        postIdsByWatchlist = Map.copyOf(postIdsByWatchlist);
        errorsByWatchlist = Map.copyOf(errorsByWatchlist);
    }
}
