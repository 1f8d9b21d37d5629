package org.tidewatch.app.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive, process-wide hold on a data directory, so that a second process (say {@code ingest} while
 * {@code serve} runs) is refused with a clear message instead of corrupting the index or the database.
 * The operating system releases the lock when the process dies, even after {@code kill -9}.
 */
public final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link DataDirBusyException} naming the process that holds it. */
    public static DataDirLock acquire(Path dataDir, String command) {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(".lock");
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(ch);
                ch.close();
                throw new DataDirBusyException("data directory " + dataDir + " is in use by another tidewatch process"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; stop it first or use --data DIR");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + command).getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new DataDirLock(ch, lock);
        } catch (IOException e) {
            throw new DataDirBusyException("cannot lock data directory " + dataDir + ": " + e.getMessage());
        }
    }

    private static String readHolder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(256);
        ch.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock with the process anyway; nothing is lost.
        }
    }

    /** Another process holds the data directory. */
    public static final class DataDirBusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DataDirBusyException(String message) {
            super(message);
        }
    }
}
