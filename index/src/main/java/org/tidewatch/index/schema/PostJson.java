package org.tidewatch.index.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * strings, instants in ISO-8601). Written and read field by field rather than by data binding, which was a
 * quarter of the indexing time.
 */
public final class PostJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PostJson() {
    }

    /** The names of the fields a post is written with, encoded once. */
    private static final JsonBytes.Name N_V = JsonBytes.Name.of("v");
    private static final JsonBytes.Name N_ID = JsonBytes.Name.of("id");
    private static final JsonBytes.Name N_SOURCE_ID = JsonBytes.Name.of("sourceId");
    private static final JsonBytes.Name N_PLATFORM = JsonBytes.Name.of("platform");
    private static final JsonBytes.Name N_URL = JsonBytes.Name.of("url");
    private static final JsonBytes.Name N_AUTHOR = JsonBytes.Name.of("author");
    private static final JsonBytes.Name N_AUTHOR_NAME = JsonBytes.Name.of("authorName");
    private static final JsonBytes.Name N_PUBLISHED_AT = JsonBytes.Name.of("publishedAt");
    private static final JsonBytes.Name N_COLLECTED_AT = JsonBytes.Name.of("collectedAt");
    private static final JsonBytes.Name N_TEXT = JsonBytes.Name.of("text");
    private static final JsonBytes.Name N_ATTRIBUTES = JsonBytes.Name.of("attributes");
    private static final JsonBytes.Name N_EVIDENCE = JsonBytes.Name.of("evidence");
    private static final JsonBytes.Name N_LANG = JsonBytes.Name.of("lang");
    private static final JsonBytes.Name N_IS_OFFER = JsonBytes.Name.of("isOffer");
    private static final JsonBytes.Name N_SCORE = JsonBytes.Name.of("score");
    private static final JsonBytes.Name N_CATEGORY = JsonBytes.Name.of("category");
    private static final JsonBytes.Name N_REASONS = JsonBytes.Name.of("reasons");
    private static final JsonBytes.Name N_PRICES = JsonBytes.Name.of("prices");
    private static final JsonBytes.Name N_ROUTES = JsonBytes.Name.of("routes");
    private static final JsonBytes.Name N_PHONES = JsonBytes.Name.of("phones");
    private static final JsonBytes.Name N_HANDLES = JsonBytes.Name.of("handles");

    /** UTF-8 JSON bytes of the post (written by {@link JsonBytes}: Jackson's generator was half the time of it). */
    public static byte[] write(EnrichedPost ep) {
        Post p = ep.post();
        Enrichment e = ep.enrichment();
        JsonBytes g = new JsonBytes(384 + p.text().length() * 2);
        g.startObject();
        g.name(N_V).value(1);
        g.name(N_ID).value(p.id());
        g.name(N_SOURCE_ID).value(p.sourceId());
        g.name(N_PLATFORM).value(p.platform());
        optional(g, N_URL, p.url());
        optional(g, N_AUTHOR, p.author());
        optional(g, N_AUTHOR_NAME, p.authorName());
        if (p.publishedAt() != null) {
            g.name(N_PUBLISHED_AT).value(iso(p.publishedAt()));
        }
        g.name(N_COLLECTED_AT).value(iso(p.collectedAt()));
        g.name(N_TEXT).value(p.text());
        if (!p.attributes().isEmpty()) {
            g.name(N_ATTRIBUTES).startObject();
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                g.name(a.getKey()).value(a.getValue());
            }
            g.endObject();
        }
        if (p.evidence() != null) {
            g.name(N_EVIDENCE).startArray()
                    .value(p.evidence().warcFile()).value(p.evidence().recordId()).value(p.evidence().sha256())
                    .endArray();
        }
        g.name(N_LANG).value(e.lang());
        g.name(N_IS_OFFER).value(e.isOffer());
        g.name(N_SCORE).value(e.score());
        optional(g, N_CATEGORY, e.category());
        g.name(N_REASONS).startArray();
        for (Reason r : e.reasons()) {
            g.startArray().value(r.indicator()).value(r.matched()).value(r.gloss()).value(r.weight()).endArray();
        }
        g.endArray();
        g.name(N_PRICES).startArray();
        for (Price pr : e.prices()) {
            g.startArray().value(pr.amount().toPlainString()).value(pr.currency()).value(pr.start()).value(pr.end())
                    .endArray();
        }
        g.endArray();
        g.name(N_ROUTES).startArray();
        for (Route r : e.routes()) {
            g.startArray().value(r.from()).value(r.fromCountry()).value(r.to()).value(r.toCountry()).endArray();
        }
        g.endArray();
        strings(g, N_PHONES, e.phones());
        strings(g, N_HANDLES, e.handles());
        g.endObject();
        return g.toBytes();
    }

    /**
     * {@code instant.toString()} (ISO-8601 in UTC, fraction in groups of three digits), built by hand for the years
     * 0000–9999: the JDK's formatter was a sixth of the serialisation time.
     */
    static String iso(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(30);
        pad(b, t.getYear(), 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            b.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(b, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(b, nanos / 1_000, 6);
            } else {
                pad(b, nanos, 9);
            }
        }
        return b.append('Z').toString();
    }

    private static final long YEAR_0 = java.time.LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
    private static final long YEAR_10000 = java.time.LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;

    private static StringBuilder pad(StringBuilder b, int value, int digits) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < digits; i++) {
            b.append('0');
        }
        return b.append(v);
    }

    /** The post back from its JSON bytes. */
    public static EnrichedPost read(byte[] json, int offset, int length) {
        try (JsonParser p = FACTORY.createParser(json, offset, length)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("stored post JSON is unreadable: " + e.getMessage(), e);
        }
    }

    private static EnrichedPost read(JsonParser p) throws IOException {
        Map<String, String> f = new HashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        List<Price> prices = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        boolean offer = false;
        double score = 0;
        expect(p.nextToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "attributes" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        attributes.put(key, p.getText());
                    }
                }
                case "evidence" -> evidence.addAll(strings(p));
                case "reasons" -> {
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        List<String> r = strings(p);
                        reasons.add(new Reason(r.get(0), r.get(1), r.get(2), Double.parseDouble(r.get(3))));
                    }
                }
                case "prices" -> {
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        List<String> r = strings(p);
                        prices.add(new Price(new BigDecimal(r.get(0)), r.get(1), Integer.parseInt(r.get(2)),
                                Integer.parseInt(r.get(3))));
                    }
                }
                case "routes" -> {
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        List<String> r = strings(p);
                        routes.add(new Route(r.get(0), r.get(1), r.get(2), r.get(3)));
                    }
                }
                case "phones" -> phones.addAll(strings(p));
                case "handles" -> handles.addAll(strings(p));
                case "isOffer" -> offer = p.getBooleanValue();
                case "score" -> score = p.getDoubleValue();
                default -> {
                    if (value.isScalarValue()) {
                        f.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        EvidenceRef ref = evidence.isEmpty() ? null : new EvidenceRef(evidence.get(0), evidence.get(1), evidence.get(2));
        Post post = new Post(f.get("id"), f.get("sourceId"), f.get("platform"), f.get("url"), f.get("author"),
                f.get("authorName"), instant(f.get("publishedAt")), instant(f.get("collectedAt")), f.get("text"),
                attributes, ref);
        Enrichment e = new Enrichment(f.get("lang"), offer, score, f.get("category"), reasons, prices, routes, phones, handles);
        return new EnrichedPost(post, e);
    }

    /** The values of the array the parser is at (numbers as text, null as null). */
    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            out.add(t == JsonToken.VALUE_NULL ? null : p.getText());
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but found " + actual);
        }
    }

    private static void optional(JsonBytes g, JsonBytes.Name name, String value) {
        if (value != null) {
            g.name(name).value(value);
        }
    }

    private static void strings(JsonBytes g, JsonBytes.Name name, List<String> values) {
        g.name(name).startArray();
        for (String v : values) {
            g.value(v);
        }
        g.endArray();
    }

    private static Instant instant(String iso) {
        return iso == null ? null : parseIso(iso);
    }

    /**
     * The inverse of {@link #iso}: {@code yyyy-MM-ddTHH:mm:ss[.fff|.ffffff|.fffffffff]Z} read by hand (the JDK's parser
     * was a seventh of loading a page of hits); anything else, or an impossible date, goes through {@link Instant#parse}.
     */
    static Instant parseIso(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return Instant.parse(s);
        }
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (s.charAt(19) != '.' || (digits != 3 && digits != 6 && digits != 9)) {
                return Instant.parse(s);
            }
            nanos = digits(s, 20, digits);
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                || nanos < 0) {
            return Instant.parse(s); // the JDK's error says what is wrong
        }
        long days;
        try {
            days = java.time.LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Instant.parse(s); // e.g. 31 April
        }
        return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
