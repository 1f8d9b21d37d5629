package org.tidewatch.rules.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/** Watchlists and the posts each has already alerted on, in the embedded database. */
public final class WatchlistStore {
    private final Database db;

    public WatchlistStore(Database db) {
        this.db = db;
        db.migrate("rules",
                "CREATE TABLE IF NOT EXISTS rules_watchlist (id VARCHAR(64) PRIMARY KEY, owner VARCHAR(256) NOT NULL,"
                        + " name VARCHAR(200) NOT NULL UNIQUE, query VARCHAR NOT NULL, targets VARCHAR NOT NULL,"
                        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
                "CREATE TABLE IF NOT EXISTS rules_watch_hit (watchlist_id VARCHAR(64) NOT NULL, post_id VARCHAR(512) NOT NULL,"
                        + " PRIMARY KEY (watchlist_id, post_id))");
    }

    /** Saves a new watchlist; throws IllegalArgumentException when the name is taken. */
    public void insert(Watchlist w) {
        insertAll(List.of(w));
    }

    /** Saves new watchlists in one transaction: all or none; throws IllegalArgumentException naming a taken name. */
    public void insertAll(List<Watchlist> watchlists) {
        try (Connection c = db.connect();
             PreparedStatement taken = c.prepareStatement("SELECT 1 FROM rules_watchlist WHERE name = ?");
             PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rules_watchlist (id, owner, name, query, targets, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            Set<String> names = new HashSet<>();
            for (Watchlist w : watchlists) {
                taken.setString(1, w.name());
                try (ResultSet rs = taken.executeQuery()) {
                    if (rs.next() || !names.add(w.name())) {
                        c.rollback();
                        throw new IllegalArgumentException("a watchlist named '" + w.name() + "' exists already");
                    }
                }
                ps.setString(1, w.id());
                ps.setString(2, w.owner());
                ps.setString(3, w.name());
                ps.setString(4, w.query());
                ps.setString(5, String.join("\n", w.targets()));
                ps.setTimestamp(6, Timestamp.from(w.createdAt()));
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot save " + watchlists.size() + " watchlists: " + e.getMessage(), e);
        }
    }

    /** Every watchlist, by name. */
    public List<Watchlist> all() {
        return select("SELECT id, owner, name, query, targets, created_at FROM rules_watchlist ORDER BY name", null);
    }

    /** The watchlist with this name. */
    public Optional<Watchlist> byName(String name) {
        return select("SELECT id, owner, name, query, targets, created_at FROM rules_watchlist WHERE name = ?", name)
                .stream().findFirst();
    }

    /** Deletes a watchlist and its hits; returns whether it existed. */
    public boolean delete(String id) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            int n;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rules_watchlist WHERE id = ?");
                 PreparedStatement hits = c.prepareStatement("DELETE FROM rules_watch_hit WHERE watchlist_id = ?")) {
                ps.setString(1, id);
                n = ps.executeUpdate();
                hits.setString(1, id);
                hits.executeUpdate();
            }
            c.commit();
            return n > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot delete watchlist " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records that a watchlist matched these posts; returns the ones it had not matched before, so a re-collected
     * post does not alert twice.
     */
    public Set<String> recordHits(String watchlistId, Collection<String> postIds) {
        Set<String> fresh = new HashSet<>();
        try (Connection c = db.connect();
             PreparedStatement check = c.prepareStatement(
                     "SELECT 1 FROM rules_watch_hit WHERE watchlist_id = ? AND post_id = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO rules_watch_hit (watchlist_id, post_id) VALUES (?, ?)")) {
            for (String postId : postIds) {
                check.setString(1, watchlistId);
                check.setString(2, postId);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                insert.setString(1, watchlistId);
                insert.setString(2, postId);
                insert.executeUpdate();
                fresh.add(postId);
            }
            return fresh;
        } catch (SQLException e) {
            throw new StoreException("cannot record hits of watchlist " + watchlistId + ": " + e.getMessage(), e);
        }
    }

    private List<Watchlist> select(String sql, String arg) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            List<Watchlist> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String targets = rs.getString(5);
                    out.add(new Watchlist(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            targets.isEmpty() ? List.of() : Arrays.asList(targets.split("\n")),
                            rs.getTimestamp(6).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read watchlists: " + e.getMessage(), e);
        }
    }
}
