package org.tidewatch.crawler.fetch;

import java.util.Map;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

/**
 * Global fetching settings, read from the {@code crawler:} section of the configuration. Every default is
 * documented in {@code crawler/README.md}; a source may override the user agent, headers, proxy and minimum delay.
 *
 * @param userAgent            user agent sent unless the source sets its own
 * @param connectTimeoutMs     TCP/TLS connect timeout
 * @param readTimeoutMs        timeout between two reads of the response
 * @param callTimeoutMs        timeout of a whole fetch, retries and redirects included
 * @param maxBodyBytes         bodies are cut at this many bytes and recorded as truncated
 * @param maxMediaBytes        cap for photos and other media fetched as evidence
 * @param maxCompressionRatio  a compressed body that inflates past {@code maxBodyBytes} at a higher ratio is a gzip bomb
 * @param maxRedirects         redirects followed per fetch
 * @param maxRetries           retries after the first attempt (timeouts, connection errors, 429, 5xx)
 * @param retryBaseDelayMs     first backoff delay; doubled per retry, with jitter
 * @param retryMaxDelayMs      cap on one backoff delay
 * @param maxRetryAfterMs      a {@code Retry-After} longer than this is not waited for: the fetch fails instead
 * @param maxConcurrent        requests in flight at once, all hosts together
 * @param maxPerHost           requests in flight at once to one host
 * @param minDelayMs           minimum delay between two request starts to one host (a source may set its own)
 * @param robotsCacheMinutes   how long a host's robots.txt is kept
 * @param proxy                global outbound proxy ({@code http://host:port} or {@code socks://host:port}), null for none
 * @param headers              extra headers sent on every request; values {@code ${ENV}} are read from the environment
 */
public record FetchSettings(String userAgent, long connectTimeoutMs, long readTimeoutMs, long callTimeoutMs,
                            long maxBodyBytes, long maxMediaBytes, int maxCompressionRatio, int maxRedirects,
                            int maxRetries, long retryBaseDelayMs, long retryMaxDelayMs, long maxRetryAfterMs,
                            int maxConcurrent, int maxPerHost, long minDelayMs, int robotsCacheMinutes,
                            String proxy, Map<String, String> headers) {
    /** The user agent sent when none is configured. */
    public static final String DEFAULT_USER_AGENT =
            "TidewatchBot/0.1 (+https://github.com/tidewatch/tidewatch; public-interest research)";

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("user_agent must not be blank");
        }
        requirePositive(connectTimeoutMs, "connect_timeout_ms");
        requirePositive(readTimeoutMs, "read_timeout_ms");
        requirePositive(callTimeoutMs, "call_timeout_ms");
        requirePositive(maxBodyBytes, "max_body_bytes");
        requirePositive(maxMediaBytes, "max_media_bytes");
        requirePositive(maxCompressionRatio, "max_compression_ratio");
        requirePositive(maxConcurrent, "max_concurrent");
        requirePositive(maxPerHost, "max_per_host");
        requirePositive(robotsCacheMinutes, "robots_cache_minutes");
        if (maxRedirects < 0 || maxRetries < 0 || retryBaseDelayMs < 0 || retryMaxDelayMs < 0 || maxRetryAfterMs < 0
                || minDelayMs < 0) {
            throw new IllegalArgumentException("max_redirects, max_retries and the delays must not be negative: "
                    + maxRedirects + ", " + maxRetries + ", " + retryBaseDelayMs + ", " + retryMaxDelayMs + ", "
                    + maxRetryAfterMs + ", " + minDelayMs);
        }
        proxy = proxy == null || proxy.isBlank() ? null : proxy.strip();
        if (proxy != null) {
            ProxySpec.parse(proxy);
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    private static void requirePositive(long value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1: " + value);
        }
    }

    /** Every setting at its documented default. */
    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, 10_000, 30_000, 120_000, 5L << 20, 10L << 20, 100, 5,
                3, 1_000, 30_000, 60_000, 8, 2, 1_000, 60, null, Map.of());
    }

    /** Reads the {@code crawler:} section; absent keys take their defaults; unknown keys and bad values fail naming the key. */
    public static FetchSettings fromConfig(ConfigNode node) {
        FetchSettings d = defaults();
        FetchSettings s;
        try {
            s = new FetchSettings(
                    node.string("user_agent", d.userAgent()),
                    node.longValue("connect_timeout_ms", d.connectTimeoutMs(), 1, 600_000),
                    node.longValue("read_timeout_ms", d.readTimeoutMs(), 1, 600_000),
                    node.longValue("call_timeout_ms", d.callTimeoutMs(), 1, 3_600_000),
                    node.longValue("max_body_bytes", d.maxBodyBytes(), 1, 1L << 30),
                    node.longValue("max_media_bytes", d.maxMediaBytes(), 1, 1L << 30),
                    node.intValue("max_compression_ratio", d.maxCompressionRatio(), 1, 100_000),
                    node.intValue("max_redirects", d.maxRedirects(), 0, 50),
                    node.intValue("max_retries", d.maxRetries(), 0, 20),
                    node.longValue("retry_base_delay_ms", d.retryBaseDelayMs(), 0, 600_000),
                    node.longValue("retry_max_delay_ms", d.retryMaxDelayMs(), 0, 3_600_000),
                    node.longValue("max_retry_after_ms", d.maxRetryAfterMs(), 0, 3_600_000),
                    node.intValue("max_concurrent", d.maxConcurrent(), 1, 1_000),
                    node.intValue("max_per_host", d.maxPerHost(), 1, 100),
                    node.longValue("min_delay_ms", d.minDelayMs(), 0, 600_000),
                    node.intValue("robots_cache_minutes", d.robotsCacheMinutes(), 1, 10_080),
                    proxy(node),
                    node.stringMap("headers"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(node.file() + ": " + node.path() + ": " + e.getMessage());
        }
        node.finish();
        return s;
    }

    private static String proxy(ConfigNode node) {
        String p = node.string("proxy", null);
        if (p != null && !p.isBlank()) {
            try {
                ProxySpec.parse(p);
            } catch (IllegalArgumentException e) {
                throw node.error("proxy", e.getMessage());
            }
        }
        return p;
    }
}
