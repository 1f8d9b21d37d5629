package org.tidewatch.app.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Post;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import org.tidewatch.crawler.fetch.FetchSettings;
import org.tidewatch.crawler.fetch.HttpFetcher;

class TakedownTrackerTest {
    static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TempDir
    Path dir;
    WireMockServer wm;
    WarcEvidenceStore evidence;
    final HandClock clock = new HandClock();
    final ReferralStore store = new ReferralStore(Database.inMemory("td-" + UUID.randomUUID()));

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        evidence = WarcEvidenceStore.openDirectory(dir.resolve("evidence"), WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        wm.stop();
        evidence.close();
    }

    private void serve(String path, int... statuses) {
        String state = STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = i == statuses.length - 1 ? state : "s" + (i + 1);
            wm.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(statuses[i]).withBody("<html>post " + path + "</html>"))
                    .willSetStateTo(next));
            state = next;
        }
    }

    private EnrichedPost at(String platform, String id) {
        EnrichedPost ep = Posts.offer(platform, id, "en", "Boat to Lampedusa 4000 euro");
        Post p = ep.post();
        return new EnrichedPost(new Post(p.id(), p.sourceId(), p.platform(), wm.baseUrl() + "/p/" + id, p.author(), null,
                p.publishedAt(), p.collectedAt(), p.text(), null, p.evidence()), ep.enrichment());
    }

    @Test
    void recordsOnlineRemovedAndErrorOverTimeAndComputesRemovalRateAndMedian() {
        serve("/p/a", 200, 404);
        serve("/p/b", 200, 200, 410);
        serve("/p/c", 410);
        ReferralBuilder builder = new ReferralBuilder(store, HumanitarianGuard.standard(),
                ReferralSettings.defaults("Liaison Unit", "liaison@police.example"), clock);
        List<ReferralPackage> pkgs = builder.build(List.of(at("telegram", "a"), at("telegram", "b"), at("facebook", "c")),
                null, "q", "liaison1", false);
        pkgs.forEach(store::save);
        ReferralPackage telegram = pkgs.getFirst();
        FetchSettings settings = FetchSettings.fromConfig(new ConfigNode("test.yaml", "crawler",
                Map.of("min_delay_ms", 0, "max_retries", 0)));
        TakedownTracker tracker = new TakedownTracker(new HttpFetcher(settings, evidence), store, clock);
        TakedownStats stats = new TakedownStats(store);

        clock.now = T0.plus(Duration.ofHours(1));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(3, 2, 1, 0, 0));
        assertThat(stats.forReport(telegram)).isEqualTo(new TakedownStats.ReportStatus(2, 2, 0, 0, 0));

        clock.now = T0.plus(Duration.ofHours(5));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(2, 1, 1, 0, 1));
        assertThat(stats.forReport(telegram)).isEqualTo(new TakedownStats.ReportStatus(2, 1, 1, 0, 0));
        assertThat(store.checks("telegram", "telegram:a")).extracting(TakedownCheck::status, TakedownCheck::httpStatus,
                TakedownCheck::checkedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TakedownCheck.Status.ONLINE, 200, T0.plus(Duration.ofHours(1))),
                org.assertj.core.groups.Tuple.tuple(TakedownCheck.Status.REMOVED, 404, T0.plus(Duration.ofHours(5))));

        clock.now = T0.plus(Duration.ofHours(9));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(1, 0, 1, 0, 2));
        assertThat(stats.perPlatform()).containsExactly(
                new TakedownStats.PlatformStatus("facebook", 1, 1, 1.0, Optional.of(Duration.ofHours(1))),
                new TakedownStats.PlatformStatus("telegram", 2, 2, 1.0, Optional.of(Duration.ofHours(7))));
        wm.verify(3, getRequestedFor(urlEqualTo("/p/b")).withHeader("User-Agent", containing("TidewatchBot")));
        wm.verify(1, getRequestedFor(urlEqualTo("/p/c")));
    }

    @Test
    void aServerErrorIsRecordedAsErrorAndCheckedAgainNextRound() {
        serve("/p/e", 503, 200);
        ReferralBuilder builder = new ReferralBuilder(store, HumanitarianGuard.standard(),
                ReferralSettings.defaults("Liaison Unit", "liaison@police.example"), clock);
        store.save(builder.build(List.of(at("telegram", "e")), null, "q", "l", false).getFirst());
        FetchSettings settings = FetchSettings.fromConfig(new ConfigNode("test.yaml", "crawler",
                Map.of("min_delay_ms", 0, "max_retries", 0)));
        TakedownTracker tracker = new TakedownTracker(new HttpFetcher(settings, evidence), store, clock);

        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(1, 0, 0, 1, 0));
        assertThat(store.checks("telegram", "telegram:e").getFirst().detail()).startsWith("http_5xx: HTTP 503");
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(1, 1, 0, 0, 0));
        assertThat(new TakedownStats(store).perPlatform()).containsExactly(
                new TakedownStats.PlatformStatus("telegram", 1, 0, 0.0, Optional.empty()));
    }
}
