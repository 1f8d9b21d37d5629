package org.tidewatch.crawler.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tidewatch.core.Post;
import org.tidewatch.crawler.CollectFailure;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.fetch.HttpFetcher;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.InMemoryEvidenceStore;
import org.tidewatch.crawler.testing.MockServerTest;

/**
 * Every collector against every fault on its second page: the first page's posts come through intact, the
 * failure is recorded with its reason, and the requests made are exactly the expected ones.
 */
class CollectorFaultsTest extends MockServerTest {
    private static final int CAP = 64 * 1024;
    /** 8 MiB of zeros, gzipped to a few KiB. */
    private static final byte[] GZIP_BOMB = gzippedZeros(8 << 20);

    private CollectResult collect(TwoPageSource s) {
        return collect(s, 2_000);
    }

    private CollectResult collect(TwoPageSource s, int readTimeoutMs) {
        HttpFetcher fetcher = fetcher(Map.of("read_timeout_ms", readTimeoutMs, "max_body_bytes", CAP));
        return Collectors.forType(s.type, fetcher).collect(s.source(base), null);
    }

    private void stubPage1(TwoPageSource s) {
        ResponseDefinitionBuilder r = okForContentType(s.contentType, Fixtures.text(s.page1Fixture, base));
        s.page1Headers(base).forEach(r::withHeader);
        server.stubFor(get(urlEqualTo(s.page1)).willReturn(r));
    }

    private ResponseDefinitionBuilder page2Ok(TwoPageSource s) {
        return okForContentType(s.contentType, Fixtures.text(s.page2Fixture, base));
    }

    private static List<String> ids(CollectResult r) {
        return r.posts().stream().map(Post::id).toList();
    }

    private static List<String> kinds(CollectResult r) {
        return r.failures().stream().map(CollectFailure::kind).toList();
    }

    private List<String> requests(TwoPageSource s, int page2Times) {
        List<String> out = new ArrayList<>(List.of("/robots.txt", s.page1));
        for (int i = 0; i < page2Times; i++) {
            out.add(s.page2);
        }
        return out;
    }

    private void assertPage1Intact(TwoPageSource s, CollectResult r) {
        assertThat(ids(r)).isEqualTo(s.page1Ids);
        assertThat(r.posts()).allSatisfy(p -> assertThat(p.evidence()).isEqualTo(evidence.refOf(base + s.page1)));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void walksBothPagesToTheEndOfHistory(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(page2Ok(s)));

        CollectResult r = collect(s);

        assertThat(ids(r)).isEqualTo(s.allIds());
        assertThat(r.failures()).isEmpty();
        assertThat(journal()).isEqualTo(requests(s, 1));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void timeoutOnPage2IsRetriedThenRecorded(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(page2Ok(s).withFixedDelay(1_500)));

        CollectResult r = collect(s, 400);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("timeout");
        assertThat(r.failures().get(0).reason()).contains("timed out").endsWith("after 3 attempts");
        assertThat(r.failures().get(0).url()).isEqualTo(base + s.page2);
        assertThat(journal()).isEqualTo(requests(s, 3));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void status429WaitsWhatRetryAfterSaysThenSucceeds(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("served"));
        server.stubFor(get(urlEqualTo(s.page2)).inScenario("429").whenScenarioStateIs("served").willReturn(page2Ok(s)));

        CollectResult r = collect(s);

        assertThat(ids(r)).isEqualTo(s.allIds());
        assertThat(r.failures()).isEmpty();
        assertThat(sleeper.waits()).containsExactly(2_000L);
        assertThat(journal()).isEqualTo(requests(s, 2));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void status429WithRetryAfterPastTheCapFailsAtOnce(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        CollectResult r = collect(s);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("http_429");
        assertThat(r.failures().get(0).reason())
                .isEqualTo("HTTP 429 Too Many Requests; Retry-After asks 3600000 ms, more than max_retry_after_ms 5000");
        assertThat(sleeper.waits()).isEmpty();
        assertThat(journal()).isEqualTo(requests(s, 1));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void burstOf503IsRiddenOutWithBackoff(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        server.stubFor(get(urlEqualTo(s.page2)).inScenario("503").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(get(urlEqualTo(s.page2)).inScenario("503").whenScenarioStateIs("up").willReturn(page2Ok(s)));

        CollectResult r = collect(s);

        assertThat(ids(r)).isEqualTo(s.allIds());
        assertThat(r.failures()).isEmpty();
        assertThat(sleeper.waits()).hasSize(2);
        assertThat(sleeper.waits().get(0)).isBetween(5L, 10L);
        assertThat(sleeper.waits().get(1)).isBetween(10L, 20L);
        assertThat(journal()).isEqualTo(requests(s, 3));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void lasting503IsRecordedAfterTheRetries(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(aResponse().withStatus(503)));

        CollectResult r = collect(s);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("http_5xx");
        assertThat(r.failures().get(0).reason()).isEqualTo("HTTP 503 Service Unavailable after 3 attempts");
        assertThat(journal()).isEqualTo(requests(s, 3));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void bodyCutOffMidwayIsRetriedThenRecorded(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        CollectResult r = collect(s);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("truncated");
        assertThat(r.failures().get(0).reason()).startsWith("body cut off after").endsWith("after 3 attempts");
        assertThat(journal()).isEqualTo(requests(s, 3));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void utf8PageLabelledLatin1IsDecodedAsUtf8(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(page2Ok(s)));
        Map<String, String> expected = texts(collect(s));
        server.resetAll();
        evidence = new InMemoryEvidenceStore();
        stubPage1(s);
        String mislabelled = s.contentType.replace("charset=utf-8", "charset=ISO-8859-1");
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(aResponse().withHeader("Content-Type", mislabelled)
                .withBody(Fixtures.text(s.page2Fixture, base).getBytes(StandardCharsets.UTF_8))));

        CollectResult r = collect(s);

        assertThat(texts(r)).isEqualTo(expected);
        assertThat(String.join(" ", expected.values())).containsAnyOf("ا", "İ", "é", "ö");
        assertThat(r.failures()).isEmpty();
        assertThat(journal()).isEqualTo(requests(s, 1));
    }

    private static Map<String, String> texts(CollectResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.posts().forEach(p -> out.put(p.id(), p.text()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void hugeBodyIsCutAtTheCapAndRecorded(TwoPageSource s) {
        stubPage1(s);
        String padding = s == TwoPageSource.MASTODON ? " ".repeat(100_000)
                : "<!-- " + "padding ".repeat(12_500) + " -->";
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(okForContentType(s.contentType,
                Fixtures.text(s.page2Fixture, base) + padding)));

        CollectResult r = collect(s);

        assertThat(ids(r)).isEqualTo(TwoPageSource.concat(s.page2CutIds, s.page1Ids));
        assertThat(kinds(r)).containsExactly("too_large");
        assertThat(r.failures().get(0).reason()).startsWith("body cut at the size cap after " + CAP + " bytes");
        assertThat(evidence.exchangeOf(base + s.page2).truncated()).isTrue();
        assertThat(evidence.exchangeOf(base + s.page2).body()).hasSize(CAP);
        assertThat(journal()).isEqualTo(requests(s, 1));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void gzipBombIsRefusedWithoutInflatingIt(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(aResponse().withHeader("Content-Type", s.contentType)
                .withHeader("Content-Encoding", "gzip").withBody(GZIP_BOMB)));

        CollectResult r = collect(s);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("gzip_bomb");
        assertThat(r.failures().get(0).reason()).startsWith("body inflates past " + CAP + " bytes from ");
        assertThat(evidence.exchangeOf(base + s.page2)).isNull();
        assertThat(journal()).isEqualTo(requests(s, 1));
    }

    private static byte[] gzippedZeros(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void redirectLoopIsNamedAndNotFollowedForever(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(aResponse().withStatus(302).withHeader("Location", "/moved")));
        server.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(301).withHeader("Location", s.page2)));

        CollectResult r = collect(s);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("redirect_loop");
        assertThat(r.failures().get(0).reason()).isEqualTo("redirect loop: " + base + s.page2 + " -> " + base
                + "/moved -> " + base + s.page2);
        List<String> expected = requests(s, 1);
        expected.add("/moved");
        assertThat(journal()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void pageDisallowedByRobotsIsNotRequested(TwoPageSource s) {
        server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(ok("User-agent: *\nDisallow: " + s.robotsPrefix + "\n")
                .withHeader("Content-Type", "text/plain")));
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(page2Ok(s)));

        CollectResult r = collect(s);

        assertPage1Intact(s, r);
        assertThat(kinds(r)).containsExactly("robots");
        assertThat(r.failures().get(0).reason()).startsWith("robots.txt of http://localhost:" + server.port()
                + " disallows " + s.page2 + " for tidewatchbot");
        assertThat(journal()).isEqualTo(List.of("/robots.txt", s.page1));
    }

    @ParameterizedTest
    @EnumSource(TwoPageSource.class)
    void malformedPageIsParsedLenientlyAndABrokenItemRecorded(TwoPageSource s) {
        stubPage1(s);
        server.stubFor(get(urlEqualTo(s.page2)).willReturn(okForContentType(s.contentType,
                Fixtures.text(s.malformedFixture, base))));

        CollectResult r = collect(s);

        assertThat(ids(r)).isEqualTo(TwoPageSource.concat(s.page2MalformedIds, s.page1Ids));
        assertThat(kinds(r)).isEqualTo(Collections.nCopies(s.malformedParseFailures, "parse"));
        assertThat(r.failures().get(0).url()).isEqualTo(base + s.page2);
        assertThat(journal()).isEqualTo(requests(s, 1));
    }
}
