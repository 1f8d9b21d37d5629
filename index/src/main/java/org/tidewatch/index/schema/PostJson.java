package org.tidewatch.index.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;

/**
 * The stored form of a post: its {@link EnrichedPost} as compact JSON, exact both ways (prices as decimal
 * strings, instants in ISO-8601). Written field by field rather than by data binding, which was a quarter of
 * the indexing time.
 */
public final class PostJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper(FACTORY);

    private PostJson() {
    }

    /** UTF-8 JSON bytes of the post. */
    public static byte[] write(EnrichedPost ep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + ep.post().text().length() * 2);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            Post p = ep.post();
            Enrichment e = ep.enrichment();
            g.writeStartObject();
            g.writeNumberField("v", 1);
            g.writeStringField("id", p.id());
            g.writeStringField("sourceId", p.sourceId());
            g.writeStringField("platform", p.platform());
            optional(g, "url", p.url());
            optional(g, "author", p.author());
            optional(g, "authorName", p.authorName());
            if (p.publishedAt() != null) {
                g.writeStringField("publishedAt", p.publishedAt().toString());
            }
            g.writeStringField("collectedAt", p.collectedAt().toString());
            g.writeStringField("text", p.text());
            if (!p.attributes().isEmpty()) {
                g.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                    g.writeStringField(a.getKey(), a.getValue());
                }
                g.writeEndObject();
            }
            if (p.evidence() != null) {
                g.writeArrayFieldStart("evidence");
                g.writeString(p.evidence().warcFile());
                g.writeString(p.evidence().recordId());
                g.writeString(p.evidence().sha256());
                g.writeEndArray();
            }
            g.writeStringField("lang", e.lang());
            g.writeBooleanField("isOffer", e.isOffer());
            g.writeNumberField("score", e.score());
            optional(g, "category", e.category());
            g.writeArrayFieldStart("reasons");
            for (Reason r : e.reasons()) {
                g.writeStartArray();
                g.writeString(r.indicator());
                g.writeString(r.matched());
                g.writeString(r.gloss());
                g.writeNumber(r.weight());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("prices");
            for (Price pr : e.prices()) {
                g.writeStartArray();
                g.writeString(pr.amount().toPlainString());
                g.writeString(pr.currency());
                g.writeNumber(pr.start());
                g.writeNumber(pr.end());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("routes");
            for (Route r : e.routes()) {
                g.writeStartArray();
                g.writeString(r.from());
                g.writeString(r.fromCountry());
                g.writeString(r.to());
                g.writeString(r.toCountry());
                g.writeEndArray();
            }
            g.writeEndArray();
            strings(g, "phones", e.phones());
            strings(g, "handles", e.handles());
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot serialise post " + ep.post().id(), ex);
        }
        return out.toByteArray();
    }

    /** The post back from its JSON bytes. */
    public static EnrichedPost read(byte[] json, int offset, int length) {
        JsonNode n;
        try {
            n = READER.readTree(FACTORY.createParser(json, offset, length));
        } catch (IOException e) {
            throw new UncheckedIOException("stored post JSON is unreadable", e);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (n.has("attributes")) {
            n.get("attributes").properties().forEach(a -> attributes.put(a.getKey(), a.getValue().asText()));
        }
        JsonNode ev = n.get("evidence");
        EvidenceRef evidence = ev == null ? null : new EvidenceRef(ev.get(0).asText(), ev.get(1).asText(), ev.get(2).asText());
        Post post = new Post(n.get("id").asText(), n.get("sourceId").asText(), n.get("platform").asText(),
                text(n.get("url")), text(n.get("author")), text(n.get("authorName")), instant(n.get("publishedAt")),
                instant(n.get("collectedAt")), n.get("text").asText(), attributes, evidence);
        List<Reason> reasons = new ArrayList<>();
        n.get("reasons").forEach(r -> reasons.add(new Reason(r.get(0).asText(), r.get(1).asText(), r.get(2).asText(),
                r.get(3).asDouble())));
        List<Price> prices = new ArrayList<>();
        n.get("prices").forEach(p -> prices.add(new Price(new BigDecimal(p.get(0).asText()), p.get(1).asText(),
                p.get(2).asInt(), p.get(3).asInt())));
        List<Route> routes = new ArrayList<>();
        n.get("routes").forEach(r -> routes.add(new Route(text(r.get(0)), text(r.get(1)), text(r.get(2)), text(r.get(3)))));
        Enrichment e = new Enrichment(n.get("lang").asText(), n.get("isOffer").asBoolean(), n.get("score").asDouble(),
                text(n.get("category")), reasons, prices, routes, strings(n.get("phones")), strings(n.get("handles")));
        return new EnrichedPost(post, e);
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant instant(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.asText());
    }
}
