package org.tidewatch.crawler.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.tidewatch.crawler.fetch.FetchRequest;
import org.tidewatch.crawler.fetch.HttpFetcher;

/** Base of the tests that run against a WireMock server on a dynamic port, with an in-memory evidence store. */
public abstract class MockServerTest {
    protected static WireMockServer server;
    protected InMemoryEvidenceStore evidence;
    protected RecordingSleeper sleeper;
    protected String base;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort().containerThreads(40).asynchronousResponseEnabled(true));
        server.start();
        // A cold server answers its first requests slowly; warm it so that timeouts are only where a test wants them.
        server.stubFor(get(urlEqualTo("/warm-up")).willReturn(ok("warm")));
        HttpFetcher warm = HttpFetcher.create(Fixtures.fastSettings(Map.of()), new InMemoryEvidenceStore(),
                new RecordingSleeper(), name -> null);
        for (int i = 0; i < 3; i++) {
            warm.fetch(FetchRequest.of("http://localhost:" + server.port() + "/warm-up"));
        }
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
        evidence = new InMemoryEvidenceStore();
        sleeper = new RecordingSleeper();
        base = "http://localhost:" + server.port();
    }

    /** A fetcher with fast test settings plus the overrides, no environment. */
    protected HttpFetcher fetcher(Map<String, Object> overrides) {
        return HttpFetcher.create(Fixtures.fastSettings(overrides), evidence, sleeper, name -> null);
    }

    /** Serves a fixture (with {@code {{base}}} filled in) at a path and query. */
    protected ResponseDefinitionBuilder serve(String path, String contentType, String fixture) {
        ResponseDefinitionBuilder r = okForContentType(contentType, Fixtures.text(fixture, base));
        server.stubFor(get(urlEqualTo(path)).willReturn(r));
        return r;
    }

    /** The requests the server saw, oldest first, as path and query. */
    protected static List<String> journal() {
        List<String> urls = new ArrayList<>(server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList());
        Collections.reverse(urls);
        return urls;
    }
}
