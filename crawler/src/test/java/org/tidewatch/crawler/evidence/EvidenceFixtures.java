package org.tidewatch.crawler.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

/** Builds exchanges and posts for the evidence tests, and edits stored files record by record. */
final class EvidenceFixtures {
    static final Instant T0 = Instant.parse("2026-03-03T10:15:30.123456Z");

    private EvidenceFixtures() {
    }

    static byte[] channelPage() {
        try (InputStream in = EvidenceFixtures.class.getResourceAsStream("/evidence/channel-page.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpExchange exchange(String url, byte[] body) {
        return new HttpExchange(url, T0, "GET", Map.of("User-Agent", List.of("Tidewatch-test/1.0"), "Accept", List.of("text/html")),
                "h2", 200, "OK", Map.of("Content-Type", List.of("text/html; charset=utf-8"),
                "Content-Encoding", List.of("gzip"), "Content-Length", List.of("321")), body, false, "127.0.0.1");
    }

    static Post post(String nativeId, String text, EvidenceRef ref) {
        return new Post("html:" + nativeId, "example-channel", "html", "https://example.org/channel/" + nativeId,
                "example_author", "Example Author", Instant.parse("2026-03-01T08:15:00Z"), T0, text,
                Map.of("views", "42", "channel_id", "example"), ref);
    }

    /** The gzip members of a file, inflated. */
    static List<GzipMembers.Member> members(Path file) throws IOException {
        List<GzipMembers.Member> out = new ArrayList<>();
        try (GzipMembers m = new GzipMembers(file)) {
            for (GzipMembers.Member x; (x = m.next()) != null; ) {
                out.add(x);
            }
        }
        return out;
    }

    /** Index of the member holding the record with this id. */
    static int indexOf(Path file, String recordId) throws IOException {
        List<GzipMembers.Member> ms = members(file);
        for (int i = 0; i < ms.size(); i++) {
            if (StoredRecord.parse(ms.get(i)).id().equals(recordId)) {
                return i;
            }
        }
        throw new AssertionError("no record " + recordId + " in " + file);
    }

    /** Rewrites the file with member {@code index} replaced by {@code newContent}, recompressed as a valid gzip member. */
    static void replaceMember(Path file, int index, byte[] newContent) throws IOException {
        byte[] all = Files.readAllBytes(file);
        List<GzipMembers.Member> ms = members(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < ms.size(); i++) {
            GzipMembers.Member m = ms.get(i);
            out.write(i == index ? gzip(newContent) : java.util.Arrays.copyOfRange(all, (int) m.offset(), (int) (m.offset() + m.length())));
        }
        Files.write(file, out.toByteArray());
    }

    /** The inflated bytes of a member with the first occurrence of {@code from} replaced by {@code to} (same length). */
    static byte[] edited(byte[] content, String from, String to) {
        String s = new String(content, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(from);
        if (at < 0 || from.length() != to.length()) {
            throw new AssertionError("cannot edit '" + from + "'");
        }
        return (s.substring(0, at) + to + s.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
