package org.tidewatch.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/**
 * The append-only audit trail: who did what, when, on what, with how many results. Each entry carries the SHA-256
 * of the previous entry's hash and its own fields, and a one-row head table remembers the last entry, so
 * {@link #verify()} finds an edited entry, a removed one, and a cut-off tail.
 */
public final class AuditLog {
    /** One writer at a time in this JVM, across instances: two appends must not take the same seq. */
    private static final Object APPEND_LOCK = new Object();

    private final Database db;
    private final Clock clock;

    /** Opens the log on {@code db}, creating its tables if needed. */
    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.migrate("audit",
                "CREATE TABLE IF NOT EXISTS audit_log (seq BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL,"
                        + " actor VARCHAR(200) NOT NULL, action VARCHAR(32) NOT NULL, target VARCHAR(4000) NOT NULL,"
                        + " results INT, previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL)",
                "CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor)",
                "CREATE TABLE IF NOT EXISTS audit_head (id INT PRIMARY KEY, seq BIGINT NOT NULL, hash CHAR(64) NOT NULL)");
    }

    /**
     * Appends an entry now. Actor is the user name (or {@code cli:OSUSER}, {@code system:retention});
     * a target longer than 4000 characters is cut.
     */
    public AuditEntry record(String actor, AuditAction action, String target, Integer results) {
        synchronized (APPEND_LOCK) {
            return append(actor, action, target, results);
        }
    }

    private AuditEntry append(String actor, AuditAction action, String target, Integer results) {
        String what = target == null ? "" : target.length() > 4000 ? target.substring(0, 4000) : target;
        long at = clock.millis();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                long seq = 1;
                String previous = ChainHash.GENESIS;
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
                    if (rs.next()) {
                        seq = rs.getLong(1) + 1;
                        previous = rs.getString(2);
                    }
                }
                String hash = ChainHash.of(previous, seq, at, actor, action.id(), what, results);
                AuditEntry entry = new AuditEntry(seq, Instant.ofEpochMilli(at), actor, action, what, results,
                        previous, hash);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, at_ms, actor, action,"
                        + " target, results, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, seq);
                    ps.setLong(2, at);
                    ps.setString(3, actor);
                    ps.setString(4, action.id());
                    ps.setString(5, what);
                    ps.setObject(6, results);
                    ps.setString(7, previous);
                    ps.setString(8, hash);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO audit_head (id, seq, hash) KEY (id) VALUES (1, ?, ?)")) {
                    ps.setLong(1, seq);
                    ps.setString(2, hash);
                    ps.executeUpdate();
                }
                c.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot append to the audit log: " + e.getMessage(), e);
        }
    }

    /** The newest entries matching the filter, oldest first. */
    public List<AuditEntry> list(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(filter.actor());
        }
        if (filter.since() != null) {
            sql.append(" AND at_ms >= ?");
            args.add(filter.since().toEpochMilli());
        }
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            args.add(filter.action().id());
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(filter.limit());
        List<AuditEntry> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
        Collections.reverse(out);
        return out;
    }

    /** Walks the whole chain and reports the first entry that was edited or removed. */
    public ChainCheck verify() {
        long checked = 0;
        long expectedSeq = 1;
        String previous = ChainHash.GENESIS;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM audit_log ORDER BY seq")) {
                while (rs.next()) {
                    long seq = rs.getLong("seq");
                    if (seq != expectedSeq) {
                        return broken(checked, expectedSeq, "entry " + expectedSeq + " is missing (removed)");
                    }
                    String recomputed = ChainHash.of(previous, seq, rs.getLong("at_ms"), rs.getString("actor"),
                            rs.getString("action"), rs.getString("target"), results(rs));
                    if (!rs.getString("previous_hash").equals(previous)) {
                        return broken(checked, seq, "entry " + seq + " does not follow entry " + (seq - 1)
                                + " (one of them was edited or replaced)");
                    }
                    if (!recomputed.equals(rs.getString("hash"))) {
                        return broken(checked, seq, "entry " + seq + " was edited (its hash does not match)");
                    }
                    previous = recomputed;
                    expectedSeq++;
                    checked++;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
                long headSeq = rs.next() ? rs.getLong(1) : 0;
                if (headSeq != checked) {
                    return broken(checked, expectedSeq, "the log ends at entry " + checked + " but entry " + headSeq
                            + " was written (entries " + expectedSeq + " to " + headSeq + " removed)");
                }
                if (headSeq > 0 && !rs.getString(2).equals(previous)) {
                    return broken(checked, headSeq, "entry " + headSeq + " is not the last entry written (replaced)");
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
        return new ChainCheck(checked, Optional.empty());
    }

    private static ChainCheck broken(long checked, long seq, String problem) {
        return new ChainCheck(checked, Optional.of(new ChainBreak(seq, problem)));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("actor"),
                actionOf(rs.getString("action")), rs.getString("target"), results(rs), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static AuditAction actionOf(String id) {
        try {
            return AuditAction.parse(id);
        } catch (IllegalArgumentException e) {
            // Only for listing: verify() hashes the stored text, so such an edit is still reported there.
            return AuditAction.ADMIN;
        }
    }

    private static Integer results(ResultSet rs) throws SQLException {
        int v = rs.getInt("results");
        return rs.wasNull() ? null : v;
    }
}
