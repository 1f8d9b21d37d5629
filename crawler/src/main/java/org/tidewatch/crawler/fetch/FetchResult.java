package org.tidewatch.crawler.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tidewatch.core.EvidenceRef;

/**
 * What one fetch brought back: the response, or a failure as data.
 *
 * @param url        the URL asked for
 * @param finalUrl   the URL after redirects (the asked one when there were none)
 * @param status     HTTP status of the final response, 0 when none arrived
 * @param headers    response headers (names lower-case)
 * @param body       the body, decoded from gzip/deflate, cut at the cap
 * @param truncated  whether the body was cut at the size cap
 * @param charset    the charset used for {@code text} (null for media)
 * @param text       the body as text (empty for media and failures)
 * @param evidence   where the exchange is kept (null unless a 2xx response was recorded)
 * @param failure    why no usable content came back (null on success and on 304 Not Modified)
 * @param attempts   how many requests were made for the final URL (retries included)
 */
public record FetchResult(String url, String finalUrl, int status, Map<String, List<String>> headers, byte[] body,
                          boolean truncated, String charset, String text, EvidenceRef evidence, FetchFailure failure,
                          int attempts) {
    public FetchResult {
        Objects.requireNonNull(url, "url");
        finalUrl = finalUrl == null ? url : finalUrl;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        text = text == null ? "" : text;
    }

    /** A fetch that failed before any usable response. */
    public static FetchResult failed(String url, String finalUrl, int status, FetchFailure failure, int attempts) {
        return new FetchResult(url, finalUrl, status, Map.of(), null, false, null, null, null, failure, attempts);
    }

    /** A 2xx response with content. */
    public boolean ok() {
        return failure == null && status >= 200 && status < 300;
    }

    /** The server said the content has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
