package org.tidewatch.app.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectFailure;
import org.tidewatch.crawler.cursor.CursorStore;
import org.tidewatch.crawler.fetch.FetchSettings;
import org.tidewatch.crawler.fetch.HttpFetcher;
import org.tidewatch.crawler.run.RunReport;
import org.tidewatch.crawler.run.SourceRun;

/** Runs configured sources through the crawler and into the pipeline, one source's failure never stopping another. */
public final class SourceCrawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceCrawler.class);
    /** Failure kinds that mean the run as a whole stopped (the others are single pages or posts). */
    private static final Set<String> RUN_STOPPERS = Set.of("collector", "sink", "evidence");

    private final Tidewatch tw;
    private final HttpFetcher fetcher;
    private final SourceRun run;

    private SourceCrawler(Tidewatch tw, HttpFetcher fetcher) {
        this.tw = tw;
        this.fetcher = fetcher;
        this.run = new SourceRun(fetcher, new CursorStore(tw.db()), tw.evidence());
    }

    /** Builds the shared HTTP client and the collectors from the configuration. */
    public static SourceCrawler create(Tidewatch tw) {
        FetchSettings settings = tw.config().fetch();
        HttpFetcher fetcher = new HttpFetcher(settings, tw.evidence());
        return new SourceCrawler(tw, fetcher);
    }

    /** Runs every enabled source once, in order. */
    public CrawlReport runAll(List<SourceConfig> sources) {
        List<CrawlReport.SourceOutcome> out = new ArrayList<>();
        for (SourceConfig s : sources) {
            if (s.enabled()) {
                out.add(run(s));
            }
        }
        return new CrawlReport(out);
    }

    /** Runs one source once; the posts go through the pipeline before its cursor moves. */
    public CrawlReport.SourceOutcome run(SourceConfig source) {
        RunReport r = run.run(source, posts -> tw.pipeline().process(posts));
        LOG.info(r.summary());
        String error = null;
        String first = null;
        for (CollectFailure f : r.failures()) {
            if (first == null) {
                first = f.reason();
            }
            if (error == null && RUN_STOPPERS.contains(f.kind())) {
                error = f.reason();
            }
        }
        if (error == null && r.posts() == 0 && first != null) {
            // Nothing came through and something failed: the source is down (unreachable, blocked, broken), not quiet.
            error = first;
        }
        return new CrawlReport.SourceOutcome(source.id(), r.posts(), r.failuresByKind(), first, error);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
