package org.tidewatch.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One configured source, as validated from {@code config/tidewatch.yaml}. Defaults are documented there.
 *
 * @param id           unique source id
 * @param type         telegram, html, rss or mastodon
 * @param url          where to collect from
 * @param schedule     Quartz cron expression
 * @param platform     platform recorded on posts (defaults to the type)
 * @param region       ISO 3166 region for phone numbers written without a country code (null: infer from text)
 * @param enabled      whether the source is collected
 * @param ignoreRobots skip robots.txt (logged on every run)
 * @param historyDays  how far back a first run walks
 * @param maxPages     how many pages a run walks at most
 * @param minDelayMs   minimum delay between requests to the same host
 * @param userAgent    user agent (null: the global one)
 * @param headers      extra request headers; values {@code ${ENV}} are read from the environment
 * @param proxy        outbound proxy URL (http:// or socks://), null for none
 * @param selectors    CSS selectors for the html type (item, text, link, date, date_format, author, next)
 * @param fetchMedia   whether linked photos are fetched as evidence
 */
public record SourceConfig(String id, String type, String url, String schedule, String platform, String region,
                           boolean enabled, boolean ignoreRobots, int historyDays, int maxPages, long minDelayMs,
                           String userAgent, Map<String, String> headers, String proxy,
                           Map<String, String> selectors, boolean fetchMedia) {
    /** The source types Tidewatch can collect. */
    public static final List<String> TYPES = List.of("telegram", "html", "rss", "mastodon");
    /** Keys the {@code selectors} map of an html source may hold. */
    public static final Set<String> SELECTOR_KEYS = Set.of("item", "text", "link", "date", "date_format", "author", "next", "id");

    public SourceConfig {
        Post.requireText(id, "id");
        Objects.requireNonNull(type, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ": " + type);
        }
        Post.requireText(url, "url");
        Post.requireText(schedule, "schedule");
        platform = platform == null || platform.isBlank() ? type : platform;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        selectors = selectors == null ? Map.of() : Map.copyOf(selectors);
        if (historyDays < 1) {
            throw new IllegalArgumentException("history_days must be at least 1: " + historyDays);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("max_pages must be at least 1: " + maxPages);
        }
        if (minDelayMs < 0) {
            throw new IllegalArgumentException("min_delay_ms must not be negative: " + minDelayMs);
        }
    }

    /** A source with every optional key at its default. */
    public static SourceConfig of(String id, String type, String url, String schedule) {
        return new SourceConfig(id, type, url, schedule, null, null, true, false, 30, 20, 1000, null, Map.of(), null, Map.of(), true);
    }

    /** The same source pointing at another URL (used by the demo and by tests). */
    public SourceConfig withUrl(String newUrl) {
        return new SourceConfig(id, type, newUrl, schedule, platform, region, enabled, ignoreRobots, historyDays, maxPages,
                minDelayMs, userAgent, headers, proxy, selectors, fetchMedia);
    }
}
