package org.tidewatch.crawler.collect.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.cursor.Cursor;
import org.tidewatch.crawler.fetch.HttpFetcher;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.MockServerTest;

class TelegramCollectorTest extends MockServerTest {
    private static final String PAGE = "/s/zuwara_trips";
    private static final String HTML = "text/html; charset=utf-8";

    private SourceConfig source(boolean fetchMedia) {
        return Fixtures.source("zuwara", "telegram", base + PAGE, Map.of(), fetchMedia);
    }

    private static Post post(CollectResult r, int number) {
        return r.posts().stream().filter(p -> p.id().equals("telegram:zuwara_trips/" + number)).findFirst().orElseThrow();
    }

    @Test
    void readsTextLineBreaksAuthorDateViewsForwardAndChannelFacts() {
        serve(PAGE, HTML, "telegram-page1.html");
        serve(PAGE + "?before=5", HTML, "telegram-page2.html");

        CollectResult r = new TelegramCollector(fetcher(Map.of())).collect(source(false), null);

        Post p = post(r, 8);
        assertThat(p.text()).isEqualTo("Passage vers l'Angleterre depuis Calais.\nTarif 1800 euros, départ de nuit.\n"
                + "Appelez le +33 6 12 34 56 78");
        assertThat(p.url()).isEqualTo("https://t.me/zuwara_trips/8");
        assertThat(p.author()).isEqualTo("zuwara_trips");
        assertThat(p.authorName()).isEqualTo("Zuwara Trips");
        assertThat(p.platform()).isEqualTo("telegram");
        assertThat(p.sourceId()).isEqualTo("zuwara");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-18T19:05:59Z"));
        assertThat(p.attributes()).containsEntry("views", "980").containsEntry("channel_id", "1987654321")
                .containsEntry("channel_title", "Zuwara Trips").containsEntry("channel_username", "zuwara_trips")
                .containsEntry("media_urls", base + "/file/photo_8.jpg").doesNotContainKey("media_sha256");
        assertThat(p.evidence()).isEqualTo(evidence.refOf(base + PAGE));
        assertThat(post(r, 7).attributes()).containsEntry("forwarded_from", "Calais Help");
        assertThat(post(r, 6).text()).as("the quoted reply is not the message")
                .isEqualTo("الرحلة القادمة يوم الخميس\nالسعر ٣٠٠٠ يورو\n☎️ +218 91 2345678");
        assertThat(post(r, 1).evidence()).isEqualTo(evidence.refOf(base + PAGE + "?before=5"));
        assertThat(Cursor.parse(r.nextCursor()).lastId()).isEqualTo("8");
    }

    @Test
    void fetchesPhotosAsEvidenceAndNotesTheirHashes() {
        serve(PAGE, HTML, "telegram-page1.html");
        serve(PAGE + "?before=5", HTML, "telegram-page2.html");
        byte[] jpeg = "\u00ff\u00d8\u00ff\u00e0 fake jpeg bytes".getBytes(StandardCharsets.ISO_8859_1);
        for (int n : new int[] {2, 5, 8}) {
            server.stubFor(get(urlEqualTo("/file/photo_" + n + ".jpg"))
                    .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(jpeg)));
        }
        server.stubFor(get(urlEqualTo("/file/photo_5.jpg")).willReturn(aResponse().withStatus(404)));

        CollectResult r = new TelegramCollector(fetcher(Map.of())).collect(source(true), null);

        assertThat(post(r, 8).attributes()).containsEntry("media_sha256", PostIds.sha256Hex(jpeg))
                .containsEntry("media_records", evidence.refOf(base + "/file/photo_8.jpg").recordId());
        assertThat(post(r, 5).attributes()).containsEntry("media_sha256", "-");
        assertThat(r.posts()).hasSize(8);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("http_4xx");
            assertThat(f.url()).isEqualTo(base + "/file/photo_5.jpg");
            assertThat(f.reason()).isEqualTo("media of telegram:zuwara_trips/5: HTTP 404 Not Found");
        });
    }

    @Test
    void keepsAPostWhenThePageHidesTheChannelFacts() {
        server.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withHeader("Content-Type", HTML).withBody(
                "<html><body><div class=\"tgme_widget_message\" data-post=\"zuwara_trips/1\">"
                        + "<div class=\"tgme_widget_message_text\">Only text</div></div></body></html>")));

        CollectResult r = new TelegramCollector(fetcher(Map.of())).collect(source(false), null);

        assertThat(r.posts()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("telegram:zuwara_trips/1");
            assertThat(p.text()).isEqualTo("Only text");
            assertThat(p.publishedAt()).isNull();
            assertThat(p.attributes()).containsOnlyKeys("channel_username");
        });
        assertThat(r.failures()).isEmpty();
    }

    @Test
    void endsHistoryWhenAPageBringsNoOlderId() {
        serve(PAGE, HTML, "telegram-page1.html");
        serve(PAGE + "?before=5", HTML, "telegram-page1.html");

        CollectResult r = new TelegramCollector(fetcher(Map.of())).collect(source(false), null);

        assertThat(r.posts()).extracting(Post::id).containsExactly("telegram:zuwara_trips/5", "telegram:zuwara_trips/6",
                "telegram:zuwara_trips/7", "telegram:zuwara_trips/8");
        assertThat(journal()).containsExactly("/robots.txt", PAGE, PAGE + "?before=5");
    }

    @Test
    void stopsAtMaxPages() {
        serve(PAGE, HTML, "telegram-page1.html");
        SourceConfig one = new SourceConfig("zuwara", "telegram", base + PAGE, "0 0 * * * ?", null, null, true, false,
                36_500, 1, 0, null, Map.of(), null, Map.of(), false);

        CollectResult r = new TelegramCollector(fetcher(Map.of())).collect(one, null);

        assertThat(r.posts()).hasSize(4);
        assertThat(journal()).containsExactly("/robots.txt", PAGE);
    }

    @Test
    void firstRunStopsAtPostsOlderThanHistoryDays() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String page = Fixtures.text("telegram-page1.html", base)
                .replace("2026-11-01T11:11:11+00:00", now.minus(Duration.ofDays(40)).toString())
                .replace("2026-11-04T16:20:05+00:00", now.minus(Duration.ofDays(29)).toString());
        server.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withHeader("Content-Type", HTML).withBody(page)));
        SourceConfig month = new SourceConfig("zuwara", "telegram", base + PAGE, "0 0 * * * ?", null, null, true, false,
                30, 20, 0, null, Map.of(), null, Map.of(), false);

        CollectResult r = new TelegramCollector(fetcher(Map.of())).collect(month, null);

        assertThat(r.posts()).extracting(Post::id).containsExactly("telegram:zuwara_trips/6", "telegram:zuwara_trips/7",
                "telegram:zuwara_trips/8");
        assertThat(journal()).containsExactly("/robots.txt", PAGE);
    }

    @Test
    void incrementalRunsFetchOnlyTheNewestPageAndOnlyNewPosts() {
        serve(PAGE, HTML, "telegram-page1.html");
        serve(PAGE + "?before=5", HTML, "telegram-page2.html");
        HttpFetcher fetcher = fetcher(Map.of());
        TelegramCollector collector = new TelegramCollector(fetcher);
        CollectResult first = collector.collect(source(false), null);
        assertThat(first.posts()).hasSize(8);

        server.resetRequests();
        CollectResult unchanged = collector.collect(source(false), first.nextCursor());
        assertThat(unchanged.posts()).isEmpty();
        assertThat(unchanged.nextCursor()).isEqualTo(first.nextCursor());
        assertThat(journal()).containsExactly(PAGE);

        server.resetRequests();
        serve(PAGE, HTML, "telegram-newer.html");
        CollectResult newer = collector.collect(source(false), unchanged.nextCursor());
        assertThat(newer.posts()).extracting(Post::id).containsExactly("telegram:zuwara_trips/9");
        assertThat(newer.posts().get(0).text()).isEqualTo("رحلة جديدة من زوارة إلى لامبيدوزا\nالحجز مفتوح الآن");
        assertThat(Cursor.parse(newer.nextCursor()).lastId()).isEqualTo("9");
        assertThat(journal()).isEqualTo(List.of(PAGE));
    }
}
