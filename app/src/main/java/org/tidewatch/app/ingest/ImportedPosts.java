package org.tidewatch.app.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.crawler.evidence.ResourceDecoder;

/**
 * Turns one line of an export handed over by a platform into a Post, with the line itself kept as evidence
 * (a WARC resource record) before the post goes anywhere else.
 */
public final class ImportedPosts {
    /** Source id recorded on imported posts. */
    public static final String SOURCE_ID = "ingest";

    private final EvidenceStore evidence;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Content type of an imported line kept as evidence; tells {@link #decoder()} which resources are imports. */
    private static final String CONTENT_TYPE = "application/x-tidewatch-import+json";

    public ImportedPosts(EvidenceStore evidence) {
        this.evidence = evidence;
    }

    /** Either a post or the reason the line was rejected. */
    public record Result(Post post, String error) {
    }

    /** Parses, validates and stores one line; never throws for bad input. */
    public Result read(String line, int lineNo) {
        Instant now = Instant.now();
        Result parsed = parse(line, now, null);
        if (parsed.error() != null) {
            return parsed;
        }
        Post p = parsed.post();
        String uri = p.url() != null ? p.url() : "urn:tidewatch:ingest:" + p.id();
        EvidenceRef ref = evidence.recordResource(uri, now, CONTENT_TYPE, line.getBytes(StandardCharsets.UTF_8));
        Post post = p.withEvidence(ref);
        evidence.recordPost(post);
        return new Result(post, null);
    }

    /**
     * The post an imported line describes, without storing anything: used at import, and by {@code reindex} for a
     * line whose post record a crash kept from being written.
     */
    public static ResourceDecoder decoder() {
        return resource -> CONTENT_TYPE.equals(resource.contentType())
                ? Optional.ofNullable(parse(new String(resource.content(), StandardCharsets.UTF_8), resource.capturedAt(), resource.ref()).post())
                : Optional.empty();
    }

    private static Result parse(String line, Instant capturedAt, EvidenceRef ref) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Result(null, "not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return new Result(null, "not a JSON object");
        }
        String id = text(n, "id");
        String text = text(n, "text");
        String platform = text(n, "platform");
        if (id == null) {
            return new Result(null, "missing field 'id'");
        }
        if (text == null) {
            return new Result(null, "missing field 'text'");
        }
        if (platform == null) {
            return new Result(null, "missing field 'platform'");
        }
        if (!platform.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            return new Result(null, "platform must be a name such as telegram or facebook, not '" + platform + "'");
        }
        Instant published = null;
        String publishedText = text(n, "published_at");
        if (publishedText != null) {
            try {
                published = parseTime(publishedText);
            } catch (DateTimeParseException e) {
                return new Result(null, "published_at is not an ISO 8601 date-time: '" + publishedText + "'");
            }
        }
        String url = text(n, "url");
        Post post = new Post(PostIds.of(platform, id), SOURCE_ID, platform.toLowerCase(java.util.Locale.ROOT), url,
                text(n, "author"), null, published, capturedAt, text, Map.of(), ref);
        return new Result(post, null);
    }

    private static Instant parseTime(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(s);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.isBlank() ? null : s;
    }
}
