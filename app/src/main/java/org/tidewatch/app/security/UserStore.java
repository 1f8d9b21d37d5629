package org.tidewatch.app.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/**
 * Users, their Argon2id password hashes, roles, lock-out state and API tokens, in the embedded database.
 * Errors a person can fix (duplicate or unknown user) are {@link IllegalArgumentException}s naming the user.
 */
public final class UserStore {
    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;

    /** Opens the store on {@code db}, creating its tables if needed. */
    public UserStore(Database db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        db.migrate("security",
                "CREATE TABLE IF NOT EXISTS users (name VARCHAR(32) PRIMARY KEY, password_hash VARCHAR(256) NOT NULL,"
                        + " roles VARCHAR(128) NOT NULL, disabled BOOLEAN NOT NULL DEFAULT FALSE,"
                        + " failed_attempts INT NOT NULL DEFAULT 0, locked_until BIGINT, created_at BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS api_tokens (id VARCHAR(32) PRIMARY KEY, user_name VARCHAR(32) NOT NULL,"
                        + " secret_sha256 CHAR(64) NOT NULL, created_at BIGINT NOT NULL, revoked_at BIGINT)");
        SessionStore.createTable(db);
    }

    /** The database the users live in; their sessions live there too. */
    Database database() {
        return db;
    }

    /** The hasher passwords are checked with. */
    public PasswordHasher hasher() {
        return hasher;
    }

    /** Adds a user; fails naming the user when the name is taken. */
    public User add(String name, Set<Role> roles, char[] password) {
        User user = new User(name, roles, false, 0, null);
        checkPassword(name, password);
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("user '" + name + "' already exists");
        }
        update("INSERT INTO users (name, password_hash, roles, created_at) VALUES (?, ?, ?, ?)",
                name, hasher.hash(password), Role.format(user.roles()), clock.millis());
        return user;
    }

    /** The user, if present. */
    public Optional<User> find(String name) {
        List<User> found = users("SELECT * FROM users WHERE name = ?", name);
        return found.stream().findFirst();
    }

    /** All users by name. */
    public List<User> list() {
        return users("SELECT * FROM users ORDER BY name");
    }

    /** Disables the user, revokes their tokens and ends their sessions; fails naming an unknown user. */
    public void disable(String name) {
        requireUpdated(update("UPDATE users SET disabled = TRUE WHERE name = ?", name), name);
        update("UPDATE api_tokens SET revoked_at = ? WHERE user_name = ? AND revoked_at IS NULL", clock.millis(), name);
        SessionStore.endAll(db, name);
    }

    /** Replaces the user's roles and ends their sessions (a new log-in shows the new roles); fails naming an unknown user. */
    public void setRoles(String name, Set<Role> roles) {
        User checked = new User(name, roles, false, 0, null);
        requireUpdated(update("UPDATE users SET roles = ? WHERE name = ?", Role.format(checked.roles()), name), name);
        SessionStore.endAll(db, name);
    }

    /** Re-enables a disabled user and clears any lock-out. */
    public void enable(String name) {
        requireUpdated(update("UPDATE users SET disabled = FALSE, failed_attempts = 0, locked_until = NULL"
                + " WHERE name = ?", name), name);
    }

    /** Replaces the password, clears any lock-out and ends the user's sessions; fails naming an unknown user. */
    public void setPassword(String name, char[] password) {
        checkPassword(name, password);
        requireUpdated(update("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
                + " WHERE name = ?", hasher.hash(password), name), name);
        SessionStore.endAll(db, name);
    }

    private static void checkPassword(String name, char[] password) {
        if (password == null || password.length < 10) {
            throw new IllegalArgumentException("password of '" + name + "' must have at least 10 characters");
        }
    }

    /** The stored PHC hash, for {@link PasswordLogin}. */
    Optional<String> passwordHash(String name) {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM users WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read user '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Records the lock-out counters after a log-in attempt; locking the account also ends its sessions. */
    void setLockState(String name, int failedAttempts, Instant lockedUntil) {
        update("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE name = ?",
                failedAttempts, lockedUntil == null ? null : lockedUntil.toEpochMilli(), name);
        if (lockedUntil != null) {
            // Someone is guessing this password: a session they may already hold ends too.
            SessionStore.endAll(db, name);
        }
    }

    /** Issues a new API token for an enabled user; the value is returned once and only its hash is kept. */
    public IssuedToken issueToken(String name) {
        User user = find(name).orElseThrow(() -> unknown(name));
        if (user.disabled()) {
            throw new IllegalArgumentException("user '" + name + "' is disabled");
        }
        String id = Secrets.hex(8);
        String secret = Secrets.token(32);
        update("INSERT INTO api_tokens (id, user_name, secret_sha256, created_at) VALUES (?, ?, ?, ?)",
                id, name, Secrets.sha256(secret), clock.millis());
        return new IssuedToken(id, ApiTokens.PREFIX + id + "_" + secret);
    }

    /** Revokes one token by id; fails naming an unknown id. Revoking twice keeps the first time. */
    public void revokeToken(String id) {
        if (update("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?", clock.millis(), id) == 0) {
            throw new IllegalArgumentException("no token with id '" + id + "'");
        }
    }

    /** The tokens of a user, newest first, revoked ones included. */
    public List<ApiToken> tokens(String name) {
        List<ApiToken> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, user_name, created_at, revoked_at FROM api_tokens WHERE user_name = ? ORDER BY created_at DESC")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ApiToken(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                            instant(rs, 4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tokens of '" + name + "': " + e.getMessage(), e);
        }
        return out;
    }

    /** The enabled user a presented bearer value belongs to, if it is a valid, unrevoked token. */
    public Optional<User> userForToken(String value) {
        String[] parts = ApiTokens.split(value);
        if (parts == null) {
            return Optional.empty();
        }
        String owner = null;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_name, secret_sha256 FROM api_tokens WHERE id = ? AND revoked_at IS NULL")) {
            ps.setString(1, parts[0]);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && Secrets.same(rs.getString(2), Secrets.sha256(parts[1]))) {
                    owner = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot check a token: " + e.getMessage(), e);
        }
        return owner == null ? Optional.empty() : find(owner).filter(u -> !u.disabled());
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no user '" + name + "'");
    }

    private static void requireUpdated(int rows, String name) {
        if (rows == 0) {
            throw unknown(name);
        }
    }

    private List<User> users(String sql, Object... args) {
        List<User> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new User(rs.getString("name"), Role.parseList(rs.getString("roles")),
                            rs.getBoolean("disabled"), rs.getInt("failed_attempts"), instant(rs, "locked_until")));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read users: " + e.getMessage(), e);
        }
        return out;
    }

    private int update(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update users: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, Types.BIGINT);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
