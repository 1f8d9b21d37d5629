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
