package org.tidewatch.app.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/** Referral reports, the posts they referred, and the takedown checks of those posts, in the embedded database. */
public final class ReferralStore {
    /** One row of the report list. */
    public record Summary(String id, String platform, String author, Instant createdAt, String selection, int items,
                          int heldBack) {
    }

    /** One referred post: the report that referred it and when. */
    public record Referred(String reportId, String postId, String platform, String url, Instant referredAt) {
    }

    private final Database db;

    public ReferralStore(Database db) {
        this.db = db;
        db.migrate("referral",
                "CREATE TABLE IF NOT EXISTS referral_report (id VARCHAR(100) PRIMARY KEY, platform VARCHAR(100) NOT NULL, "
                        + "author VARCHAR(200) NOT NULL, created_at TIMESTAMP NOT NULL, selection VARCHAR(4000), "
                        + "items INT NOT NULL, held_back INT NOT NULL, package CLOB NOT NULL)",
                "CREATE TABLE IF NOT EXISTS referral_item (report_id VARCHAR(100) NOT NULL, post_id VARCHAR(500) NOT NULL, "
                        + "platform VARCHAR(100) NOT NULL, url VARCHAR(4000) NOT NULL, referred_at TIMESTAMP NOT NULL, "
                        + "PRIMARY KEY (report_id, post_id))",
                "CREATE INDEX IF NOT EXISTS referral_item_post ON referral_item (platform, post_id)",
                "CREATE TABLE IF NOT EXISTS referral_check (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                        + "platform VARCHAR(100) NOT NULL, post_id VARCHAR(500) NOT NULL, url VARCHAR(4000) NOT NULL, "
                        + "checked_at TIMESTAMP NOT NULL, status VARCHAR(20) NOT NULL, http_status INT NOT NULL, "
                        + "detail VARCHAR(1000))",
                "CREATE INDEX IF NOT EXISTS referral_check_post ON referral_check (platform, post_id, checked_at)");
    }

    /** Saves the package and its items in one transaction. */
    public void save(ReferralPackage pkg) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement r = c.prepareStatement("INSERT INTO referral_report VALUES (?,?,?,?,?,?,?,?)");
                 PreparedStatement i = c.prepareStatement("INSERT INTO referral_item VALUES (?,?,?,?,?)")) {
                r.setString(1, pkg.id());
                r.setString(2, pkg.platform());
                r.setString(3, pkg.author());
                r.setTimestamp(4, Timestamp.from(pkg.createdAt()));
                r.setString(5, truncate(pkg.selection(), 4000));
                r.setInt(6, pkg.items().size());
                r.setInt(7, pkg.excluded().size());
                r.setString(8, PackageJson.MAPPER.writeValueAsString(PackageJson.toJson(pkg)));
                r.executeUpdate();
                for (ReferralItem item : pkg.items()) {
                    i.setString(1, pkg.id());
                    i.setString(2, item.postId());
                    i.setString(3, item.platform());
                    i.setString(4, item.url());
                    i.setTimestamp(5, Timestamp.from(pkg.createdAt()));
                    i.addBatch();
                }
                i.executeBatch();
                c.commit();
            } catch (SQLException | JsonProcessingException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot save referral report " + pkg.id() + ": " + e.getMessage(), e);
        }
    }

    /** The report that first referred {@code postId} to {@code platform}, if any. */
    public Optional<String> referredIn(String platform, String postId) {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT report_id FROM referral_item WHERE platform = ? AND post_id = ? ORDER BY referred_at LIMIT 1")) {
            st.setString(1, platform);
            st.setString(2, postId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up earlier referrals: " + e.getMessage(), e);
        }
    }

    /** Which of the posts any report refers to (retention keeps them). */
    public Set<String> referenced(Collection<String> postIds) {
        Set<String> out = new HashSet<>();
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT 1 FROM referral_item WHERE post_id = ? LIMIT 1")) {
            for (String id : postIds) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        out.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up referred posts: " + e.getMessage(), e);
        }
        return out;
    }

    /** Reports, newest first. */
    public List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT id, platform, author, created_at, selection, items, held_back FROM referral_report "
                        + "ORDER BY created_at DESC, id DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getInt(6), rs.getInt(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list referral reports: " + e.getMessage(), e);
        }
        return out;
    }

    /** The stored package, if the id exists. */
    public Optional<ReferralPackage> find(String id) {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT package FROM referral_report WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(PackageJson.fromJson(PackageJson.MAPPER.readTree(rs.getString(1))));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("cannot read referral report " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every referred post once per platform, with its first referral. */
    public List<Referred> referredPosts() {
        List<Referred> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT report_id, post_id, platform, url, referred_at FROM referral_item i WHERE referred_at = "
                        + "(SELECT MIN(referred_at) FROM referral_item j WHERE j.platform = i.platform AND j.post_id = i.post_id) "
                        + "ORDER BY platform, post_id");
             ResultSet rs = st.executeQuery()) {
            Set<String> seen = new HashSet<>();
            while (rs.next()) {
                if (seen.add(rs.getString(3) + "\n" + rs.getString(2))) {
                    out.add(new Referred(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list referred posts: " + e.getMessage(), e);
        }
        return out;
    }

    /** Records one takedown check. */
    public void recordCheck(TakedownCheck check) {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO referral_check (platform, post_id, url, checked_at, status, http_status, detail) VALUES (?,?,?,?,?,?,?)")) {
            st.setString(1, check.platform());
            st.setString(2, check.postId());
            st.setString(3, check.url());
            st.setTimestamp(4, Timestamp.from(check.checkedAt()));
            st.setString(5, check.status().name());
            st.setInt(6, check.httpStatus());
            st.setString(7, truncate(check.detail(), 1000));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the takedown check of " + check.url() + ": " + e.getMessage(), e);
        }
    }

    /** Every check of one post on one platform, oldest first. */
    public List<TakedownCheck> checks(String platform, String postId) {
        List<TakedownCheck> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT platform, post_id, url, checked_at, status, http_status, detail FROM referral_check "
                        + "WHERE platform = ? AND post_id = ? ORDER BY checked_at, id")) {
            st.setString(1, platform);
            st.setString(2, postId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new TakedownCheck(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), TakedownCheck.Status.valueOf(rs.getString(5)), rs.getInt(6),
                            rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read takedown checks: " + e.getMessage(), e);
        }
        return out;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
