package org.tidewatch.crawler.collect.html;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

class HtmlCollectorTest extends MockServerTest {
    private static final String PAGE = "/annunci/viaggi";
    private static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> SELECTORS = Map.of("item", "li.ad", "text", "h2.ad-title, .ad-body",
            "link", "h2.ad-title a", "date", ".ad-date", "date_format", "dd.MM.yyyy HH:mm", "author", ".ad-user",
            "next", "a.pager-next[href]", "id", "[data-ad-id]@data-ad-id");

    private SourceConfig source(Map<String, String> selectors) {
        return Fixtures.source("bacheca", "html", base + PAGE, selectors, false);
    }

    private static Post post(CollectResult r, String id) {
        return r.posts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsItemsThroughTheConfiguredSelectors() {
        serve(PAGE, HTML, "html-page1.html");
        serve(PAGE + "?page=2", HTML, "html-page2.html");

        CollectResult r = new HtmlCollector(fetcher(Map.of())).collect(source(SELECTORS), null);

        assertThat(r.posts()).extracting(Post::id).containsExactly("html:201", "html:202", "html:203", "html:204", "html:205");
        Post p = post(r, "html:205");
        assertThat(p.text()).isEqualTo("Transport Calais Dover\nVan and boat to the UK, leaving every Tuesday.\n"
                + "Price on request: +44 7400 123456");
        assertThat(p.url()).isEqualTo(base + "/annuncio/205-transport-calais-dover");
        assertThat(p.author()).isEqualTo("driver_uk");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-20T09:10:00Z"));
        assertThat(p.attributes()).containsEntry("page_url", base + PAGE);
        assertThat(p.evidence()).isEqualTo(evidence.refOf(base + PAGE));
        assertThat(post(r, "html:202").attributes()).containsEntry("media_urls", base + "/img/ads/202.jpg");
        assertThat(post(r, "html:201").text()).isEqualTo("عبور إلى أوروبا\nرحلة من طرابلس، الدفع عند الوصول\n+218 91 2345678");
        assertThat(r.failures()).isEmpty();
    }

    @Test
    void withoutAnIdSelectorPostsAreKeyedByTheirLinkHash() {
        serve(PAGE, HTML, "html-page2.html");
        Map<String, String> noId = new java.util.HashMap<>(SELECTORS);
        noId.remove("id");

        CollectResult r = new HtmlCollector(fetcher(Map.of())).collect(source(noId), null);

        assertThat(r.posts()).extracting(Post::id).containsExactly(
                org.tidewatch.core.PostIds.ofUrl(base + "/annuncio/201-عبور-إلى-أوروبا"),
                org.tidewatch.core.PostIds.ofUrl(base + "/annuncio/202-yunanistan'a-geçiş"));
    }

    @Test
    void unchangedListingCostsOneConditionalRequestAndNewItemsStopAtTheFirstSeen() {
        server.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withHeader("ETag", "\"v1\"").withBody(Fixtures.text("html-page1.html", base))));
        serve(PAGE + "?page=2", HTML, "html-page2.html");
        HtmlCollector collector = new HtmlCollector(fetcher(Map.of()));
        CollectResult first = collector.collect(source(SELECTORS), null);
        assertThat(first.posts()).hasSize(5);
        // Jetty gzips the page and marks its ETag so ("v1--gzip"), then strips the mark from If-None-Match.
        String etag = Cursor.parse(first.nextCursor()).etag();
        assertThat(etag).startsWith("\"v1");

        server.resetRequests();
        server.stubFor(get(urlEqualTo(PAGE)).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        CollectResult unchanged = collector.collect(source(SELECTORS), first.nextCursor());
        assertThat(unchanged.posts()).isEmpty();
        assertThat(unchanged.failures()).isEmpty();
        assertThat(unchanged.nextCursor()).isEqualTo(first.nextCursor());
        assertThat(journal()).containsExactly(PAGE);
        server.verify(1, getRequestedFor(urlEqualTo(PAGE)).withHeader("If-None-Match", equalTo("\"v1\"")));
        assertThat(server.getAllServeEvents().get(0).getResponse().getStatus()).isEqualTo(304);

        server.resetAll();
        server.stubFor(get(urlEqualTo(PAGE)).willReturn(aResponse().withHeader("Content-Type", HTML)
                .withHeader("ETag", "\"v2\"").withBody(Fixtures.text("html-newer.html", base))));
        CollectResult newer = collector.collect(source(SELECTORS), unchanged.nextCursor());
        assertThat(newer.posts()).extracting(Post::id).containsExactly("html:206");
        assertThat(Cursor.parse(newer.nextCursor()).etag()).startsWith("\"v2");
        assertThat(journal()).containsExactly(PAGE);
    }

    @Test
    void sourceWithoutAnItemSelectorFailsWithoutFetching() {
        CollectResult r = new HtmlCollector(fetcher(Map.of())).collect(source(Map.of("text", ".ad-body")), null);

        assertThat(r.posts()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("config");
            assertThat(f.reason()).isEqualTo("source bacheca: selectors.item is required for an html source");
        });
        assertThat(journal()).isEmpty();
    }

    @Test
    void badSelectorFailsNamingItsKeyWithoutFetching() {
        CollectResult r = new HtmlCollector(fetcher(Map.of())).collect(source(Map.of("item", "li.ad", "link", "a[href")), null);

        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("config");
            assertThat(f.reason()).startsWith("source bacheca: selectors.link is not a valid CSS selector: ");
        });
        assertThat(journal()).isEmpty();
    }
}
