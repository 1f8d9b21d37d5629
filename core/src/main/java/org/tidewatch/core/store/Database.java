package org.tidewatch.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded SQL database (H2, one file next to the index) for state that must be transactional:
 * crawl cursors, source health, alerts, users, the audit log. Each module creates its own tables with
 * {@link #migrate(String, String...)}.
 */
public final class Database implements AutoCloseable {
    private final String jdbcUrl;
    private final Connection keepAlive;

    private Database(String jdbcUrl) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.keepAlive = DriverManager.getConnection(jdbcUrl, "tidewatch", "");
    }

    /** Opens (creating if needed) {@code DIR/tidewatch.mv.db}. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            String file = dataDir.toAbsolutePath().resolve("tidewatch").toString();
            // H2's default file lock (an OS lock on the store) refuses a second process; the app's data-directory
            // lock refuses it earlier with a clearer message. FILE_LOCK=FS would cost seconds at every start.
            return new Database("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        } catch (java.io.IOException | SQLException e) {
            throw new StoreException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** An in-memory database, for tests. */
    public static Database inMemory(String name) {
        try {
            return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        } catch (SQLException e) {
            throw new StoreException("cannot open in-memory database: " + e.getMessage(), e);
        }
    }

    /** A new connection; the caller closes it. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl, "tidewatch", "");
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** Runs idempotent DDL statements ({@code CREATE TABLE IF NOT EXISTS …}) for one module. */
    public void migrate(String module, String... ddl) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : ddl) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create tables of " + module + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
