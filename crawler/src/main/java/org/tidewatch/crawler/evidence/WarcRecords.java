package org.tidewatch.crawler.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;
import org.tidewatch.core.Post;

/** Builds the WARC records the store writes, each with its SHA-256 block and payload digests, as one gzip member. */
final class WarcRecords {
    /** A record ready to append: its id, its gzip member and the hex SHA-256 of its payload. */
    record Built(String recordId, byte[] member, String payloadSha256) {
    }

    /** Media type of the metadata records that hold a post as JSON. */
    static final String POST_MEDIA_TYPE = "application/vnd.tidewatch.post+json";

    /*
     * The body is stored decoded, so headers describing the wire encoding would make the stored message lie about
     * its own bytes; they are kept under a prefixed name instead, to show what the server sent.
     */
    private static final Set<String> WIRE_HEADERS = Set.of("content-length", "transfer-encoding", "content-encoding");
    private static final String ORIGINAL_PREFIX = "X-Tidewatch-Original-";
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private WarcRecords() {
    }

    static Built warcinfo(String fileName, Instant now) {
        byte[] fields = ("software: Tidewatch\r\nformat: WARC File Format 1.1\r\n"
                + "description: evidence captured by Tidewatch; one record per gzip member\r\n").getBytes(StandardCharsets.UTF_8);
        Warcinfo.Builder b = new Warcinfo.Builder().filename(fileName).body(MediaType.WARC_FIELDS, fields);
        return build(stamp(b.blockDigest(digest(fields)), now).build(), null);
    }

    static Built request(HttpExchange x, URI concurrentTo) {
        URI target = targetUri(x.url());
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        String requestTarget = path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        StringBuilder head = new StringBuilder();
        head.append(clean(x.method() == null ? "GET" : x.method())).append(' ').append(requestTarget).append(' ')
                .append(httpVersion(x.protocol())).append("\r\n");
        boolean hasHost = x.requestHeaders().keySet().stream().anyMatch(k -> k.equalsIgnoreCase("host"));
        if (!hasHost && target.getRawAuthority() != null) {
            head.append("Host: ").append(target.getRawAuthority()).append("\r\n");
        }
        appendHeaders(head, x.requestHeaders(), false);
        byte[] block = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        WarcRequest.Builder b = new WarcRequest.Builder(target).body(MediaType.HTTP_REQUEST, block)
                .concurrentTo(concurrentTo);
        capture(b, x);
        return build(stamp(b.blockDigest(digest(block)).payloadDigest(digest(new byte[0])), x.fetchedAt()).build(),
                new byte[0]);
    }

    static Built response(HttpExchange x, UUID id) {
        StringBuilder head = new StringBuilder();
        head.append(httpVersion(x.protocol())).append(' ').append(x.status());
        if (!x.statusMessage().isEmpty()) {
            head.append(' ').append(clean(x.statusMessage()));
        }
        head.append("\r\n");
        appendHeaders(head, x.responseHeaders(), true);
        head.append("Content-Length: ").append(x.body().length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = new byte[headBytes.length + x.body().length];
        System.arraycopy(headBytes, 0, block, 0, headBytes.length);
        System.arraycopy(x.body(), 0, block, headBytes.length, x.body().length);
        WarcResponse.Builder b = new WarcResponse.Builder(targetUri(x.url())).recordId(id)
                .body(MediaType.HTTP_RESPONSE, block);
        capture(b, x);
        if (x.truncated()) {
            b.truncated(WarcTruncationReason.LENGTH);
        }
        return build(stamp(b.blockDigest(digest(block)).payloadDigest(digest(x.body())), x.fetchedAt()).build(), x.body());
    }

    static Built resource(String uri, Instant capturedAt, String contentType, byte[] content) {
        MediaType type = MediaType.parseLeniently(contentType == null ? "application/octet-stream" : contentType);
        WarcResource.Builder b = new WarcResource.Builder(targetUri(uri)).body(type, content);
        return build(stamp(b.blockDigest(digest(content)).payloadDigest(digest(content)), capturedAt).build(), content);
    }

    static Built metadata(Post post, byte[] json) {
        URI about = URI.create(post.evidence().recordId());
        WarcMetadata.Builder b = new WarcMetadata.Builder()
                .targetURI(post.url() == null ? postUrn(post.id()) : targetUri(post.url()))
                .body(MediaType.parse(POST_MEDIA_TYPE), json)
                .concurrentTo(about)
                .addHeader("WARC-Refers-To", "<" + about + ">");
        return build(stamp(b.blockDigest(digest(json)).payloadDigest(digest(json)), post.collectedAt()).build(), json);
    }

    private static void capture(org.netpreserve.jwarc.WarcCaptureRecord.AbstractBuilder<?, ?> b, HttpExchange x) {
        if (x.remoteIp() != null && IP_LITERAL.matcher(x.remoteIp()).matches()) {
            b.addHeader("WARC-IP-Address", x.remoteIp());
        }
        if (x.protocol() != null && !x.protocol().isBlank()) {
            b.addHeader("WARC-Protocol", clean(x.protocol().toLowerCase(Locale.ROOT)));
        }
    }

    private static <B extends WarcRecord.AbstractBuilder<?, B>> B stamp(B b, Instant at) {
        // WARC/1.1 allows sub-second dates; the capture time matters to the second and beyond in court.
        b.version(MessageVersion.WARC_1_1);
        return b.date(at.truncatedTo(ChronoUnit.MILLIS));
    }

    private static Built build(WarcRecord record, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out),
                WarcCompression.GZIP)) {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a WARC record in memory", e);
        }
        String payloadHex = payload == null ? null : Sha256.hex(Sha256.of(payload));
        return new Built(record.id().toString(), out.toByteArray(), payloadHex);
    }

    private static void appendHeaders(StringBuilder head, Map<String, List<String>> headers, boolean response) {
        headers.forEach((name, values) -> {
            String cleanName = clean(name);
            boolean wire = response && WIRE_HEADERS.contains(cleanName.toLowerCase(Locale.ROOT));
            for (String value : values) {
                head.append(wire ? ORIGINAL_PREFIX + cleanName : cleanName).append(": ").append(clean(value)).append("\r\n");
            }
        });
    }

    /** Line breaks in a header would let a server's header forge the structure of the stored message. */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }

    private static String httpVersion(String protocol) {
        return protocol != null && protocol.toLowerCase(Locale.ROOT).startsWith("http/1.0") ? "HTTP/1.0" : "HTTP/1.1";
    }

    static URI targetUri(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return URI.create("urn:tidewatch:unparsed:" + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8));
        }
    }

    private static URI postUrn(String postId) {
        return URI.create("urn:tidewatch:post:" + java.net.URLEncoder.encode(postId, StandardCharsets.UTF_8));
    }

    private static WarcDigest digest(byte[] bytes) {
        return new WarcDigest("sha256", Sha256.of(bytes));
    }
}
