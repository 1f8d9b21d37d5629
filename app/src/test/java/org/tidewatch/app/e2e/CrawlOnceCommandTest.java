package org.tidewatch.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;
import org.tidewatch.app.demo.SampleSite;

/** {@code tidewatch crawl --once} over real HTTP: every configured source once; a second run adds no duplicates. */
class CrawlOnceCommandTest {
    @TempDir
    Path dir;

    @Test
    void crawlOnceTwiceCollectsEverySourceAndAddsNoDuplicates() throws Exception {
        try (SampleSite site = SampleSite.start(Clock.systemUTC())) {
            Path cfg = dir.resolve("tw.yaml");
            Files.writeString(cfg, """
                    sources:
                      - id: feed
                        type: rss
                        platform: forum
                        url: %1$s/forum/travel.rss
                        schedule: "0 0 * * * ?"
                        min_delay_ms: 0
                      - id: channel
                        type: telegram
                        url: %1$s/s/demo_rihla
                        schedule: "0 0 * * * ?"
                        min_delay_ms: 0
                      - id: gone
                        type: rss
                        url: %1$s/no/such/feed.rss
                        schedule: "0 0 * * * ?"
                        min_delay_ms: 0
                    """.formatted(site.baseUrl()));
            String data = dir.resolve("data").toString();
            CliRun first = CliRun.run("crawl", "--once", "--config", cfg.toString(), "--data", data);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.err()).contains("tidewatch: feed: 5 posts").contains("tidewatch: channel: 14 posts")
                    .contains("tidewatch: gone: failed:");
            CliRun second = CliRun.run("crawl", "--once", "--config", cfg.toString(), "--data", data);
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.err()).contains("tidewatch: feed: 0 posts").contains("tidewatch: channel: 0 posts");
            CliRun all = CliRun.run("search", "--json", "--limit", "100", "--config", cfg.toString(), "--data", data, "offer:any");
            assertThat(new ObjectMapper().readTree(all.out()).get("total").asLong()).isEqualTo(19);
        }
    }
}
