package org.tidewatch.app.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/** Cases and the posts in them, in the embedded database. Thread-safe. */
public final class CaseStore {
    /** Longest note kept; a longer one is refused rather than cut. */
    public static final int MAX_NOTE = 4000;
    private static final String CASE_COLUMNS = "c.id, c.name, c.created_by, c.created_at_ms, "
            + "(SELECT COUNT(*) FROM case_posts p WHERE p.case_id = c.id)";

    private final Database db;
    private final Clock clock;

    /** Opens the store on {@code db}, creating its tables if needed. */
    public CaseStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.migrate("cases",
                "CREATE TABLE IF NOT EXISTS cases (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(" + CaseNames.MAX
                        + ") NOT NULL UNIQUE, created_by VARCHAR(200) NOT NULL, created_at_ms BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS case_posts (case_id BIGINT NOT NULL REFERENCES cases(id), post_id VARCHAR(1000) NOT NULL,"
                        + " note VARCHAR(" + MAX_NOTE + ") NOT NULL, added_by VARCHAR(200) NOT NULL, added_at_ms BIGINT NOT NULL,"
                        + " PRIMARY KEY (case_id, post_id))",
                "CREATE INDEX IF NOT EXISTS case_posts_post ON case_posts (post_id)");
    }

    /**
     * Adds a post to the named case, opening the case if it does not exist; a post already in it gets the new note.
     *
     * @return the case after the change
     * @throws IllegalArgumentException for a bad case name, a blank post id or a note over {@link #MAX_NOTE} characters
     */
    public synchronized CaseFile add(String caseName, String postId, String note, String user) {
        String name = CaseNames.check(caseName);
        if (postId == null || postId.isBlank()) {
            throw new IllegalArgumentException("postId must not be blank");
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters, not " + n.length());
        }
        long now = clock.millis();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            long id = findId(c, name).orElse(-1L);
            if (id < 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases (name, created_by, created_at_ms) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, name);
                    ps.setString(2, user);
                    ps.setLong(3, now);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO case_posts (case_id, post_id, note, added_by, added_at_ms)"
                    + " KEY (case_id, post_id) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, postId.strip());
                ps.setString(3, n);
                ps.setString(4, user);
                ps.setLong(5, now);
                ps.executeUpdate();
            }
            c.commit();
            return find(id).orElseThrow();
        } catch (SQLException e) {
            throw new StoreException("cannot add " + postId + " to case '" + name + "': " + e.getMessage(), e);
        }
    }

    /** All cases, newest first. */
    public List<CaseFile> list() {
        return query("SELECT " + CASE_COLUMNS + " FROM cases c ORDER BY c.created_at_ms DESC, c.id DESC", null);
    }

    /** The case with this id, if any. */
    public Optional<CaseFile> find(long id) {
        return query("SELECT " + CASE_COLUMNS + " FROM cases c WHERE c.id = ?", id).stream().findFirst();
    }

    /** The posts of a case with their notes, most recently added first. */
    public List<CaseEntry> entries(long caseId) {
        return select("SELECT post_id, note, added_by, added_at_ms FROM case_posts WHERE case_id = ? ORDER BY added_at_ms DESC, post_id",
                ps -> ps.setLong(1, caseId),
                rs -> new CaseEntry(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))),
                "case " + caseId);
    }

    /** Names of the cases a post is in, sorted. */
    public List<String> casesOf(String postId) {
        return select("SELECT c.name FROM cases c JOIN case_posts p ON p.case_id = c.id WHERE p.post_id = ? ORDER BY c.name",
                ps -> ps.setString(1, postId), rs -> rs.getString(1), "the cases of " + postId);
    }

    /** Which of {@code postIds} are in some case (fits {@code org.tidewatch.app.retention.ReferencedPosts}). */
    public Set<String> referenced(Collection<String> postIds) {
        Set<String> out = new HashSet<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM case_posts WHERE post_id = ? LIMIT 1")) {
            for (String id : postIds) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(id);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot check case references: " + e.getMessage(), e);
        }
    }

    private static Optional<Long> findId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private List<CaseFile> query(String sql, Long id) {
        return select(sql, ps -> {
            if (id != null) {
                ps.setLong(1, id);
            }
        }, rs -> new CaseFile(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5)), "cases");
    }

    private <T> List<T> select(String sql, Binder binder, RowReader<T> reader, String what) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
