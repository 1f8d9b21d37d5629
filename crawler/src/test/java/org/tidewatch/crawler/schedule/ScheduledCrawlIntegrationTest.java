package org.tidewatch.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.cursor.CursorStore;
import org.tidewatch.crawler.evidence.EvidenceReplay;
import org.tidewatch.crawler.evidence.EvidenceVerifier;
import org.tidewatch.crawler.evidence.VerifyReport;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import org.tidewatch.crawler.fetch.HttpFetcher;
import org.tidewatch.crawler.health.Backoff;
import org.tidewatch.crawler.health.SourceHealthStore;
import org.tidewatch.crawler.run.SourceRun;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.MockServerTest;
import org.tidewatch.crawler.testing.RecordingSleeper;

/** A scheduled run of a real collector against a local server, into the WARC store, read back by replay and verify. */
class ScheduledCrawlIntegrationTest extends MockServerTest {
    @TempDir
    Path data;

    @Test
    void aScheduledRunStoresVerifiableEvidenceThatReplaysToTheSamePosts() throws Exception {
        String xml = "application/rss+xml; charset=utf-8";
        serve("/forum/feed.xml", xml, "rss-page1.xml");
        serve("/forum/feed.xml?page=2", xml, "rss-page2.xml");
        SourceConfig source = Fixtures.source("forum", "rss", base + "/forum/feed.xml", Map.of(), false);
        List<Post> indexed = new ArrayList<>();
        BlockingQueue<FinishedRun> finished = new LinkedBlockingQueue<>();
        try (Database db = Database.open(data);
             WarcEvidenceStore store = WarcEvidenceStore.open(data)) {
            HttpFetcher fetcher = HttpFetcher.create(Fixtures.fastSettings(Map.of()), store, new RecordingSleeper(), name -> null);
            SourceRun run = new SourceRun(fetcher, new CursorStore(db), store);
            SourceHealthStore health = new SourceHealthStore(db, Backoff.DEFAULT, Clock.systemUTC());
            SourceScheduler scheduler = new SourceScheduler(s -> RunOutcome.succeeded(run.run(s, indexed::addAll).posts()),
                    health, 2, finished::add);
            try {
                scheduler.reload(List.of(source));
                scheduler.start();
                scheduler.runNow("forum");
                assertThat(finished.poll(20, TimeUnit.SECONDS)).isNotNull();
            } finally {
                scheduler.stop();
            }
            assertThat(health.get("forum").orElseThrow().itemsTotal()).isEqualTo(indexed.size());
        }
        assertThat(indexed).isNotEmpty();
        Path evidence = WarcEvidenceStore.evidenceDir(data);
        VerifyReport report = new EvidenceVerifier(evidence).verify();
        assertThat(report.problems()).isEmpty();
        List<Post> replayed = new ArrayList<>();
        new EvidenceReplay(evidence).replay(replayed::add);
        assertThat(replayed).containsExactlyInAnyOrderElementsOf(indexed);
    }
}
