package org.tidewatch.crawler.collect.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.cursor.Cursor;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.MockServerTest;

class MastodonCollectorTest extends MockServerTest {
    private static final String TAG = "/api/v1/timelines/tag/boats";
    private static final String JSON = "application/json; charset=utf-8";

    private SourceConfig source() {
        return Fixtures.source("masto", "mastodon", base + TAG, Map.of(), false);
    }

    private void stubHistory() {
        server.stubFor(get(urlEqualTo(TAG + "?limit=40")).willReturn(aResponse().withHeader("Content-Type", JSON)
                .withHeader("Link", "<" + base + TAG + "?limit=40&max_id=107>; rel=\"next\", <" + base + TAG
                        + "?limit=40&min_id=109>; rel=\"prev\"")
                .withBody(Fixtures.text("mastodon-page1.json", base))));
        serve(TAG + "?limit=40&max_id=107", JSON, "mastodon-page2.json");
    }

    private static Post post(CollectResult r, String id) {
        return r.posts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsStatusesBoostsWarningsAndMedia() {
        stubHistory();

        CollectResult r = new MastodonCollector(fetcher(Map.of())).collect(source(), null);

        Post p = post(r, "mastodon:localhost/109");
        assertThat(p.text()).isEqualTo("Partenza per Lampedusa, 3000 euro.\nContatto +39 312 345 6789");
        assertThat(p.author()).isEqualTo("seaway");
        assertThat(p.authorName()).isEqualTo("Sea Way 🌊");
        assertThat(p.url()).isEqualTo(base + "/@seaway/109");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-21T20:15:00Z"));
        assertThat(p.attributes()).containsEntry("language", "it").containsEntry("tags", "boats")
                .containsEntry("account_id", "1001").containsEntry("media_urls", base + "/system/media/109.jpg");
        assertThat(p.evidence()).isEqualTo(evidence.refOf(base + TAG + "?limit=40"));
        Post boost = post(r, "mastodon:localhost/95");
        assertThat(boost.text()).isEqualTo("Ayvalık'tan Midilli'ye geçiş. +90 501 234 56 78");
        assertThat(boost.attributes()).containsEntry("boosted_by", "yolcu").containsEntry("language", "tr");
        assertThat(post(r, "mastodon:localhost/105").text()).isEqualTo("offer\n\nCrossing from Calais tonight, 2000 GBP.");
        assertThat(Cursor.parse(r.nextCursor()).lastId()).isEqualTo("109");
    }

    @Test
    void laterRunsAskForNewerStatusesWithMinIdAndFollowPrevUntilEmpty() {
        stubHistory();
        MastodonCollector collector = new MastodonCollector(fetcher(Map.of()));
        CollectResult first = collector.collect(source(), null);
        assertThat(first.posts()).hasSize(6);

        server.resetAll();
        server.stubFor(get(urlEqualTo(TAG + "?limit=40&min_id=109")).willReturn(aResponse()
                .withHeader("Content-Type", JSON).withHeader("Link", "<" + base + TAG + "?limit=40&max_id=110>; rel=\"next\", <"
                        + base + TAG + "?limit=40&min_id=110>; rel=\"prev\"")
                .withBody(Fixtures.text("mastodon-newer.json", base))));
        server.stubFor(get(urlEqualTo(TAG + "?limit=40&min_id=110")).willReturn(aResponse()
                .withHeader("Content-Type", JSON).withBody("[]")));
        CollectResult newer = collector.collect(source(), first.nextCursor());
        assertThat(newer.posts()).extracting(Post::id).containsExactly("mastodon:localhost/110");
        assertThat(newer.posts().get(0).text()).isEqualTo("New #boats from Zuwara on Monday.");
        assertThat(journal()).containsExactly(TAG + "?limit=40&min_id=109", TAG + "?limit=40&min_id=110");

        server.resetRequests();
        CollectResult none = collector.collect(source(), newer.nextCursor());
        assertThat(none.posts()).isEmpty();
        assertThat(none.nextCursor()).isEqualTo(newer.nextCursor());
        assertThat(journal()).containsExactly(TAG + "?limit=40&min_id=110");
    }

    @Test
    void invalidJsonIsAParseFailure() {
        server.stubFor(get(urlEqualTo(TAG + "?limit=40")).willReturn(aResponse().withHeader("Content-Type", JSON)
                .withBody("[{\"id\": \"1\", \"content\": ")));

        CollectResult r = new MastodonCollector(fetcher(Map.of())).collect(source(), null);

        assertThat(r.posts()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("parse");
            assertThat(f.reason()).startsWith("not JSON: ");
        });
    }
}
