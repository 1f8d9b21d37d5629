package org.tidewatch.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.crawler.evidence.HttpExchange;

/** The {@link Fetcher} over the shared OkHttp client: records each 2xx exchange as evidence, turns faults into data. */
public final class HttpFetcher implements Fetcher, AutoCloseable {
    private final HttpClientFactory clients;
    private final EvidenceStore evidence;

    /** The production fetcher: real clock, real environment. */
    public HttpFetcher(FetchSettings settings, EvidenceStore evidence) {
        this(new HttpClientFactory(settings, Sleeper.REAL, System::getenv), evidence);
    }

    /** A fetcher over a given client factory (tests pass one with a recording {@link Sleeper}). */
    public HttpFetcher(HttpClientFactory clients, EvidenceStore evidence) {
        this.clients = clients;
        this.evidence = evidence;
    }

    /** Convenience for tests and the bench: a factory from settings, sleeper and environment. */
    public static HttpFetcher create(FetchSettings settings, EvidenceStore evidence, Sleeper sleeper,
                                     Function<String, String> env) {
        return new HttpFetcher(new HttpClientFactory(settings, sleeper, env), evidence);
    }

    /** Releases the shared client's connections and threads (at shutdown). */
    @Override
    public void close() {
        clients.close();
    }

    @Override
    public FetchResult fetch(FetchRequest fr) {
        HttpUrl url = HttpUrl.parse(fr.url());
        if (url == null) {
            return FetchResult.failed(fr.url(), null, 0, new FetchFailure("bad_url", "not an http(s) URL: " + fr.url()), 0);
        }
        OkHttpClient client;
        try {
            client = clients.client(fr.proxy());
        } catch (IllegalArgumentException e) {
            return FetchResult.failed(fr.url(), null, 0, new FetchFailure("config", e.getMessage()), 0);
        }
        FetchTrace trace = new FetchTrace(fr, false);
        Request request = new Request.Builder().url(url).tag(FetchTrace.class, trace).get().build();
        try (Response response = client.newCall(request).execute()) {
            return result(fr, trace, response, response.body().bytes());
        } catch (FetchFailureException e) {
            return failed(fr, trace, e.failure());
        } catch (TruncatedBodyException e) {
            return failed(fr, trace, new FetchFailure("truncated", e.getMessage() + after(trace)));
        } catch (SocketTimeoutException e) {
            return failed(fr, trace, new FetchFailure("timeout", "timed out (" + e.getMessage() + ")" + after(trace)));
        } catch (InterruptedIOException e) {
            return failed(fr, trace, new FetchFailure("timeout", "call timed out or was interrupted: " + e.getMessage()
                    + after(trace)));
        } catch (IOException e) {
            return failed(fr, trace, new FetchFailure("connection", e.getClass().getSimpleName() + ": " + e.getMessage()
                    + after(trace)));
        }
    }

    private FetchResult result(FetchRequest fr, FetchTrace trace, Response response, byte[] body) {
        String finalUrl = response.request().url().toString();
        int code = response.code();
        Map<String, List<String>> headers = lowerCase(response.headers().toMultimap());
        if (code == 304) {
            return new FetchResult(fr.url(), finalUrl, code, headers, null, false, null, null, null, null, trace.attempts);
        }
        if (code < 200 || code >= 300) {
            String kind = code == 429 ? "http_429" : code >= 500 ? "http_5xx" : "http_4xx";
            String reason = "HTTP " + code + (response.message().isEmpty() ? "" : " " + response.message()) + after(trace)
                    + (trace.retryNote == null ? "" : "; " + trace.retryNote);
            return new FetchResult(fr.url(), finalUrl, code, headers, null, false, null, null, null,
                    new FetchFailure(kind, reason), trace.attempts);
        }
        Response network = response.networkResponse();
        Request sent = network != null ? network.request() : response.request();
        EvidenceRef ref = evidence.recordExchange(new HttpExchange(finalUrl, Instant.now(), "GET",
                asSent(sent.headers()), response.protocol().toString().toUpperCase(Locale.ROOT), code,
                response.message(), asSent(response.headers()), body, trace.truncated, trace.remoteIp));
        String contentType = response.header("Content-Type");
        if (fr.media() || !textual(contentType)) {
            return new FetchResult(fr.url(), finalUrl, code, headers, body, trace.truncated, null, null, ref, null,
                    trace.attempts);
        }
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(body, contentType);
        return new FetchResult(fr.url(), finalUrl, code, headers, body, trace.truncated, decoded.charset().name(),
                decoded.text(), ref, null, trace.attempts);
    }

    private static FetchResult failed(FetchRequest fr, FetchTrace trace, FetchFailure failure) {
        String finalUrl = trace.redirects.isEmpty() ? fr.url() : trace.redirects.get(trace.redirects.size() - 1);
        return FetchResult.failed(fr.url(), finalUrl, 0, failure, trace.attempts);
    }

    private static String after(FetchTrace trace) {
        return trace.attempts > 1 ? " after " + trace.attempts + " attempts" : "";
    }

    private static boolean textual(String contentType) {
        if (contentType == null) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.contains("html") || t.contains("xml") || t.contains("json")
                || t.contains("javascript");
    }

    /** Headers with their names as they went over the wire (OkHttp's multimap lower-cases them). */
    private static Map<String, List<String>> asSent(Headers headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            out.computeIfAbsent(headers.name(i), k -> new ArrayList<>()).add(headers.value(i));
        }
        return out;
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new TreeMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return out;
    }
}
