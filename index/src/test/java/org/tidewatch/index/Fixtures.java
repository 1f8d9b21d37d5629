package org.tidewatch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;

/** Test posts: the multilingual fixture file and small generated posts. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** The posts of {@code posts.jsonl}. */
    public static List<EnrichedPost> posts() {
        List<EnrichedPost> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Fixtures.class.getResourceAsStream("/org/tidewatch/index/posts.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(parse(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static EnrichedPost parse(JsonNode n) {
        Instant published = Instant.parse(n.get("published").asText());
        String id = n.get("id").asText();
        Post post = new Post(id, "fixture", n.get("platform").asText(), "https://example.org/" + id.replace(':', '/'),
                n.get("author").asText(), n.get("authorName").asText(), published, published.plusSeconds(600),
                n.get("text").asText(), Map.of(), new EvidenceRef("fixture.warc.gz", "<urn:uuid:" + id + ">", "ab".repeat(32)));
        List<Price> prices = new ArrayList<>();
        n.get("prices").forEach(p -> prices.add(new Price(new BigDecimal(p.get(0).asText()), p.get(1).asText())));
        List<Route> routes = new ArrayList<>();
        n.get("routes").forEach(r -> routes.add(new Route(text(r.get(0)), text(r.get(1)), text(r.get(2)), text(r.get(3)))));
        List<String> phones = new ArrayList<>();
        n.get("phones").forEach(p -> phones.add(p.asText()));
        List<String> handles = new ArrayList<>();
        n.get("handles").forEach(h -> handles.add(h.asText()));
        boolean offer = n.get("offer").asBoolean();
        List<Reason> reasons = offer ? List.of(new Reason("offer.fixture", "", "fixture offer", 1.0)) : List.of();
        Enrichment e = new Enrichment(n.get("lang").asText(), offer, offer ? 0.9 : 0.1, text(n.get("category")), reasons,
                prices, routes, phones, handles);
        return new EnrichedPost(post, e);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A minimal English non-route post. */
    public static EnrichedPost simple(String id, String text, Instant published, boolean offer) {
        Post post = new Post(id, "test", "telegram", null, "author_" + id.hashCode() % 5, null, published,
                published.plusSeconds(60), text, Map.of(), null);
        Enrichment e = new Enrichment("en", offer, offer ? 0.8 : 0.2, offer ? "sea_crossing" : null, List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new EnrichedPost(post, e);
    }
}
