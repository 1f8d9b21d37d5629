package org.tidewatch.rules;

import java.util.List;
import java.util.Map;

/**
 * Counters of the rules engine since start, for the health page.
 *
 * @param postsSeen          posts passed to {@code onIndexed}
 * @param postsFailed        posts whose route statistics could not be taken (the rest of their batch went on)
 * @param stageFailures      batches in which the watchlist or route stage failed as a whole
 * @param alertsRaised       alerts raised
 * @param recentFailures     the latest per-item failures, {@code post id: reason}
 * @param watchlistErrors    watchlist name to the last error its query raised
 */
public record EngineStatus(long postsSeen, long postsFailed, long stageFailures, long alertsRaised,
                           List<String> recentFailures, Map<String, String> watchlistErrors) {
    public EngineStatus {
        recentFailures = List.copyOf(recentFailures);
        watchlistErrors = Map.copyOf(watchlistErrors);
    }
}
