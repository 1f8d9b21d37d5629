package org.tidewatch.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.demo.DemoSources;
import org.tidewatch.app.demo.SampleSite;
import org.tidewatch.app.http.ApiServer;
import org.tidewatch.app.runtime.CrawlReport;
import org.tidewatch.app.runtime.SourceCrawler;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.Role;
import org.tidewatch.index.SearchRequest;

/** The whole pipeline over real HTTP: sample site -> collectors -> evidence -> NLP -> index -> API. */
class DemoPipelineTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sampleSourcesAreCollectedEnrichedAndSearchableOverHttp() throws Exception {
        try (SampleSite site = SampleSite.start(Clock.systemUTC())) {
            TidewatchConfig config = TidewatchConfig.defaults(dir.resolve("none.yaml")).withSources(DemoSources.pointedAt(site.baseUrl()));
            long firstCount;
            try (Tidewatch tw = Tidewatch.open(config, dir.resolve("data"), "test");
                 SourceCrawler crawler = SourceCrawler.create(tw)) {
                CrawlReport report = crawler.runAll(config.sources());
                assertThat(report.sources()).extracting(CrawlReport.SourceOutcome::error).containsOnlyNulls();
                Map<String, Integer> perSource = new java.util.HashMap<>();
                report.sources().forEach(s -> perSource.put(s.sourceId(), s.posts()));
                // every page of every sample source: telegram 10+4, classifieds 6+4, forum 5, mastodon 6
                assertThat(perSource).containsEntry("demo-telegram", 14).containsEntry("demo-classifieds", 10)
                        .containsEntry("demo-forum", 5).containsEntry("demo-mastodon", 6);
                firstCount = tw.index().count();
                assertThat(firstCount).isEqualTo(35);

                tw.users().add("ina", java.util.Set.of(Role.INVESTIGATOR), "a long test password".toCharArray());
                token = tw.users().issueToken("ina").value();
                try (ApiServer api = ApiServer.start(new ServerSettings("127.0.0.1", 0), tw, List.of())) {
                    assertThat(raw(api.port(), "/api/search?q=lampedusa", null).statusCode()).isEqualTo(401);
                    JsonNode offers = get(api.port(), "/api/search?q=lampedusa&limit=50");
                    // By default a search sees offers only (data minimisation); offer:any shows the rest.
                    assertThat(offers.get("total").asLong()).isGreaterThanOrEqualTo(3);
                    offers.get("hits").forEach(h -> assertThat(h.get("is_offer").asBoolean()).isTrue());
                    JsonNode body = get(api.port(), "/api/search?q=lampedusa%20offer:any&limit=50");
                    assertThat(body.get("total").asLong()).isGreaterThan(offers.get("total").asLong());
                    List<String> ids = new ArrayList<>();
                    body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
                    assertThat(ids).contains("telegram:demo_rihla/122", "telegram:demo_rihla/121");
                    JsonNode zuwara = find(body, "telegram:demo_rihla/122");
                    assertThat(zuwara.get("platform").asText()).isEqualTo("telegram");
                    assertThat(zuwara.get("lang").asText()).isEqualTo("ar");
                    assertThat(zuwara.get("is_offer").asBoolean()).isTrue();
                    assertThat(zuwara.get("phones").toString()).isEqualTo("[\"+218912345678\"]");
                    assertThat(zuwara.get("prices").toString()).contains("{\"amount\":4500,\"currency\":\"LYD\"}");
                    assertThat(zuwara.get("routes").get(0).get("to").asText()).isEqualTo("Lampedusa");
                    assertThat(zuwara.get("routes").get(0).get("to_country").asText()).isEqualTo("IT");
                    assertThat(zuwara.get("routes").get(0).get("from_country").asText()).isEqualTo("LY");
                    assertThat(body.get("facets").get("platform").has("telegram")).isTrue();
                    assertThat(body.get("facets").has("lang")).isTrue();
                    assertThat(body.get("facets").has("route")).isTrue();

                    HttpResponse<String> bad = raw(api.port(), "/api/search?q=lampedusa&limit=0", token);
                    assertThat(bad.statusCode()).isEqualTo(400);
                    assertThat(json.readTree(bad.body()).get("error").asText()).isEqualTo("limit must be between 1 and 1000, not 0");
                    HttpResponse<String> badCursor = raw(api.port(), "/api/search?q=offer:any&after=nonsense", token);
                    assertThat(badCursor.statusCode()).isEqualTo(400);
                    assertThat(raw(api.port(), "/api/search?q=x&order=sideways", token).statusCode()).isEqualTo(400);
                    // Paging newest-first with the cursor walks every post once.
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    String cursor = null;
                    do {
                        JsonNode page = get(api.port(), "/api/search?q=offer:any&order=newest&limit=10"
                                + (cursor == null ? "" : "&after=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)));
                        page.get("hits").forEach(h -> assertThat(seen.add(h.get("id").asText())).isTrue());
                        cursor = page.get("hits").isEmpty() || page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
                    } while (cursor != null);
                    assertThat(seen).hasSize(35);
                    HttpResponse<String> health = raw(api.port(), "/api/health", null);
                    assertThat(health.statusCode()).isEqualTo(200);
                    assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("ok");
                }
            }
            // A second run over the same data directory updates, never duplicates.
            try (Tidewatch tw = Tidewatch.open(config, dir.resolve("data"), "test");
                 SourceCrawler crawler = SourceCrawler.create(tw)) {
                crawler.runAll(config.sources());
                assertThat(tw.index().count()).isEqualTo(firstCount);
                assertThat(tw.index().search(new SearchRequest("lampedusa", 100)).total())
                        .isEqualTo(tw.index().search(new SearchRequest("lampedusa", 100)).hits().size());
            }
        }
    }

    private JsonNode find(JsonNode body, String id) {
        for (JsonNode h : body.get("hits")) {
            if (h.get("id").asText().equals(id)) {
                return h;
            }
        }
        throw new AssertionError("no hit " + id + " in " + body);
    }

    private String token;

    private JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> r = raw(port, path, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static HttpResponse<String> raw(int port, String path, String bearer) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
