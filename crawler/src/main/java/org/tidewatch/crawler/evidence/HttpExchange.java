package org.tidewatch.crawler.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP exchange as it went over the wire, for the evidence store.
 *
 * @param url             the requested URL
 * @param fetchedAt       when the response arrived
 * @param method          GET, HEAD, …
 * @param requestHeaders  headers sent
 * @param protocol        HTTP/1.1, h2 …
 * @param status          response status code
 * @param statusMessage   response reason phrase (may be empty)
 * @param responseHeaders headers received
 * @param body            payload bytes as received (decoded transfer/content encoding; possibly truncated at the cap)
 * @param truncated       whether the body was cut at the size cap
 * @param remoteIp        the server's IP address, null when unknown
 */
public record HttpExchange(String url, Instant fetchedAt, String method, Map<String, List<String>> requestHeaders,
                           String protocol, int status, String statusMessage,
                           Map<String, List<String>> responseHeaders, byte[] body, boolean truncated, String remoteIp) {
    public HttpExchange {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        requestHeaders = requestHeaders == null ? Map.of() : Map.copyOf(requestHeaders);
        responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
        body = body == null ? new byte[0] : body;
        statusMessage = statusMessage == null ? "" : statusMessage;
    }
}
