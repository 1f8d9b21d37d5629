package org.tidewatch.rules.alert;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tidewatch.core.Alert;
import org.tidewatch.core.PostIds;
import org.tidewatch.core.Route;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;
import org.tidewatch.rules.stats.RouteKey;

/**
 * The alerts in the embedded database: each finding is stored once (deduplicated by kind, route and day), an alert
 * of one kind on one route is held back within the cooldown of an earlier one, and every review step is kept with
 * who made it. Alert ids are derived from the finding, so a replay into a fresh database gives the same ids.
 */
public final class AlertStore {
    private static final String COLUMNS = "id, kind, fired_at, from_place, from_country, to_place, to_country, watchlist,"
            + " alert_count, baseline, explanation, examples, state, state_by, state_at, created_at";
    private final Database db;
    private final Clock clock;

    public AlertStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.migrate("rules",
                "CREATE TABLE IF NOT EXISTS rules_alert (id VARCHAR(32) PRIMARY KEY, dedup_key VARCHAR(1200) NOT NULL UNIQUE,"
                        + " kind VARCHAR(20) NOT NULL, fired_at TIMESTAMP WITH TIME ZONE NOT NULL, route_level VARCHAR(8),"
                        + " route_key VARCHAR(512), from_place VARCHAR(256), from_country CHAR(2), to_place VARCHAR(256),"
                        + " to_country CHAR(2), watchlist VARCHAR(256), alert_count DOUBLE PRECISION NOT NULL,"
                        + " baseline DOUBLE PRECISION NOT NULL, explanation VARCHAR NOT NULL, examples VARCHAR NOT NULL,"
                        + " state VARCHAR(16) NOT NULL, state_by VARCHAR(256), state_at TIMESTAMP WITH TIME ZONE,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
                "CREATE INDEX IF NOT EXISTS rules_alert_fired ON rules_alert (fired_at)",
                "CREATE INDEX IF NOT EXISTS rules_alert_route ON rules_alert (kind, route_level, route_key, fired_at)",
                "CREATE TABLE IF NOT EXISTS rules_alert_event (seq BIGINT AUTO_INCREMENT PRIMARY KEY,"
                        + " alert_id VARCHAR(32) NOT NULL, state VARCHAR(16) NOT NULL, by_user VARCHAR(256) NOT NULL,"
                        + " changed_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }

    /** Stable alert id for a deduplication key. */
    public static String idFor(String dedupKey) {
        return "a" + PostIds.sha256Hex(dedupKey.getBytes(StandardCharsets.UTF_8)).substring(0, 15);
    }

    /**
     * Stores a route finding unless the same finding is stored already or an alert of the same kind on the same route
     * fired within {@code cooldownDays} of it. Returns the stored alert, or empty when held back.
     */
    public synchronized Optional<Alert> fire(Finding f, int cooldownDays) {
        if (exists(f.dedupKey()) || firedWithin(f.kind(), f.route(), f.day(), cooldownDays)) {
            return Optional.empty();
        }
        Alert alert = new Alert(idFor(f.dedupKey()), f.kind().name(), f.firedAt(), f.route().toRoute(), null, f.count(),
                f.baseline(), f.explanation(), f.examplePostIds());
        insert(alert, f.dedupKey(), f.route().level().name(), f.route().key());
        return Optional.of(alert);
    }

    /** Stores a watchlist alert under its deduplication key; empty when that key is stored already. */
    public synchronized Optional<Alert> fireWatchlist(String dedupKey, Alert alert) {
        if (exists(dedupKey)) {
            return Optional.empty();
        }
        insert(alert, dedupKey, null, null);
        return Optional.of(alert);
    }

    /** Whether a finding with this deduplication key is stored. */
    public boolean exists(String dedupKey) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM rules_alert WHERE dedup_key = ?")) {
            ps.setString(1, dedupKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read alerts: " + e.getMessage(), e);
        }
    }

    /** Whether an alert of this kind on this route fired within {@code days} days of {@code day}, either side. */
    public boolean firedWithin(AlertKind kind, RouteKey route, LocalDate day, int days) {
        Duration cooldown = Duration.ofDays(days);
        Instant dayStart = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        String sql = "SELECT 1 FROM rules_alert WHERE kind = ? AND route_level = ? AND route_key = ?"
                + " AND fired_at > ? AND fired_at < ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind.name());
            ps.setString(2, route.level().name());
            ps.setString(3, route.key());
            ps.setTimestamp(4, Timestamp.from(dayStart.minus(cooldown)));
            ps.setTimestamp(5, Timestamp.from(dayStart.plus(cooldown).plus(Duration.ofDays(1))));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read alerts: " + e.getMessage(), e);
        }
    }

    private void insert(Alert a, String dedupKey, String level, String routeKey) {
        String sql = "INSERT INTO rules_alert (id, dedup_key, kind, fired_at, route_level, route_key, from_place,"
                + " from_country, to_place, to_country, watchlist, alert_count, baseline, explanation, examples, state,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?)";
        Route r = a.route();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a.id());
            ps.setString(2, dedupKey);
            ps.setString(3, a.kind());
            ps.setTimestamp(4, Timestamp.from(a.firedAt()));
            ps.setString(5, level);
            ps.setString(6, routeKey);
            ps.setString(7, r == null ? null : r.from());
            ps.setString(8, r == null ? null : r.fromCountry());
            ps.setString(9, r == null ? null : r.to());
            ps.setString(10, r == null ? null : r.toCountry());
            ps.setString(11, a.watchlist());
            ps.setDouble(12, a.count());
            ps.setDouble(13, a.baseline());
            ps.setString(14, a.explanation());
            ps.setString(15, String.join("\n", a.examplePostIds()));
            ps.setTimestamp(16, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store alert " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /** The alerts the query selects. */
    public List<StoredAlert> list(AlertQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM rules_alert WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.since() != null) {
            sql.append(" AND fired_at >= ?");
            args.add(Timestamp.from(q.since()));
        }
        if (!q.kinds().isEmpty()) {
            sql.append(q.kinds().stream().map(k -> "?").collect(Collectors.joining(", ", " AND kind IN (", ")")));
            q.kinds().forEach(k -> args.add(k.name()));
        }
        if (!q.states().isEmpty()) {
            sql.append(q.states().stream().map(k -> "?").collect(Collectors.joining(", ", " AND state IN (", ")")));
            q.states().forEach(s -> args.add(s.name()));
        }
        String order = q.newestFirst() ? " DESC" : "";
        sql.append(" ORDER BY fired_at").append(order).append(", id").append(order).append(" LIMIT ").append(q.limit());
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<StoredAlert> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list alerts: " + e.getMessage(), e);
        }
    }

    /** One alert by id. */
    public Optional<StoredAlert> get(String id) {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rules_alert WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read alert " + id + ": " + e.getMessage(), e);
        }
    }

    /** Marks an alert acknowledged by {@code user}. */
    public StoredAlert acknowledge(String id, String user) {
        return setState(id, AlertState.ACKNOWLEDGED, user);
    }

    /** Marks an alert dismissed by {@code user}. */
    public StoredAlert dismiss(String id, String user) {
        return setState(id, AlertState.DISMISSED, user);
    }

    /** Puts an alert in a state, recording who and when; throws IllegalArgumentException naming an unknown id. */
    public synchronized StoredAlert setState(String id, AlertState state, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the user changing alert " + id + " must be named");
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rules_alert SET state = ?, state_by = ?, state_at = ? WHERE id = ?")) {
                ps.setString(1, state.name());
                ps.setString(2, user);
                ps.setTimestamp(3, now);
                ps.setString(4, id);
                if (ps.executeUpdate() == 0) {
                    c.rollback();
                    throw new IllegalArgumentException("no alert with id " + id);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rules_alert_event (alert_id, state, by_user, changed_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, state.name());
                ps.setString(3, user);
                ps.setTimestamp(4, now);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot change alert " + id + ": " + e.getMessage(), e);
        }
        return get(id).orElseThrow();
    }

    /** Every review step of an alert, oldest first. */
    public List<StateChange> history(String id) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT state, by_user, changed_at FROM rules_alert_event WHERE alert_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            List<StateChange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StateChange(id, AlertState.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of alert " + id + ": " + e.getMessage(), e);
        }
    }

    private static StoredAlert read(ResultSet rs) throws SQLException {
        String from = rs.getString(4);
        String to = rs.getString(6);
        Route route = from == null && to == null ? null : new Route(from, rs.getString(5), to, rs.getString(7));
        String examples = rs.getString(12);
        Alert alert = new Alert(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), route, rs.getString(8),
                rs.getDouble(9), rs.getDouble(10), rs.getString(11),
                examples.isEmpty() ? List.of() : Arrays.asList(examples.split("\n")));
        Timestamp stateAt = rs.getTimestamp(15);
        return new StoredAlert(alert, AlertState.valueOf(rs.getString(13)), rs.getString(14),
                stateAt == null ? null : stateAt.toInstant(), rs.getTimestamp(16).toInstant());
    }
}
