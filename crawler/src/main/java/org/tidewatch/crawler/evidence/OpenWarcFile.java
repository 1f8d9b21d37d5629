package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The WARC file being written. Appends happen under the store's lock; syncs happen outside it, so that writers on
 * several threads share one disk sync (group commit) instead of queueing one sync each.
 */
final class OpenWarcFile {
    final String name;
    final Path path;
    private final FileChannel channel;
    private final Object syncLock = new Object();
    /** Records appended; guarded by the store's lock. */
    long records;
    /** Bytes appended so far. */
    private volatile long written;
    /** Bytes known to be on disk; guarded by {@link #syncLock}. */
    private long synced;
    private volatile boolean sealed;
    private volatile boolean abandoned;

    private OpenWarcFile(String name, Path path, FileChannel channel) {
        this.name = name;
        this.path = path;
        this.channel = channel;
    }

    /** Creates the file with its first record (warcinfo), synced, and syncs the directory that names it. */
    static OpenWarcFile create(Path dir, String name, byte[] warcinfo) throws IOException {
        Path path = dir.resolve(name);
        OpenWarcFile file = new OpenWarcFile(name, path, FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        file.append(warcinfo);
        file.syncTo(file.written);
        WarcEvidenceStore.syncDirectory(dir);
        return file;
    }

    long size() {
        return written;
    }

    boolean usable() {
        return !abandoned;
    }

    /**
     * Appends the members and returns the offset where they end. On failure the half-written bytes are cut off, so
     * later records never follow garbage; when even that fails the file is abandoned, left for recovery at the next
     * open, and {@link #usable()} turns false.
     */
    long append(byte[]... members) throws IOException {
        long before = written;
        try {
            for (byte[] m : members) {
                ByteBuffer buf = ByteBuffer.wrap(m);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
            records += members.length;
            written = channel.position();
            return written;
        } catch (IOException e) {
            try {
                channel.truncate(before);
                channel.position(before);
            } catch (IOException cannotCut) {
                abandoned = true;
                channel.close();
            }
            throw e;
        }
    }

    /** Returns once every byte up to {@code end} is on disk, syncing if no other writer has already done so. */
    void syncTo(long end) throws IOException {
        synchronized (syncLock) {
            if (synced >= end) {
                return;
            }
            long target = written;
            try {
                channel.force(false);
            } catch (ClosedChannelException e) {
                if (sealed) {
                    return; // sealing synced everything before it closed the channel
                }
                throw e;
            }
            synced = target;
        }
    }

    /** Syncs and closes the file for good. */
    void seal() throws IOException {
        channel.force(true);
        sealed = true;
        channel.close();
    }
}
