package org.tidewatch.app.runtime;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** What a crawl of several sources did, per source. */
public record CrawlReport(List<SourceOutcome> sources) {
    public CrawlReport {
        sources = List.copyOf(sources);
    }

    /**
     * One source's run.
     *
     * @param sourceId       the source
     * @param posts          posts collected and indexed
     * @param failuresByKind failures met, counted by kind (timeout, http_429, parse, …)
     * @param firstFailure   the first failure's reason, null when none
     * @param error          why the whole run failed, null when it ran
     */
    public record SourceOutcome(String sourceId, int posts, Map<String, Integer> failuresByKind, String firstFailure, String error) {
        public SourceOutcome {
            failuresByKind = Map.copyOf(failuresByKind);
        }
    }

    /** Total posts collected. */
    public int posts() {
        return sources.stream().mapToInt(SourceOutcome::posts).sum();
    }

    /** Whether every source failed outright (and there was at least one). */
    public boolean allFailed() {
        return !sources.isEmpty() && sources.stream().allMatch(s -> s.error() != null);
    }

    /** One line per source. */
    public void print(PrintWriter out) {
        for (SourceOutcome s : sources) {
            if (s.error() != null) {
                out.println("tidewatch: " + s.sourceId() + ": failed: " + s.error());
            } else {
                int failures = s.failuresByKind().values().stream().mapToInt(Integer::intValue).sum();
                out.println("tidewatch: " + s.sourceId() + ": " + s.posts() + " posts"
                        + (failures == 0 ? "" : ", " + failures + " failures " + s.failuresByKind() + " (first: " + s.firstFailure() + ")"));
            }
        }
        out.flush();
    }
}
