package org.tidewatch.crawler.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tidewatch.crawler.CollectFailure;

/**
 * What one run of one source did.
 *
 * @param sourceId    the source
 * @param posts       posts handed to the sink (0 when the run stopped before)
 * @param failures    every page, post or stage that failed, with its reason
 * @param cursorSaved whether the new cursor was stored (false when nothing changed or a stage failed)
 * @param duration    wall time of the run
 */
public record RunReport(String sourceId, int posts, List<CollectFailure> failures, boolean cursorSaved,
                        Duration duration) {
    public RunReport {
        failures = List.copyOf(failures);
    }

    /** Failures counted by kind (timeout, http_429, robots, parse, …), sorted by kind. */
    public Map<String, Integer> failuresByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        failures.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts;
    }

    /** One line for logs: {@code source: 12 posts, failures {timeout=1}}. */
    public String summary() {
        return sourceId + ": " + posts + " posts, failures " + failuresByKind() + (cursorSaved ? "" : ", cursor unchanged")
                + " in " + duration.toMillis() + " ms";
    }
}
