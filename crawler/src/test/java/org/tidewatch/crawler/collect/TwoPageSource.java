package org.tidewatch.crawler.collect;

import java.util.List;
import java.util.Map;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.testing.Fixtures;

/**
 * One collector with a two-page history in fixtures: the source, where its pages live on the mock server, and the
 * post ids each outcome must give (in the order the collector returns them, oldest first).
 */
enum TwoPageSource {
    TELEGRAM("telegram", "/s/zuwara_trips", "/s/zuwara_trips?before=5", "text/html; charset=utf-8",
            "telegram-page1.html", "telegram-page2.html", "telegram-page2-malformed.html", "/s/zuwara_trips?before=",
            ids("telegram:zuwara_trips/", 5, 6, 7, 8), ids("telegram:zuwara_trips/", 1, 2, 3, 4),
            ids("telegram:zuwara_trips/", 1, 2, 3), ids("telegram:zuwara_trips/", 1, 2, 4), 1),
    HTML("html", "/annunci/viaggi", "/annunci/viaggi?page=2", "text/html; charset=utf-8",
            "html-page1.html", "html-page2.html", "html-page2-malformed.html", "/annunci/viaggi?page=",
            ids("html:", 203, 204, 205), ids("html:", 201, 202), ids("html:", 202), ids("html:", 200, 202), 1),
    RSS("rss", "/forum/feed.xml", "/forum/feed.xml?page=2", "application/rss+xml; charset=utf-8",
            "rss-page1.xml", "rss-page2.xml", "rss-page2-malformed.xml", "/forum/feed.xml?page=",
            ids("rss:forum-rotte-", 4402, 4408, 4411), ids("rss:forum-rotte-", 4385, 4390), ids("rss:forum-rotte-", 4390),
            ids("rss:forum-rotte-", 4385, 4390), 1),
    MASTODON("mastodon", "/api/v1/timelines/tag/boats?limit=40", "/api/v1/timelines/tag/boats?limit=40&max_id=107",
            "application/json; charset=utf-8", "mastodon-page1.json", "mastodon-page2.json",
            "mastodon-page2-malformed.json", "/api/v1/timelines/tag/boats?limit=40&max_id=",
            List.of("mastodon:localhost/95", "mastodon:localhost/108", "mastodon:localhost/109"),
            ids("mastodon:localhost/", 104, 105, 106), ids("mastodon:localhost/", 104, 105, 106),
            ids("mastodon:localhost/", 104, 106), 1);

    final String type;
    final String page1;
    final String page2;
    final String contentType;
    final String page1Fixture;
    final String page2Fixture;
    final String malformedFixture;
    final String robotsPrefix;
    final List<String> page1Ids;
    final List<String> page2Ids;
    /** Page 2's ids when its body is cut at the cap (the last item, maybe cut, is dropped; JSON parses whole). */
    final List<String> page2CutIds;
    final List<String> page2MalformedIds;
    final int malformedParseFailures;

    TwoPageSource(String type, String page1, String page2, String contentType, String page1Fixture, String page2Fixture,
             String malformedFixture, String robotsPrefix, List<String> page1Ids, List<String> page2Ids,
             List<String> page2CutIds, List<String> page2MalformedIds, int malformedParseFailures) {
        this.type = type;
        this.page1 = page1;
        this.page2 = page2;
        this.contentType = contentType;
        this.page1Fixture = page1Fixture;
        this.page2Fixture = page2Fixture;
        this.malformedFixture = malformedFixture;
        this.robotsPrefix = robotsPrefix;
        this.page1Ids = page1Ids;
        this.page2Ids = page2Ids;
        this.page2CutIds = page2CutIds;
        this.page2MalformedIds = page2MalformedIds;
        this.malformedParseFailures = malformedParseFailures;
    }

    /** The source pointing at the mock server (media not fetched, so the journal holds pages only). */
    SourceConfig source(String base) {
        Map<String, String> selectors = this != HTML ? Map.of() : Map.of(
                "item", "li.ad", "text", "h2.ad-title, .ad-body", "link", "h2.ad-title a", "date", ".ad-date",
                "date_format", "dd.MM.yyyy HH:mm", "author", ".ad-user", "next", "a.pager-next[href]",
                "id", "[data-ad-id]@data-ad-id");
        return Fixtures.source(name().toLowerCase(), type, base + page1, selectors, false);
    }

    /** Headers page 1 needs besides its content type (Mastodon's Link to the older page). */
    Map<String, String> page1Headers(String base) {
        return this == MASTODON ? Map.of("Link", "<" + base + page2 + ">; rel=\"next\", <" + base + page1
                + "&min_id=109>; rel=\"prev\"") : Map.of();
    }

    /** Oldest first, as the collector returns them, when both pages are read. */
    List<String> allIds() {
        return concat(page2Ids, page1Ids);
    }

    static List<String> concat(List<String> older, List<String> newer) {
        return java.util.stream.Stream.concat(older.stream(), newer.stream()).toList();
    }

    private static List<String> ids(String prefix, int... numbers) {
        return java.util.Arrays.stream(numbers).mapToObj(n -> prefix + n).toList();
    }
}
