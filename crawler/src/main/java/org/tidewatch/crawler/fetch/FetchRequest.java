package org.tidewatch.crawler.fetch;

import java.util.Map;
import java.util.Objects;
import org.tidewatch.core.SourceConfig;

/**
 * One URL to fetch, with the per-source settings that travel with it through the interceptors.
 *
 * @param url          absolute http(s) URL
 * @param userAgent    user agent for this source (null: the global one)
 * @param headers      extra headers for this source; values {@code ${ENV}} are read from the environment
 * @param proxy        proxy for this source (null: the global one)
 * @param minDelayMs   minimum delay between requests to the host (null: the global one)
 * @param ignoreRobots skip robots.txt
 * @param etag         ETag of the previous fetch, sent as {@code If-None-Match} (null: none)
 * @param lastModified Last-Modified of the previous fetch, sent as {@code If-Modified-Since} (null: none)
 * @param media        a photo or other media: capped at {@code max_media_bytes}, not decoded as text
 */
public record FetchRequest(String url, String userAgent, Map<String, String> headers, String proxy, Long minDelayMs,
                           boolean ignoreRobots, String etag, String lastModified, boolean media) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A plain request with every setting global. */
    public static FetchRequest of(String url) {
        return new FetchRequest(url, null, Map.of(), null, null, false, null, null, false);
    }

    /** A request carrying the source's user agent, headers, proxy, delay and robots choice. */
    public static FetchRequest forSource(SourceConfig source, String url) {
        return new FetchRequest(url, source.userAgent(), source.headers(), source.proxy(), source.minDelayMs(),
                source.ignoreRobots(), null, null, false);
    }

    /** The same request made conditional on the previous validators. */
    public FetchRequest conditional(String newEtag, String newLastModified) {
        return new FetchRequest(url, userAgent, headers, proxy, minDelayMs, ignoreRobots, newEtag, newLastModified, media);
    }

    /** The same settings for a media URL. */
    public FetchRequest media(String mediaUrl) {
        return new FetchRequest(mediaUrl, userAgent, headers, proxy, minDelayMs, ignoreRobots, null, null, true);
    }
}
