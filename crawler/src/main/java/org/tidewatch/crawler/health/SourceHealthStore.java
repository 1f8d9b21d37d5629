package org.tidewatch.crawler.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/**
 * Keeps the health of every source in the embedded database (table {@code source_health}) and decides backoff:
 * each failure in a row pushes the next allowed run further out, a success clears it.
 */
public final class SourceHealthStore {
    private static final int MAX_REASON = 2000;
    private static final String COLUMNS = "source_id, last_run_at, last_success_at, last_error_at, last_error, "
            + "items_last_run, items_total, consecutive_failures, next_allowed_run_at";

    private final Database db;
    private final Backoff backoff;
    private final Clock clock;

    /** Creates the table if needed. */
    public SourceHealthStore(Database db, Backoff backoff, Clock clock) {
        this.db = db;
        this.backoff = backoff;
        this.clock = clock;
        // Instants are kept as epoch milliseconds: unambiguous whatever the JVM or database time zone.
        db.migrate("crawler", "CREATE TABLE IF NOT EXISTS source_health ("
                + "source_id VARCHAR(200) PRIMARY KEY, last_run_at BIGINT, last_success_at BIGINT, last_error_at BIGINT, "
                + "last_error VARCHAR(" + MAX_REASON + "), items_last_run BIGINT NOT NULL, items_total BIGINT NOT NULL, "
                + "consecutive_failures INT NOT NULL, next_allowed_run_at BIGINT)");
    }

    /** Records a successful run that collected {@code items} posts; clears any backoff. */
    public synchronized SourceHealth recordSuccess(String sourceId, long items) {
        if (items < 0) {
            throw new IllegalArgumentException("items must not be negative: " + items);
        }
        SourceHealth old = get(sourceId).orElse(SourceHealth.never(sourceId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SourceHealth updated = new SourceHealth(sourceId, now, now, old.lastErrorAt(), old.lastError(), items,
                old.itemsTotal() + items, 0, null);
        save(updated);
        return updated;
    }

    /** Records a failed run with its reason; the source then waits out the next backoff step. */
    public synchronized SourceHealth recordFailure(String sourceId, String reason) {
        SourceHealth old = get(sourceId).orElse(SourceHealth.never(sourceId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int failures = old.consecutiveFailures() + 1;
        String why = reason == null || reason.isBlank() ? "unknown error" : reason;
        SourceHealth updated = new SourceHealth(sourceId, now, old.lastSuccessAt(), now,
                why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why, old.itemsLastRun(), old.itemsTotal(),
                failures, now.plus(backoff.after(failures)));
        save(updated);
        return updated;
    }

    /** The health of one source, empty when it never ran. */
    public Optional<SourceHealth> get(String sourceId) {
        try (Connection c = db.connect();
             PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM source_health WHERE source_id = ?")) {
            st.setString(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the health of source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** Every source that ever ran, by id. */
    public List<SourceHealth> list() {
        try (Connection c = db.connect();
             PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM source_health ORDER BY source_id");
             ResultSet rs = st.executeQuery()) {
            List<SourceHealth> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list source health: " + e.getMessage(), e);
        }
    }

    /** Whether the source may run now (no backoff pending). */
    public boolean mayRun(String sourceId) {
        return get(sourceId).map(h -> !h.backingOff(clock.instant())).orElse(true);
    }

    private void save(SourceHealth h) {
        try (Connection c = db.connect();
             PreparedStatement st = c.prepareStatement("MERGE INTO source_health (" + COLUMNS + ") KEY (source_id) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, h.sourceId());
            setInstant(st, 2, h.lastRunAt());
            setInstant(st, 3, h.lastSuccessAt());
            setInstant(st, 4, h.lastErrorAt());
            st.setString(5, h.lastError());
            st.setLong(6, h.itemsLastRun());
            st.setLong(7, h.itemsTotal());
            st.setInt(8, h.consecutiveFailures());
            setInstant(st, 9, h.nextAllowedRunAt());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save the health of source " + h.sourceId() + ": " + e.getMessage(), e);
        }
    }

    private static void setInstant(PreparedStatement st, int index, Instant value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    private static SourceHealth read(ResultSet rs) throws SQLException {
        return new SourceHealth(rs.getString("source_id"), instant(rs, "last_run_at"), instant(rs, "last_success_at"),
                instant(rs, "last_error_at"), rs.getString("last_error"), rs.getLong("items_last_run"),
                rs.getLong("items_total"), rs.getInt("consecutive_failures"), instant(rs, "next_allowed_run_at"));
    }
}
