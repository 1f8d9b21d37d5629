package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only, hash-chained list of sealed WARC files ({@code manifest.jsonl}). Each append is flushed to disk
 * before it returns. A line cut off by a crash is dropped on open: its file is then still unsealed and is sealed again.
 */
final class Manifest {
    private static final Logger LOG = LoggerFactory.getLogger(Manifest.class);

    /** Lines as read: the entries that parsed, and a message for each line that did not. */
    record Lines(List<ManifestEntry> entries, List<String> unreadable) {
    }

    private final Path file;
    private final List<ManifestEntry> entries;

    private Manifest(Path file, List<ManifestEntry> entries) {
        this.file = file;
        this.entries = new ArrayList<>(entries);
    }

    /** Opens the manifest for appending, dropping a torn last line; fails when an earlier line is unreadable. */
    static Manifest open(Path file) throws IOException {
        if (Files.exists(file)) {
            dropTornLastLine(file);
        }
        Lines lines = read(file);
        if (!lines.unreadable().isEmpty()) {
            throw new IOException("the evidence manifest " + file + " is damaged (" + lines.unreadable().getFirst()
                    + "); run `tidewatch evidence verify` and restore it before collecting more evidence");
        }
        return new Manifest(file, lines.entries());
    }

    /** Reads every line without judging the chain (that is the verifier's job). */
    static Lines read(Path file) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Lines(entries, unreadable);
        }
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(PostJson.MAPPER.readValue(line, ManifestEntry.class));
            } catch (IOException | RuntimeException e) {
                unreadable.add("line " + lineNo + " is not a manifest entry: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return new Lines(entries, unreadable);
    }

    synchronized List<ManifestEntry> entries() {
        return List.copyOf(entries);
    }

    synchronized Optional<ManifestEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }

    /** Appends and syncs the entry sealing {@code warcFile}. */
    synchronized ManifestEntry append(String warcFile, long size, String sha256, long records, Instant sealedAt,
                                      long tornBytes) throws IOException {
        ManifestEntry entry = ManifestEntry.chained(entries.isEmpty() ? null : entries.getLast(), warcFile, size, sha256,
                records, sealedAt, tornBytes);
        byte[] line = (PostJson.MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        boolean created = !Files.exists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        if (created) {
            WarcEvidenceStore.syncDirectory(file.getParent());
        }
        entries.add(entry);
        return entry;
    }

    private static void dropTornLastLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size == 0) {
                return;
            }
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                LOG.warn("evidence manifest {}: dropping {} bytes of a line torn by a crash", file, size - keep);
                ch.truncate(keep);
                ch.force(true);
            }
        }
    }

    Path file() {
        return file;
    }
}
