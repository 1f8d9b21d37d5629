package org.tidewatch.rules.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/**
 * The durable delivery queue in the embedded database: an alert is queued per target in the same step that stores
 * it, and stays PENDING until the receiver takes it, so nothing is lost while a receiver is down or Tidewatch restarts.
 */
public final class Outbox {
    private static final String COLUMNS = "id, alert_id, channel, address, payload, status, attempts, last_error, created_at";
    private final Database db;
    private final Clock clock;

    public Outbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.migrate("rules",
                "CREATE TABLE IF NOT EXISTS rules_outbox (id BIGINT AUTO_INCREMENT PRIMARY KEY, alert_id VARCHAR(32) NOT NULL,"
                        + " channel VARCHAR(16) NOT NULL, address VARCHAR(1024) NOT NULL, payload VARCHAR NOT NULL,"
                        + " status VARCHAR(16) NOT NULL, attempts INT NOT NULL, next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " last_error VARCHAR, created_at TIMESTAMP WITH TIME ZONE NOT NULL, delivered_at TIMESTAMP WITH TIME ZONE,"
                        + " UNIQUE (alert_id, channel, address))",
                "CREATE INDEX IF NOT EXISTS rules_outbox_due ON rules_outbox (status, next_attempt_at)");
    }

    /** Queues an alert for each target (once per alert and target); returns how many were queued. */
    public int enqueue(String alertId, String payload, List<Target> targets) {
        String sql = "INSERT INTO rules_outbox (alert_id, channel, address, payload, status, attempts, next_attempt_at,"
                + " created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)";
        int queued = 0;
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = db.connect(); PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM rules_outbox WHERE alert_id = ? AND channel = ? AND address = ?");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (Target t : targets) {
                exists.setString(1, alertId);
                exists.setString(2, t.channel().name());
                exists.setString(3, t.address());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                ps.setString(1, alertId);
                ps.setString(2, t.channel().name());
                ps.setString(3, t.address());
                ps.setString(4, payload);
                ps.setTimestamp(5, now);
                ps.setTimestamp(6, now);
                queued += ps.executeUpdate();
            }
            return queued;
        } catch (SQLException e) {
            throw new StoreException("cannot queue alert " + alertId + " for delivery: " + e.getMessage(), e);
        }
    }

    /** PENDING entries due now, oldest first. */
    public List<OutboxEntry> due(int limit) {
        return select("WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT " + limit,
                Timestamp.from(clock.instant()));
    }

    /** Entries that failed at least once and are not delivered: what an operator should look at. */
    public List<OutboxEntry> failures(int limit) {
        return select("WHERE status <> 'DELIVERED' AND attempts > 0 ORDER BY id LIMIT " + limit, null);
    }

    /** Every entry of an alert. */
    public List<OutboxEntry> ofAlert(String alertId) {
        return select("WHERE alert_id = ? ORDER BY id", alertId);
    }

    /** Entries per status. */
    public Map<OutboxEntry.Status, Long> counts() {
        Map<OutboxEntry.Status, Long> counts = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status s : OutboxEntry.Status.values()) {
            counts.put(s, 0L);
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT status, COUNT(*) FROM rules_outbox GROUP BY status"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(OutboxEntry.Status.valueOf(rs.getString(1)), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("cannot count the delivery queue: " + e.getMessage(), e);
        }
    }

    /** Marks an entry delivered. */
    public void delivered(long id) {
        update("UPDATE rules_outbox SET status = 'DELIVERED', attempts = attempts + 1, last_error = NULL,"
                + " delivered_at = ? WHERE id = ?", Timestamp.from(clock.instant()), null, id);
    }

    /** Records a failed attempt; the entry is retried at {@code nextAttempt}, or marked FAILED when {@code giveUp}. */
    public void failed(long id, String error, Instant nextAttempt, boolean giveUp) {
        update("UPDATE rules_outbox SET status = " + (giveUp ? "'FAILED'" : "'PENDING'")
                + ", attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                Timestamp.from(nextAttempt), error, id);
    }

    /** Puts a FAILED entry back in the queue, due now. */
    public void requeue(long id) {
        update("UPDATE rules_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE id = ?"
                + " AND status = 'FAILED'", Timestamp.from(clock.instant()), null, id);
    }

    private void update(String sql, Timestamp at, String error, long id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setTimestamp(i++, at);
            if (sql.contains("last_error = ?")) {
                ps.setString(i++, error);
            }
            ps.setLong(i, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update delivery " + id + ": " + e.getMessage(), e);
        }
    }

    private List<OutboxEntry> select(String where, Object arg) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM rules_outbox " + where)) {
            if (arg != null) {
                ps.setObject(1, arg);
            }
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxEntry(rs.getLong(1), rs.getString(2),
                            new Target(Target.Channel.valueOf(rs.getString(3)), rs.getString(4)), rs.getString(5),
                            OutboxEntry.Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the delivery queue: " + e.getMessage(), e);
        }
    }
}
