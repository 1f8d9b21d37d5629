package org.tidewatch.app.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/**
 * Browser sessions in the embedded database, so a server restart logs no one out. Only the SHA-256 of a session id
 * is stored: someone who reads the database file cannot take over a session. A session ends when it has been idle
 * for {@link SecuritySettings#sessionIdle()}, when it is older than {@link SecuritySettings#sessionMax()} however
 * busy, at log-out, and when its user's password, roles or lock-out change or the user is disabled
 * ({@link UserStore} ends them then).
 */
public final class SessionStore {
    /** Last-seen is written at most this often, so that each request does not cost a database write. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Duration idle;
    private final Duration max;
    private final Clock clock;

    /** Opens the store on {@code db}, creating its table if needed. */
    public SessionStore(Database db, Duration idle, Duration max, Clock clock) {
        this.db = db;
        this.idle = idle;
        this.max = max;
        this.clock = clock;
        createTable(db);
    }

    /** Creates the sessions table (also done by {@link UserStore}, which ends sessions). */
    static void createTable(Database db) {
        db.migrate("security",
                "CREATE TABLE IF NOT EXISTS sessions (id_sha256 CHAR(64) PRIMARY KEY, user_name VARCHAR(32) NOT NULL,"
                        + " csrf_token VARCHAR(64) NOT NULL, created_at BIGINT NOT NULL, last_seen BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_name)");
    }

    /** A new session with fresh random id and CSRF token (a new id at each log-in prevents session fixation). */
    public Session create(String userName) {
        Instant now = clock.instant();
        Session s = new Session(Secrets.token(32), userName, Secrets.token(32), now, now);
        // Abandoned sessions are swept here, at log-in, so they do not pile up.
        update("DELETE FROM sessions WHERE last_seen <= ? OR created_at <= ?",
                now.minus(idle).toEpochMilli(), now.minus(max).toEpochMilli());
        update("INSERT INTO sessions (id_sha256, user_name, csrf_token, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                Secrets.sha256(s.id()), userName, s.csrfToken(), now.toEpochMilli(), now.toEpochMilli());
        return s;
    }

    /** The live session with this id, touching its last-seen time; an expired one is deleted. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = Secrets.sha256(id);
        Instant now = clock.instant();
        Session stored;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_name, csrf_token, created_at, last_seen FROM sessions WHERE id_sha256 = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                stored = new Session(id, rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        Instant.ofEpochMilli(rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read a session: " + e.getMessage(), e);
        }
        if (!now.isBefore(stored.lastSeen().plus(idle)) || !now.isBefore(stored.createdAt().plus(max))) {
            update("DELETE FROM sessions WHERE id_sha256 = ?", key);
            return Optional.empty();
        }
        if (!now.isBefore(stored.lastSeen().plus(TOUCH_EVERY))) {
            // An UPDATE never re-creates a row, so a log-out at the same moment stays a log-out.
            if (update("UPDATE sessions SET last_seen = ? WHERE id_sha256 = ?", now.toEpochMilli(), key) == 0) {
                return Optional.empty();
            }
            return Optional.of(new Session(id, stored.userName(), stored.csrfToken(), stored.createdAt(), now));
        }
        return Optional.of(stored);
    }

    /** Ends one session. */
    public void remove(String id) {
        if (id != null && !id.isEmpty()) {
            update("DELETE FROM sessions WHERE id_sha256 = ?", Secrets.sha256(id));
        }
    }

    /** Ends every session of a user. */
    public void removeUser(String userName) {
        endAll(db, userName);
    }

    /** Ends every session of a user on {@code db}; returns how many there were. */
    static int endAll(Database db, String userName) {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE user_name = ?")) {
            ps.setString(1, userName);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot end the sessions of '" + userName + "': " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update sessions: " + e.getMessage(), e);
        }
    }
}
