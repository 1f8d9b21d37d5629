package org.tidewatch.rules.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.rules.Rules;
import org.tidewatch.rules.delivery.DeliverySettings;

/**
 * The matcher's own batch index and candidate matching against lucene-monitor's stock path (an index-writer segment,
 * every query run, no presearcher), over posts and queries of every shape the query language has.
 */
class WatchlistMatcherEquivalenceTest {
    private static final Rules.Parts PARTS = Rules.Parts.standard(IndexSettings.defaults(), DeliverySettings.defaults());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<EnrichedPost> posts;
    private static Map<String, String> queries;

    @BeforeAll
    static void load() throws IOException {
        posts = new ArrayList<>();
        for (String line : lines("watch/batch-posts.jsonl")) {
            posts.add(post(JSON.readTree(line)));
        }
        queries = new LinkedHashMap<>();
        for (String line : lines("watch/batch-queries.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.put("q" + queries.size(), line);
            }
        }
    }

    @Test
    void matchesWhatTheStockMonitorMatchesForEveryQueryShape() throws IOException {
        Map<String, List<String>> stock = stockMatches(posts);
        Map<String, List<String>> ours = ourMatches(posts);

        assertThat(ours).isEqualTo(stock);
        // The fixture exercises matching, not only agreement: most queries match something, none matches everything.
        assertThat(stock.keySet()).hasSizeGreaterThan(queries.size() * 3 / 4);
        assertThat(stock.values()).allSatisfy(ids -> assertThat(ids).hasSizeLessThan(posts.size()));
    }

    @Test
    void matchesOnePostAtATimeAsInABatch() throws IOException {
        Map<String, List<String>> oneByOne = new TreeMap<>();
        try (WatchlistMatcher matcher = matcher()) {
            for (EnrichedPost p : posts) {
                WatchMatches m = matcher.match(List.of(p));
                assertThat(m.errorsByWatchlist()).isEmpty();
                m.postIdsByWatchlist().forEach((q, ids) -> oneByOne.computeIfAbsent(q, k -> new ArrayList<>()).addAll(ids));
            }
        }

        assertThat(oneByOne).isEqualTo(ourMatches(posts));
    }

    @Test
    void findsTheExpectedPostsForPhonesPhrasesAndFieldFilters() throws IOException {
        Map<String, List<String>> ours = ourMatches(posts);

        assertThat(ours.get(id("phone:+218912345678"))).containsExactly("t:1", "t:6");
        assertThat(ours.get(id("handle:@sea_rider"))).containsExactly("t:2", "t:12");
        assertThat(ours.get(id("\"family group\""))).containsExactly("t:1", "t:9", "t:12");
        assertThat(ours.get(id("route:TN>IT"))).containsExactly("t:2", "t:8", "t:9");
        assertThat(ours.get(id("to:IT price:[1200 TO 6000] crossing"))).containsExactly("t:9");
        assertThat(ours.get(id("before:2025-05-06"))).containsExactly("t:1", "t:2", "t:3", "t:4");
        assertThat(ours.get(id("after:2025-05-10 boat"))).containsExactly("t:9", "t:12");
        assertThat(ours.get(id("NOT boat"))).doesNotContain("t:1", "t:4", "t:5", "t:12").contains("t:11");
    }

    private static String id(String query) {
        return queries.entrySet().stream().filter(e -> e.getValue().equals(query)).findFirst().orElseThrow().getKey();
    }

    private static WatchlistMatcher matcher() {
        WatchlistMatcher matcher = new WatchlistMatcher(PARTS.analyzer(), PARTS.documents());
        Map<String, Map.Entry<org.apache.lucene.search.Query, String>> parsed = new LinkedHashMap<>();
        queries.forEach((id, q) -> parsed.put(id, Map.entry(PARTS.parser().parse(q), q)));
        matcher.registerAll(parsed);
        return matcher;
    }

    private static Map<String, List<String>> ourMatches(List<EnrichedPost> batch) {
        try (WatchlistMatcher matcher = matcher()) {
            WatchMatches m = matcher.match(batch);
            assertThat(m.errorsByWatchlist()).isEmpty();
            return new TreeMap<>(m.postIdsByWatchlist());
        }
    }

    private static Map<String, List<String>> stockMatches(List<EnrichedPost> batch) throws IOException {
        try (Monitor monitor = new Monitor(PARTS.analyzer(), Presearcher.NO_FILTERING)) {
            List<MonitorQuery> all = new ArrayList<>();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                // Date filters as the matcher registers them: the stock batch has no doc values either.
                all.add(new MonitorQuery(q.getKey(), PointQueries.withoutDocValues(PARTS.parser().parse(q.getValue())),
                        q.getValue(), Map.of()));
            }
            monitor.register(all);
            Document[] docs = batch.stream().map(PARTS.documents()::build).toArray(Document[]::new);
            MultiMatchingQueries<QueryMatch> result = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
            assertThat(result.getErrors()).isEmpty();
            Map<String, List<String>> hits = new TreeMap<>();
            for (int i = 0; i < docs.length; i++) {
                for (QueryMatch m : result.getMatches(i)) {
                    hits.computeIfAbsent(m.getQueryId(), k -> new ArrayList<>()).add(batch.get(i).post().id());
                }
            }
            return hits;
        }
    }

    private static EnrichedPost post(JsonNode n) {
        Instant at = Instant.parse("2025-05-01T09:00:00Z").plusSeconds(86_400L * n.get("day").asInt());
        Post p = new Post(n.get("id").asText(), "fixture", n.get("platform").asText(), null, n.get("author").asText(),
                n.path("authorName").asText(null), at, at, n.get("text").asText(), null, null);
        List<Route> routes = new ArrayList<>();
        n.get("routes").forEach(r -> routes.add(new Route(r.get(0).asText(), r.get(1).asText(), r.get(2).asText(),
                r.get(3).asText())));
        List<Price> prices = n.get("eur").isNull() ? List.of() : List.of(new Price(BigDecimal.valueOf(n.get("eur").asInt()), "EUR"));
        boolean offer = !routes.isEmpty() || n.get("id").asText().equals("t:7");
        String category = !offer ? null : routes.isEmpty() ? "documents" : "sea_crossing";
        return new EnrichedPost(p, new Enrichment(n.get("lang").asText(), offer, offer ? 0.9 : 0.1, category, List.of(),
                prices, routes, strings(n.get("phones")), strings(n.get("handles"))));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = WatchlistMatcherEquivalenceTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }
}
