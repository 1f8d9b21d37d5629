package org.tidewatch.app.runtime;

import java.nio.file.Path;
import org.tidewatch.core.store.Database;

/**
 * The database of a data directory opened under the directory's lock, for commands that need nothing else
 * ({@code users}, {@code audit}, {@code sources}). To use:
 * <pre>{@code
 * try (LockedDatabase data = LockedDatabase.open(dataDir, "audit verify")) {
 *     new AuditLog(data.db(), clock).verify();
 * }
 * }</pre>
 * Closing closes the database, then releases the lock.
 */
public final class LockedDatabase implements AutoCloseable {
    private final DataDirLock lock;
    private final Database db;

    private LockedDatabase(DataDirLock lock, Database db) {
        this.lock = lock;
        this.db = db;
    }

    /**
     * Takes the lock, then opens the database. Throws {@link DataDirLock.DataDirBusyException} when another process
     * holds the directory, or the database's {@code StoreException} (with the lock released again).
     */
    public static LockedDatabase open(Path dataDir, String command) {
        DataDirLock lock = DataDirLock.acquire(dataDir, command);
        try {
            return new LockedDatabase(lock, Database.open(dataDir));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The open database. */
    public Database db() {
        return db;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            lock.close();
        }
    }
}
