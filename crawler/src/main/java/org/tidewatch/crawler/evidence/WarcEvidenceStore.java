package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

/**
 * The WARC evidence store: gzip-per-record WARC files under one directory, rotated by size, each sealed into the
 * hash-chained manifest when closed. Every method returns only after its records are synced to disk, so an
 * acknowledged record survives a kill -9. On open, files a crash left unsealed are recovered (a torn last record is
 * moved to {@code <file>.torn}, never deleted) and sealed. One process at a time: the directory is locked.
 * Thread-safe.
 */
public final class WarcEvidenceStore implements EvidenceStore {
    /** Rotation size used by {@link #open(Path)}: the customary 1 GiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;
    private static final Logger LOG = LoggerFactory.getLogger(WarcEvidenceStore.class);

    private final Path dir;
    private final long maxFileBytes;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Manifest manifest;
    private final List<String> recoveryNotes = new ArrayList<>();
    private long nextSequence;
    private OpenWarcFile current;
    private boolean closed;
    /** Threads inside {@link #inOneSync}: their writes are synced once, when the batch ends. */
    private final ThreadLocal<Boolean> deferSync = ThreadLocal.withInitial(() -> false);

    private WarcEvidenceStore(Path dir, long maxFileBytes, Clock clock) throws IOException {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
        Files.createDirectories(dir);
        this.lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            acquired = null;
        }
        if (acquired == null) {
            lockChannel.close();
            throw new IOException("the evidence directory " + dir + " is in use by another Tidewatch process");
        }
        this.lock = acquired;
        try {
            this.manifest = Manifest.open(dir.resolve(EvidenceFiles.MANIFEST));
            recoverUnsealedFiles();
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /** The evidence directory under a data directory: {@code <data>/evidence}. */
    public static Path evidenceDir(Path dataDir) {
        return dataDir.resolve("evidence");
    }

    /** Opens the store under {@code <dataDir>/evidence}, rotating files at {@link #DEFAULT_MAX_FILE_BYTES}. */
    public static WarcEvidenceStore open(Path dataDir) {
        return openDirectory(evidenceDir(dataDir), DEFAULT_MAX_FILE_BYTES, Clock.systemUTC());
    }

    /**
     * Opens the store in {@code evidenceDir} itself, recovering and sealing what a crash left open. Throws
     * {@link UncheckedIOException} when the directory cannot be used (in use by another process, damaged manifest).
     */
    public static WarcEvidenceStore openDirectory(Path evidenceDir, long maxFileBytes, Clock clock) {
        try {
            return new WarcEvidenceStore(evidenceDir, maxFileBytes, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the evidence store: " + e.getMessage(), e);
        }
    }

    /** What recovery did on open (files sealed after a crash, torn bytes set aside); empty after a clean shutdown. */
    public List<String> recoveryNotes() {
        return List.copyOf(recoveryNotes);
    }

    /** The evidence directory. */
    public Path directory() {
        return dir;
    }

    @Override
    public EvidenceRef recordExchange(HttpExchange exchange) {
        WarcRecords.Built response = WarcRecords.response(exchange, UUID.randomUUID());
        WarcRecords.Built request = WarcRecords.request(exchange, URI.create(response.recordId()));
        String file = append(response, request);
        return new EvidenceRef(file, response.recordId(), response.payloadSha256());
    }

    @Override
    public EvidenceRef recordResource(String uri, Instant capturedAt, String contentType, byte[] content) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("uri must not be blank");
        }
        WarcRecords.Built resource = WarcRecords.resource(uri, capturedAt == null ? clock.instant() : capturedAt,
                contentType, content == null ? new byte[0] : content);
        return new EvidenceRef(append(resource), resource.recordId(), resource.payloadSha256());
    }

    @Override
    public void recordPost(Post post) {
        if (post.evidence() == null) {
            throw new IllegalArgumentException("post " + post.id() + " has no evidence: store its capture first");
        }
        append(WarcRecords.metadata(post, PostJson.write(post)));
    }

    /**
     * {@inheritDoc} Each sync costs milliseconds, so a batch synced once runs far faster. Only the calling thread's
     * writes are deferred; other threads still sync each of theirs.
     */
    @Override
    public <T> T inOneSync(java.util.function.Supplier<T> work) {
        if (deferSync.get()) {
            return work.get();
        }
        deferSync.set(true);
        try {
            return work.get();
        } finally {
            deferSync.set(false);
            sync();
        }
    }

    private void sync() {
        OpenWarcFile file;
        synchronized (this) {
            file = current;
        }
        if (file != null) { // null: the batch ended in a rotation, which synced and sealed the file
            syncTo(file, file.size());
        }
    }

    /** Appends the records to the current file, syncs them (unless deferred), and returns the file's name. */
    private String append(WarcRecords.Built... records) {
        OpenWarcFile file;
        long end;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the evidence store is closed");
            }
            try {
                if (current != null && current.size() >= maxFileBytes) {
                    OpenWarcFile full = current;
                    current = null; // never written again, even if sealing fails: the next open seals it then
                    seal(full);
                }
                if (current == null) {
                    Instant now = clock.instant();
                    String name = EvidenceFiles.name(nextSequence++, now);
                    current = OpenWarcFile.create(dir, name, WarcRecords.warcinfo(name, now).member());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start a new evidence file: " + e.getMessage(), e);
            }
            file = current;
            byte[][] members = new byte[records.length][];
            for (int i = 0; i < records.length; i++) {
                members[i] = records[i].member();
            }
            try {
                end = file.append(members);
            } catch (IOException e) {
                if (!file.usable()) {
                    LOG.error("evidence file {} left unsealed after a failed write; it is recovered on the next start", file.path);
                    current = null;
                }
                throw new UncheckedIOException("cannot write evidence to " + file.path + ": " + e.getMessage(), e);
            }
        }
        if (!deferSync.get()) {
            syncTo(file, end);
        }
        return file.name;
    }

    private static void syncTo(OpenWarcFile file, long end) {
        try {
            file.syncTo(end);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync evidence to " + file.path + ": " + e.getMessage(), e);
        }
    }

    private void seal(OpenWarcFile file) throws IOException {
        file.seal();
        ManifestEntry entry = manifest.append(file.name, Files.size(file.path), Sha256.hexOfFile(file.path),
                file.records, clock.instant(), 0);
        LOG.info("sealed evidence file {} ({} records, sha256 {})", file.name, entry.records(), entry.sha256());
    }

    private void recoverUnsealedFiles() throws IOException {
        Set<String> sealed = manifest.entries().stream().map(ManifestEntry::file).collect(Collectors.toSet());
        long maxSequence = 0;
        for (Path path : EvidenceFiles.warcFiles(dir)) {
            String name = path.getFileName().toString();
            maxSequence = Math.max(maxSequence, EvidenceFiles.sequence(name));
            if (!sealed.contains(name)) {
                recover(path, name);
            }
        }
        nextSequence = maxSequence + 1;
    }

    private void recover(Path path, String name) throws IOException {
        CrashRecovery.Result r = CrashRecovery.cutTornTail(path);
        if (r.tornBytes() > 0) {
            note(name + ": " + r.tornBytes() + " bytes of a record torn by a crash moved to " + r.tail().getFileName());
        }
        manifest.append(name, Files.size(path), Sha256.hexOfFile(path), r.records(), clock.instant(), r.tornBytes());
        note(name + ": sealed after a crash with " + r.records() + " records");
    }

    private void note(String note) {
        LOG.warn("evidence recovery: {}", note);
        recoveryNotes.add(note);
    }

    /** Syncs a directory so that a newly created file's name survives a crash (a no-op where unsupported). */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync directory {}: {}", dir, e.getMessage());
        }
    }

    /** Seals the current file into the manifest and releases the directory. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (current != null) {
                OpenWarcFile last = current;
                current = null;
                seal(last);
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
