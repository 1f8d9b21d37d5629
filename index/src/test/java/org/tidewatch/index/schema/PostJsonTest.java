package org.tidewatch.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.index.Fixtures;

class PostJsonTest {
    @Test
    void instantsAreWrittenExactlyAsInstantToStringWritesThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        java.util.List<java.time.Instant> instants = new java.util.ArrayList<>(java.util.List.of(
                java.time.Instant.parse("2026-03-02T09:00:00Z"), java.time.Instant.parse("1970-01-01T00:00:00Z"),
                java.time.Instant.parse("0000-01-01T00:00:00Z"), java.time.Instant.parse("9999-12-31T23:59:59.999999999Z"),
                java.time.Instant.parse("+10000-01-01T00:00:00Z"), java.time.Instant.parse("-0001-12-31T23:59:59Z"),
                java.time.Instant.parse("1969-12-31T23:59:59.5Z")));
        for (int i = 0; i < 2000; i++) {
            long second = random.nextLong(-70_000_000_000L, 260_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(java.time.Instant.ofEpochSecond(second, nanos));
        }
        for (java.time.Instant at : instants) {
            assertThat(PostJson.iso(at)).isEqualTo(at.toString());
        }
    }

    @Test
    void instantsAreReadBackAsInstantParseReadsThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int k = 0; k < 20_000; k++) {
            int nanos = switch (k % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(random.nextLong(from, to), nanos);
            assertThat(PostJson.parseIso(t.toString())).isEqualTo(t);
        }
        assertThat(PostJson.parseIso("2024-02-29T23:59:59.5Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.5Z"));
        assertThat(PostJson.parseIso("2026-03-31T08:00:00Z")).isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
    }

    @Test
    void impossibleInstantsFailAsInstantParseFails() {
        for (String bad : List.of("2026-04-31T08:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
                "2026-01-01T00:00:00", "2026-01-0xT00:00:00Z", "yesterday")) {
            assertThatThrownBy(() -> PostJson.parseIso(bad)).as(bad).isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }

    @Test
    void everyFixturePostRoundTripsExactly() {
        for (EnrichedPost p : Fixtures.posts()) {
            byte[] json = PostJson.write(p);
            assertThat(PostJson.read(json, 0, json.length)).isEqualTo(p);
        }
    }

    /** What the writer wrote with Jackson's generator until schema 4: stored posts of both must read alike. */
    private static byte[] jacksonBytes(EnrichedPost ep) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            Post p = ep.post();
            Enrichment e = ep.enrichment();
            g.writeStartObject();
            g.writeNumberField("v", 1);
            g.writeStringField("id", p.id());
            g.writeStringField("sourceId", p.sourceId());
            g.writeStringField("platform", p.platform());
            for (String[] kv : new String[][] {{"url", p.url()}, {"author", p.author()}, {"authorName", p.authorName()}}) {
                if (kv[1] != null) {
                    g.writeStringField(kv[0], kv[1]);
                }
            }
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
            if (e.category() != null) {
                g.writeStringField("category", e.category());
            }
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
            g.writeArrayFieldStart("phones");
            for (String v : e.phones()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("handles");
            for (String v : e.handles()) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static EnrichedPost withText(String text) {
        Post post = new Post("x:2", "src", "html", "https://example.org/a?b=\"c\"", "Ali", null,
                Instant.parse("2026-02-03T04:05:06Z"), Instant.parse("2026-02-03T04:06:00Z"), text,
                Map.of("k\u0001", "v\t"), new EvidenceRef("a.warc", "<urn:uuid:1>", "ab".repeat(32)));
        Enrichment e = new Enrichment("ar", false, 1.0 / 3, null,
                List.of(new Reason("offer.price", "3000 €", "price \"quoted\"", 0.125)),
                List.of(new Price(new BigDecimal("0.50"), "EUR", 0, 1)),
                List.of(new Route("Zuwara", "LY", null, null)), List.of(), List.of("@boats"));
        return new EnrichedPost(post, e);
    }

    @Test
    void writesTheBytesJacksonWroteForEveryFixtureAndForEscapesAndEveryScript() throws java.io.IOException {
        List<EnrichedPost> posts = new java.util.ArrayList<>(Fixtures.posts());
        posts.add(withText("quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \u0000 us \u001f del \u007f"));
        posts.add(withText("قارب آمن من زوارة 🚤 ٣٠٠٠ یورو — Überfahrt ça coûte 3000€ 𝐁𝐎𝐀𝐓 \u2028 end"));
        for (EnrichedPost p : posts) {
            byte[] json = PostJson.write(p);
            byte[] jackson = jacksonBytes(p);
            assertThat(PostJson.read(json, 0, json.length)).isEqualTo(p);
            assertThat(PostJson.read(jackson, 0, jackson.length)).isEqualTo(p);
            // Jackson escapes a char outside the BMP as two \\u escapes; it is written here as its four UTF-8 bytes
            String expected = new String(jackson, java.nio.charset.StandardCharsets.UTF_8);
            String written = new String(json, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(written.codePoints().filter(Character::isSupplementaryCodePoint)
                    .mapToObj(cp -> "\\u%04X\\u%04X".formatted((int) Character.highSurrogate(cp), (int) Character.lowSurrogate(cp)))
                    .reduce(written, (w, escape) -> w.replaceFirst("[\\x{10000}-\\x{10FFFF}]", java.util.regex.Matcher.quoteReplacement(escape))))
                    .as(p.post().id()).isEqualTo(expected);
        }
    }

    @Test
    void aNameEncodedBeforehandIsWrittenAsTheSameBytesAsTheNameItself() {
        for (String name : List.of("id", "authorName", "quo\"te", "tab\t", "قارب", "Überfahrt", "𝐁𝐎𝐀𝐓", "")) {
            byte[] byName = new JsonBytes(8).startObject().name(name).value("x").name(name).value(1).endObject().toBytes();
            JsonBytes.Name encoded = JsonBytes.Name.of(name);
            byte[] byEncoded = new JsonBytes(8).startObject().name(encoded).value("x").name(encoded).value(1).endObject().toBytes();
            assertThat(new String(byEncoded, java.nio.charset.StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(byName, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLoneSurrogateIsEscapedAndReadBackUnchanged() {
        EnrichedPost p = withText("broken \ud83d pair and \udea4 low");
        byte[] json = PostJson.write(p);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("broken \\uD83D pair and \\uDEA4 low");
        assertThat(PostJson.read(json, 0, json.length)).isEqualTo(p);
    }

    @Test
    void optionalPartsAndDecimalsSurvive() {
        Post post = new Post("x:1", "src", "html", null, null, null, null, Instant.parse("2026-02-03T04:05:06.789Z"),
                "line one\nline \"two\" <b>", Map.of("views", "12", "forwarded_from", "chan"), null);
        Enrichment e = new Enrichment("und", true, 0.5, "documents",
                List.of(new Reason("doc.passport", "", "passport offered", -0.25)),
                List.of(new Price(new BigDecimal("1234.56"), "GBP", 3, 10), new Price(new BigDecimal("1E+3"), "EUR")),
                List.of(new Route(null, null, "Dover", "GB")), List.of("+447400123456"), List.of("@docs"));
        EnrichedPost original = new EnrichedPost(post, e);
        byte[] json = PostJson.write(original);
        EnrichedPost back = PostJson.read(json, 0, json.length);
        assertThat(back).isEqualTo(original);
        assertThat(back.enrichment().prices().get(0).amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(back.enrichment().prices().get(1).amount()).isEqualTo(new BigDecimal("1000"));
        assertThat(back.post().evidence()).isNull();
        assertThat(new EvidenceRef("a.warc", "<urn:x>", "00")).isNotNull();
    }
}
