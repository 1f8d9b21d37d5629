package org.tidewatch.crawler.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.crawler.evidence.HttpExchange;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.MockServerTest;

class HttpFetcherTest extends MockServerTest {

    private FetchRequest request(String path, Map<String, String> headers, String userAgent, boolean ignoreRobots) {
        return new FetchRequest(base + path, userAgent, headers, null, null, ignoreRobots, null, null, false);
    }

    @Test
    void sendsTheSourceUserAgentAndHeadersWithSecretsReadFromTheEnvironment() {
        server.stubFor(get(urlEqualTo("/api")).willReturn(ok("{}")));
        HttpFetcher fetcher = HttpFetcher.create(Fixtures.fastSettings(Map.of("headers", Map.of("Accept-Language", "en"))),
                evidence, sleeper, Map.of("TW_TOKEN", "s3cret")::get);

        FetchResult r = fetcher.fetch(request("/api", Map.of("Authorization", "Bearer ${TW_TOKEN}"), "ResearchBot/2", false));

        assertThat(r.ok()).isTrue();
        server.verify(getRequestedFor(urlEqualTo("/api")).withHeader("Authorization", equalTo("Bearer s3cret"))
                .withHeader("User-Agent", equalTo("ResearchBot/2")).withHeader("Accept-Language", equalTo("en")));
    }

    @Test
    void unsetEnvironmentVariableFailsNamingHeaderAndVariableWithoutAnyRequest() {
        FetchResult r = fetcher(Map.of()).fetch(request("/api", Map.of("X-Key", "${TW_MISSING}"), null, false));

        assertThat(r.failure()).isEqualTo(new FetchFailure("config",
                "header X-Key refers to environment variable TW_MISSING, which is not set"));
        assertThat(journal()).isEmpty();
    }

    @Test
    void headerValueWithALineBreakIsAConfigFailureThatDoesNotQuoteTheSecret() {
        HttpFetcher fetcher = HttpFetcher.create(Fixtures.fastSettings(Map.of()), evidence, sleeper,
                Map.of("TW_TOKEN", "abc\ndef")::get);

        FetchResult r = fetcher.fetch(request("/api", Map.of("Authorization", "Bearer ${TW_TOKEN}"), null, true));

        assertThat(r.failure()).isEqualTo(new FetchFailure("config",
                "header Authorization has a name or value with characters not allowed in HTTP headers"));
        assertThat(journal()).isEmpty();
    }

    @Test
    void recordsTheExchangeAsEvidenceWithWhatWasSentAndReceived() {
        server.stubFor(get(urlEqualTo("/page")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withHeader("X-Served-By", "edge-7").withBody("<p>مرحبا</p>")));

        FetchResult r = fetcher(Map.of()).fetch(FetchRequest.of(base + "/page"));

        HttpExchange e = evidence.exchangeOf(base + "/page");
        assertThat(r.evidence()).isEqualTo(evidence.refOf(base + "/page"));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.requestHeaders().get("User-Agent")).containsExactly(FetchSettings.DEFAULT_USER_AGENT);
        assertThat(e.responseHeaders().get("X-Served-By")).containsExactly("edge-7");
        assertThat(new String(e.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>مرحبا</p>");
        assertThat(e.truncated()).isFalse();
        assertThat(e.remoteIp()).isEqualTo("127.0.0.1");
        assertThat(r.text()).isEqualTo("<p>مرحبا</p>");
        assertThat(r.charset()).isEqualTo("UTF-8");
    }

    @Test
    void notModifiedIsNeitherContentNorFailure() {
        server.stubFor(get(urlEqualTo("/feed")).withHeader("If-None-Match", equalTo("\"abc\""))
                .withHeader("If-Modified-Since", equalTo("Sat, 21 Nov 2026 10:00:00 GMT"))
                .willReturn(aResponse().withStatus(304)));

        FetchResult r = fetcher(Map.of()).fetch(FetchRequest.of(base + "/feed")
                .conditional("\"abc\"", "Sat, 21 Nov 2026 10:00:00 GMT"));

        assertThat(r.notModified()).isTrue();
        assertThat(r.failure()).isNull();
        assertThat(r.evidence()).isNull();
        assertThat(evidence.exchanges).isEmpty();
    }

    @Test
    void robotsTxtIsFetchedOncePerHostAndSkippedWhenTheSourceIgnoresIt() {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(ok("User-agent: tidewatchbot\nDisallow: /private/\n")));
        server.stubFor(get(urlEqualTo("/a")).willReturn(ok("a")));
        server.stubFor(get(urlEqualTo("/private/b")).willReturn(ok("b")));
        HttpFetcher fetcher = fetcher(Map.of());

        assertThat(fetcher.fetch(FetchRequest.of(base + "/a")).ok()).isTrue();
        assertThat(fetcher.fetch(FetchRequest.of(base + "/private/b")).failure().kind()).isEqualTo("robots");
        assertThat(fetcher.fetch(request("/private/b", Map.of(), null, true)).ok()).isTrue();

        assertThat(journal()).containsExactly("/robots.txt", "/a", "/private/b");
    }

    @Test
    void robotsTxtAnswering503DisallowsTheHostAndSaysWhy() {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(503)));

        FetchResult r = fetcher(Map.of("max_retries", 0)).fetch(FetchRequest.of(base + "/a"));

        assertThat(r.failure()).isEqualTo(new FetchFailure("robots", "robots.txt of http://localhost:" + server.port()
                + " disallows /a for tidewatchbot (robots.txt answered 503)"));
        assertThat(journal()).containsExactly("/robots.txt");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrlButCapsTheirNumber() {
        server.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        server.stubFor(get(urlEqualTo("/new")).willReturn(ok("here")));
        for (int i = 0; i < 4; i++) {
            server.stubFor(get(urlEqualTo("/hop" + i)).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop" + (i + 1))));
        }

        FetchResult moved = fetcher(Map.of()).fetch(FetchRequest.of(base + "/old"));
        FetchResult far = fetcher(Map.of("max_redirects", 2)).fetch(FetchRequest.of(base + "/hop0"));

        assertThat(moved.finalUrl()).isEqualTo(base + "/new");
        assertThat(moved.text()).isEqualTo("here");
        assertThat(far.failure()).isEqualTo(new FetchFailure("too_many_redirects", "more than 2 redirects: " + base
                + "/hop0 -> " + base + "/hop1 -> " + base + "/hop2 -> " + base + "/hop3"));
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));

        FetchResult r = fetcher(Map.of()).fetch(FetchRequest.of(base + "/gone"));

        assertThat(r.failure()).isEqualTo(new FetchFailure("http_4xx", "HTTP 404 Not Found"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(journal()).containsExactly("/robots.txt", "/gone");
    }

    @Test
    void refusedConnectionIsRetriedThenRecorded() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        FetchResult r = fetcher(Map.of()).fetch(new FetchRequest("http://localhost:" + closedPort + "/x", null, Map.of(),
                null, null, true, null, null, false));

        assertThat(r.failure().kind()).isEqualTo("connection");
        assertThat(r.failure().reason()).startsWith("ConnectException: ").endsWith("after 3 attempts");
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void badSourceProxyIsAConfigFailure() {
        FetchResult r = fetcher(Map.of()).fetch(new FetchRequest(base + "/p", null, Map.of(), "tor:9050", null, false,
                null, null, false));

        assertThat(r.failure()).isEqualTo(new FetchFailure("config", "proxy scheme must be http or socks: tor:9050"));
    }

    @Test
    void notAUrlIsABadUrlFailure() {
        assertThat(fetcher(Map.of()).fetch(FetchRequest.of("t.me/s/channel")).failure())
                .isEqualTo(new FetchFailure("bad_url", "not an http(s) URL: t.me/s/channel"));
    }

    @Test
    void spacesRequestsToOneHostByTheMinimumDelay() {
        server.stubFor(get(urlEqualTo("/p")).willReturn(ok("p")));
        HttpFetcher fetcher = fetcher(Map.of("min_delay_ms", 10_000));

        for (int i = 0; i < 2; i++) {
            assertThat(fetcher.fetch(FetchRequest.of(base + "/p")).ok()).isTrue();
        }

        // robots.txt starts at once; the two pages are due 10 s and 20 s after it (the recording sleeper does not sleep).
        List<Long> waits = sleeper.waits();
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(9_000L, 10_000L);
        assertThat(waits.get(1)).isBetween(19_000L, 20_000L);
    }

    @Test
    void sourceProxyCarriesTheRequestsOfThatSource() {
        server.stubFor(get(urlEqualTo("/page")).willReturn(ok("via proxy")));
        FetchRequest viaProxy = new FetchRequest("http://channel.example/page", null, Map.of(),
                "http://localhost:" + server.port(), null, false, null, null, false);

        FetchResult r = fetcher(Map.of()).fetch(viaProxy);

        assertThat(r.text()).isEqualTo("via proxy");
        assertThat(journal()).containsExactly("/robots.txt", "/page");
        server.verify(getRequestedFor(urlEqualTo("/page")).withHeader("Host", equalTo("channel.example")));
    }

    @Test
    void oneHostNeverGetsMoreRequestsAtOnceThanMaxPerHost() throws Exception {
        server.stubFor(get(urlEqualTo("/slow")).willReturn(ok("s").withFixedDelay(150)));
        HttpFetcher fetcher = fetcher(Map.of("max_per_host", 1));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> fetcher.fetch(FetchRequest.of(base + "/slow"))));
            }
            for (Future<FetchResult> f : results) {
                assertThat(f.get().ok()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        // A later request can only reach the server once the earlier one's delayed answer is done.
        List<Long> received = server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/slow"))
                .map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertThat(received).hasSize(3);
        assertThat(received.get(1) - received.get(0)).isGreaterThanOrEqualTo(140);
        assertThat(received.get(2) - received.get(1)).isGreaterThanOrEqualTo(140);
        assertThat(journal().stream().filter("/robots.txt"::equals)).hasSize(1);
    }

    @Test
    void robotsCrawlDelayLengthensTheGapBetweenRequests() {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(ok("User-agent: *\nCrawl-delay: 30\n")));
        server.stubFor(get(urlEqualTo("/p")).willReturn(ok("p")));
        HttpFetcher fetcher = fetcher(Map.of("min_delay_ms", 0));

        fetcher.fetch(FetchRequest.of(base + "/p"));
        fetcher.fetch(FetchRequest.of(base + "/p"));

        assertThat(sleeper.waits()).hasSize(1);
        assertThat(sleeper.waits().get(0)).isBetween(29_000L, 30_000L);
    }
}
