package org.tidewatch.crawler.run;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectFailure;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.Collector;
import org.tidewatch.crawler.collect.Collectors;
import org.tidewatch.crawler.cursor.CursorStore;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.crawler.fetch.Fetcher;

/**
 * Runs one source once: read its cursor, collect, write each post to the evidence store, hand the posts to the
 * sink, and only then store the new cursor. A crash anywhere before the last step leaves the cursor where it was,
 * so the next run collects the same posts again, and stable post ids make that an update, not a duplicate.
 */
public final class SourceRun {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRun.class);
    private final Function<String, Collector> collectors;
    private final CursorStore cursors;
    private final EvidenceStore evidence;

    /** Runs with the standard collectors over one shared fetcher. */
    public SourceRun(Fetcher fetcher, CursorStore cursors, EvidenceStore evidence) {
        this((Function<String, Collector>) type -> Collectors.forType(type, fetcher), cursors, evidence);
    }

    /** Runs with collectors chosen by type through the given function. */
    public SourceRun(Function<String, Collector> collectors, CursorStore cursors, EvidenceStore evidence) {
        this.collectors = Objects.requireNonNull(collectors, "collectors");
        this.cursors = Objects.requireNonNull(cursors, "cursors");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** Collects the source once into the sink; never throws for a fault of the source, its pages or the sink. */
    public RunReport run(SourceConfig source, PostSink sink) {
        Instant start = Instant.now();
        if (source.ignoreRobots()) {
            LOG.warn("source {} ignores robots.txt for {} (ignore_robots: true)", source.id(), source.url());
        }
        List<CollectFailure> failures = new ArrayList<>();
        String stored = cursors.get(source.id());
        CollectResult result;
        try {
            result = collectors.apply(source.type()).collect(source, stored);
        } catch (UncheckedIOException e) {
            return stop(source, start, failures, "evidence", "evidence store failed during collection: " + e.getMessage());
        } catch (RuntimeException e) {
            return stop(source, start, failures, "collector", "collector of type " + source.type() + " failed: " + e);
        }
        failures.addAll(result.failures());
        List<Post> posts = new ArrayList<>();
        String[] broken = {null};
        // One disk sync for all the post records of the run; the sink sees them only once they are on disk.
        try {
            evidence.inOneSync(() -> {
                for (Post p : result.posts()) {
                    if (p.evidence() == null) {
                        failures.add(new CollectFailure(p.url(), "evidence", "post " + p.id() + " has no evidence reference"));
                        continue;
                    }
                    try {
                        evidence.recordPost(p);
                    } catch (UncheckedIOException e) {
                        broken[0] = "cannot record post " + p.id() + ": " + e.getMessage();
                        return null;
                    }
                    posts.add(p);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            broken[0] = "cannot sync the evidence of " + posts.size() + " posts: " + e.getMessage();
        }
        if (broken[0] != null) {
            return stop(source, start, failures, "evidence", broken[0]);
        }
        if (!posts.isEmpty()) {
            try {
                sink.accept(posts);
            } catch (RuntimeException e) {
                return stop(source, start, failures, "sink", posts.size() + " posts not stored by the pipeline: " + e);
            }
        }
        boolean saved = false;
        if (result.nextCursor() != null && !result.nextCursor().equals(stored)) {
            cursors.put(source.id(), result.nextCursor());
            saved = true;
        }
        RunReport report = new RunReport(source.id(), posts.size(), failures, saved, Duration.between(start, Instant.now()));
        LOG.info("{}", report.summary());
        return report;
    }

    /**
     * Runs every enabled source once, one after another, each into the sink (what {@code tidewatch crawl --once}
     * needs). A failing source is reported and the next one still runs.
     */
    public List<RunReport> runAll(List<SourceConfig> sources, PostSink sink) {
        List<RunReport> reports = new ArrayList<>();
        for (SourceConfig source : sources) {
            if (source.enabled()) {
                reports.add(run(source, sink));
            }
        }
        return reports;
    }

    private static RunReport stop(SourceConfig source, Instant start, List<CollectFailure> failures, String kind,
                                  String reason) {
        failures.add(new CollectFailure(source.url(), kind, reason));
        RunReport report = new RunReport(source.id(), 0, failures, false, Duration.between(start, Instant.now()));
        LOG.error("{}: {}", source.id(), reason);
        return report;
    }
}
