package org.tidewatch.crawler.collect.rss;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.MockServerTest;

class RssCollectorTest extends MockServerTest {
    private static final String FEED = "/forum/feed.xml";
    private static final String XML = "application/rss+xml; charset=utf-8";

    private SourceConfig source(String path) {
        return Fixtures.source("forum", "rss", base + path, Map.of(), false);
    }

    private static Post post(CollectResult r, String id) {
        return r.posts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsRssItemsWithCdataAndEscapedHtml() {
        serve(FEED, XML, "rss-page1.xml");
        serve(FEED + "?page=2", XML, "rss-page2.xml");

        CollectResult r = new RssCollector(fetcher(Map.of())).collect(source(FEED), null);

        Post p = post(r, "rss:forum-rotte-4411");
        assertThat(p.text()).isEqualTo("Partenze dalla Libia questa settimana\n\nQualcuno conosce le partenze da Zuara?\n"
                + "Mi hanno dato questo numero: +39 312 345 6789");
        assertThat(p.url()).isEqualTo(base + "/forum/t/4411");
        assertThat(p.author()).isEqualTo("navigatore77");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-21T09:12:00Z"));
        assertThat(p.attributes()).containsEntry("media_urls", base + "/forum/files/4411.jpg")
                .containsEntry("title", "Partenze dalla Libia questa settimana");
        assertThat(post(r, "rss:forum-rotte-4408").text()).isEqualTo("Passage UK – prix\n\n"
                + "Le passeur demande 1800 euros pour Douvres.\nNuméro : +33 6 12 34 56 78");
        assertThat(post(r, "rss:forum-rotte-4385").publishedAt()).isEqualTo(Instant.parse("2026-11-08T12:00:00Z"));
        assertThat(post(r, "rss:forum-rotte-4385").evidence()).isEqualTo(evidence.refOf(base + FEED + "?page=2"));
    }

    @Test
    void readsAtomEntries() {
        serve("/atom.xml", "application/atom+xml", "atom-feed.xml");

        CollectResult r = new RssCollector(fetcher(Map.of())).collect(source("/atom.xml"), null);

        assertThat(r.posts()).extracting(Post::id).containsExactly(
                "rss:urn:uuid:7c1d2e3f-87bb-4c8e-b8a4-58b0f0a9e087", "rss:urn:uuid:0d6f3f2c-88aa-4c8e-b8a4-58b0f0a9e088");
        Post p = r.posts().get(1);
        assertThat(p.text()).isEqualTo("Ταξίδι από Σμύρνη προς Λέσβο\n\nΑναχώρηση Σάββατο βράδυ.\nΤιμή 1200 ευρώ.\n"
                + "Τηλ. +90 501 234 56 78");
        assertThat(p.url()).isEqualTo(base + "/posts/88");
        assertThat(p.author()).isEqualTo("Kapetan Giorgos");
        assertThat(p.publishedAt()).isEqualTo(Instant.parse("2026-11-20T08:30:00Z"));
        assertThat(p.attributes()).containsEntry("media_urls", base + "/media/88.jpg");
        assertThat(r.posts().get(0).text()).isEqualTo("Route update\n\nNew departures announced for next month.");
        assertThat(r.posts().get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-18T08:00:00Z"));
    }

    @Test
    void unchangedFeedIsAskedIfModifiedSinceAndANewerOneGivesOnlyTheNewItem() {
        String lastModified = "Sat, 21 Nov 2026 10:00:00 GMT";
        server.stubFor(get(urlEqualTo(FEED)).willReturn(aResponse().withHeader("Content-Type", XML)
                .withHeader("Last-Modified", lastModified).withBody(Fixtures.text("rss-page1.xml", base))));
        serve(FEED + "?page=2", XML, "rss-page2.xml");
        RssCollector collector = new RssCollector(fetcher(Map.of()));
        CollectResult first = collector.collect(source(FEED), null);
        assertThat(first.posts()).hasSize(5);

        server.resetAll();
        server.stubFor(get(urlEqualTo(FEED)).withHeader("If-Modified-Since", equalTo(lastModified))
                .willReturn(aResponse().withStatus(304)));
        CollectResult unchanged = collector.collect(source(FEED), first.nextCursor());
        assertThat(unchanged.posts()).isEmpty();
        assertThat(unchanged.failures()).isEmpty();
        assertThat(journal()).containsExactly(FEED);

        server.resetAll();
        serve(FEED, XML, "rss-newer.xml");
        CollectResult newer = collector.collect(source(FEED), unchanged.nextCursor());
        assertThat(newer.posts()).extracting(Post::id).containsExactly("rss:forum-rotte-4415");
        assertThat(journal()).containsExactly(FEED);
    }

    @Test
    void aPageThatIsNotAFeedIsAParseFailure() {
        serve(FEED, "text/html", "html-page2.html");

        CollectResult r = new RssCollector(fetcher(Map.of())).collect(source(FEED), null);

        assertThat(r.posts()).isEmpty();
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("parse");
            assertThat(f.reason()).isEqualTo("not an RSS or Atom feed (root element <html>)");
        });
    }
}
