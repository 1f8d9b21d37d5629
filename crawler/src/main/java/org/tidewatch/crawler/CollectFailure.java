package org.tidewatch.crawler;

/**
 * One page or post that could not be collected.
 *
 * @param url    the page (or post URL) concerned
 * @param kind   a short error class for counting: timeout, http_429, http_5xx, too_large, robots, parse, …
 * @param reason a human-readable reason
 */
public record CollectFailure(String url, String kind, String reason) {
}
