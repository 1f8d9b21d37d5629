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
import org.tidewatch.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
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

    @TempDir
    Path dir;
    WireMockServer wm;
    WarcEvidenceStore evidence;
    final MutableClock clock = new MutableClock(T0);
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

        clock.set(T0.plus(Duration.ofHours(1)));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(3, 2, 1, 0, 0));
        assertThat(stats.forReport(telegram)).isEqualTo(new TakedownStats.ReportStatus(2, 2, 0, 0, 0));

        clock.set(T0.plus(Duration.ofHours(5)));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(2, 1, 1, 0, 1));
        assertThat(stats.forReport(telegram)).isEqualTo(new TakedownStats.ReportStatus(2, 1, 1, 0, 0));
        assertThat(store.checks("telegram", "telegram:a")).extracting(TakedownCheck::status, TakedownCheck::httpStatus,
                TakedownCheck::checkedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TakedownCheck.Status.ONLINE, 200, T0.plus(Duration.ofHours(1))),
                org.assertj.core.groups.Tuple.tuple(TakedownCheck.Status.REMOVED, 404, T0.plus(Duration.ofHours(5))));

        clock.set(T0.plus(Duration.ofHours(9)));
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

    private void servePages(String path, String... bodies) {
        String state = STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = i == bodies.length - 1 ? state : "s" + (i + 1);
            wm.stubFor(get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                            .withBody(bodies[i]))
                    .willSetStateTo(next));
            state = next;
        }
    }

    private EnrichedPost atPath(String platform, String id, String path) {
        EnrichedPost ep = at(platform, id);
        Post p = ep.post();
        return new EnrichedPost(new Post(p.id(), p.sourceId(), p.platform(), wm.baseUrl() + path, p.author(), null,
                p.publishedAt(), p.collectedAt(), p.text(), null, p.evidence()), ep.enrichment());
    }

    static final String TG_POST = "<html><body><div class=\"tgme_widget_message text_not_supported_wrap\">"
            + "<div class=\"tgme_widget_message_text\">Boat to Lampedusa on Friday</div></div></body></html>";
    static final String TG_GONE = "<html><body><div class=\"tgme_widget_message_error\">Post not found</div></body></html>";
    static final String TG_PREVIEW_EMPTY = "<html><body><div class=\"tgme_channel_info\">example_ch</div></body></html>";
    static final String FB_POST = "<html><body><div role=\"article\">Boat to Lampedusa, write me</div></body></html>";
    static final String FB_GONE = "<html><body><h2>This content isn't available right now</h2></body></html>";

    @Test
    void soft404PagesCountAsRemovedPerPlatformAtTheFirstCheckThatSeesThem() {
        servePages("/example_ch/701", TG_POST, TG_GONE);
        servePages("/example_ch/702?embed=1", TG_POST, TG_POST, TG_PREVIEW_EMPTY);
        servePages("/fb/posts/9", FB_POST, FB_GONE);
        // A forum has no soft-404 rule: a 200 page saying "Post not found" is still online (404/410 only).
        servePages("/forum/t/5", TG_GONE);
        ReferralBuilder builder = new ReferralBuilder(store, HumanitarianGuard.standard(),
                ReferralSettings.defaults("Liaison Unit", "liaison@police.example"), clock);
        builder.build(List.of(atPath("telegram", "701", "/example_ch/701"),
                atPath("telegram", "702", "/example_ch/702?embed=1"), atPath("facebook", "9", "/fb/posts/9"),
                atPath("forum", "5", "/forum/t/5")), null, "q", "liaison1", false).forEach(store::save);
        FetchSettings settings = FetchSettings.fromConfig(new ConfigNode("test.yaml", "crawler",
                Map.of("min_delay_ms", 0, "max_retries", 0)));
        TakedownTracker tracker = new TakedownTracker(new HttpFetcher(settings, evidence), store, clock);

        clock.set(T0.plus(Duration.ofHours(2)));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(4, 4, 0, 0, 0));
        clock.set(T0.plus(Duration.ofHours(8)));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(4, 2, 2, 0, 0));
        clock.set(T0.plus(Duration.ofHours(14)));
        assertThat(tracker.checkAll()).isEqualTo(new TakedownTracker.Round(2, 1, 1, 0, 2));

        assertThat(store.checks("telegram", "telegram:701")).extracting(TakedownCheck::status, TakedownCheck::httpStatus,
                TakedownCheck::checkedAt, TakedownCheck::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TakedownCheck.Status.ONLINE, 200, T0.plus(Duration.ofHours(2)), ""),
                org.assertj.core.groups.Tuple.tuple(TakedownCheck.Status.REMOVED, 200, T0.plus(Duration.ofHours(8)),
                        "soft 404: HTTP 200 page says \"post not found\""));
        assertThat(store.checks("telegram", "telegram:702").getLast()).extracting(TakedownCheck::status,
                TakedownCheck::checkedAt, TakedownCheck::detail).containsExactly(TakedownCheck.Status.REMOVED,
                T0.plus(Duration.ofHours(14)), "soft 404: HTTP 200 preview page shows no message");
        assertThat(store.checks("facebook", "facebook:9").getLast().detail())
                .isEqualTo("soft 404: HTTP 200 page says \"this content isn't available\"");
        assertThat(store.checks("forum", "forum:5")).extracting(TakedownCheck::status)
                .containsExactly(TakedownCheck.Status.ONLINE, TakedownCheck.Status.ONLINE, TakedownCheck.Status.ONLINE);
        assertThat(new TakedownStats(store).perPlatform()).containsExactly(
                new TakedownStats.PlatformStatus("facebook", 1, 1, 1.0, Optional.of(Duration.ofHours(8))),
                new TakedownStats.PlatformStatus("forum", 1, 0, 0.0, Optional.empty()),
                new TakedownStats.PlatformStatus("telegram", 2, 2, 1.0, Optional.of(Duration.ofHours(11))));
        wm.verify(2, getRequestedFor(urlEqualTo("/example_ch/701")));
    }
}
