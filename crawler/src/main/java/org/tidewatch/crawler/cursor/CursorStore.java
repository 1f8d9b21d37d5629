package org.tidewatch.crawler.cursor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/** Keeps each source's crawl cursor in the embedded database (table {@code crawl_cursor}). */
public final class CursorStore {
    private final Database db;

    /** Creates the table when missing. */
    public CursorStore(Database db) {
        this.db = db;
        db.migrate("crawler", "CREATE TABLE IF NOT EXISTS crawl_cursor (source_id VARCHAR(200) PRIMARY KEY, "
                + "cursor_json CLOB NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }

    /** The stored cursor string of a source, or null when it was never collected. */
    public String get(String sourceId) {
        try (Connection c = db.connect();
             PreparedStatement st = c.prepareStatement("SELECT cursor_json FROM crawl_cursor WHERE source_id = ?")) {
            st.setString(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the crawl cursor of " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** Stores (or replaces) the cursor of a source. */
    public void put(String sourceId, String cursor) {
        try (Connection c = db.connect();
             PreparedStatement st = c.prepareStatement(
                     "MERGE INTO crawl_cursor (source_id, cursor_json, updated_at) KEY (source_id) VALUES (?, ?, ?)")) {
            st.setString(1, sourceId);
            st.setString(2, cursor);
            st.setTimestamp(3, Timestamp.from(Instant.now()));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store the crawl cursor of " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** Forgets a source's cursor, so that its next run walks back through history again. */
    public void delete(String sourceId) {
        try (Connection c = db.connect();
             PreparedStatement st = c.prepareStatement("DELETE FROM crawl_cursor WHERE source_id = ?")) {
            st.setString(1, sourceId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot delete the crawl cursor of " + sourceId + ": " + e.getMessage(), e);
        }
    }
}
