package org.tidewatch.crawler.fetch;

import java.util.Objects;

/**
 * Why a fetch gave no usable content.
 *
 * @param kind   a short class for counting: timeout, connection, truncated, http_429, http_4xx, http_5xx, gzip_bomb,
 *               redirect_loop, too_many_redirects, robots, bad_url, bad_encoding, config
 * @param reason what happened, for a person
 */
public record FetchFailure(String kind, String reason) {
    public FetchFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
