package org.tidewatch.rules.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.store.StoreException;

/**
 * Per-route, per-day statistics in the embedded database: the offer observations (one row per post and route, so
 * re-ingesting a post changes nothing) and the daily aggregates derived from them.
 */
public final class RouteStatsStore {
    private static final String SEP = "\n";
    private final Database db;
    private final AuthorGroups groups;

    public RouteStatsStore(Database db, DuplicateKey duplicates) {
        this.db = db;
        db.migrate("rules",
                "CREATE TABLE IF NOT EXISTS rules_offer (post_id VARCHAR(512) NOT NULL, level VARCHAR(8) NOT NULL,"
                        + " route_key VARCHAR(512) NOT NULL, from_place VARCHAR(256), from_country CHAR(2),"
                        + " to_place VARCHAR(256), to_country CHAR(2), day_utc DATE NOT NULL, author VARCHAR(512) NOT NULL,"
                        + " dup_group VARCHAR(512) NOT NULL, signature VARBINARY NOT NULL, eur DOUBLE PRECISION,"
                        + " event_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (post_id, level, route_key))",
                "CREATE INDEX IF NOT EXISTS rules_offer_route_day ON rules_offer (level, route_key, day_utc)",
                "CREATE INDEX IF NOT EXISTS rules_offer_author ON rules_offer (author)",
                "CREATE TABLE IF NOT EXISTS rules_route_day (level VARCHAR(8) NOT NULL, route_key VARCHAR(512) NOT NULL,"
                        + " day_utc DATE NOT NULL, from_place VARCHAR(256), from_country CHAR(2), to_place VARCHAR(256),"
                        + " to_country CHAR(2), offers INT NOT NULL, author_count INT NOT NULL, median_eur DOUBLE PRECISION,"
                        + " authors VARCHAR, prices VARCHAR, examples VARCHAR, last_event TIMESTAMP WITH TIME ZONE,"
                        + " PRIMARY KEY (level, route_key, day_utc))",
                "CREATE INDEX IF NOT EXISTS rules_route_day_to ON rules_route_day (level, to_country, day_utc)");
        this.groups = new AuthorGroups(duplicates, this::storedSignatures);
    }

    /** The near-duplicate group of a post among its author's posts (stable across restarts). */
    public String groupOf(String author, String postId, byte[] signature) {
        return groups.groupOf(author, postId, signature);
    }

    /** Stores the observations (replacing earlier rows of the same post and route); returns the days touched per route. */
    public Map<RouteKey, Set<LocalDate>> record(Collection<OfferObservation> observations) {
        Map<RouteKey, Set<LocalDate>> touched = new LinkedHashMap<>();
        String sql = "MERGE INTO rules_offer (post_id, level, route_key, from_place, from_country, to_place, to_country,"
                + " day_utc, author, dup_group, signature, eur, event_at) KEY (post_id, level, route_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (OfferObservation o : observations) {
                RouteKey r = o.route();
                ps.setString(1, o.postId());
                ps.setString(2, r.level().name());
                ps.setString(3, r.key());
                ps.setString(4, r.from());
                ps.setString(5, r.fromCountry());
                ps.setString(6, r.to());
                ps.setString(7, r.toCountry());
                ps.setDate(8, Date.valueOf(o.day()));
                ps.setString(9, o.author());
                ps.setString(10, o.group());
                ps.setBytes(11, o.signature());
                if (o.eurPrice() == null) {
                    ps.setNull(12, java.sql.Types.DOUBLE);
                } else {
                    ps.setDouble(12, o.eurPrice());
                }
                ps.setTimestamp(13, Timestamp.from(o.eventAt()));
                ps.addBatch();
                touched.computeIfAbsent(r, k -> new java.util.TreeSet<>()).add(o.day());
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot store route observations: " + e.getMessage(), e);
        }
        return touched;
    }

    /** Recomputes and stores the daily aggregates of a route on the given days. */
    public void recompute(RouteKey route, Set<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        String sql = "SELECT day_utc, post_id, author, dup_group, eur, event_at FROM rules_offer"
                + " WHERE level = ? AND route_key = ? AND day_utc BETWEEN ? AND ? ORDER BY day_utc, event_at, post_id";
        Map<LocalDate, DayTally> tallies = new LinkedHashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, route.level().name());
            ps.setString(2, route.key());
            ps.setDate(3, Date.valueOf(first));
            ps.setDate(4, Date.valueOf(last));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = rs.getDate(1).toLocalDate();
                    if (days.contains(day)) {
                        double eur = rs.getDouble(5);
                        Double price = rs.wasNull() ? null : eur;
                        tallies.computeIfAbsent(day, d -> new DayTally()).add(rs.getString(2), rs.getString(3),
                                rs.getString(4), price, rs.getTimestamp(6).toInstant());
                    }
                }
            }
            List<RouteDay> computed = new ArrayList<>();
            tallies.forEach((day, t) -> computed.add(t.toDay(route, day)));
            store(c, computed);
        } catch (SQLException e) {
            throw new StoreException("cannot recompute statistics of route " + route.key() + ": " + e.getMessage(), e);
        }
    }

    /** The posts of one route-day, folded into distinct (author, group) offers. */
    private static final class DayTally {
        private final Map<String, Double> offerPrice = new LinkedHashMap<>();
        private final Map<String, String> offerExample = new LinkedHashMap<>();
        private final Set<String> authors = new LinkedHashSet<>();
        private Instant last;

        void add(String postId, String author, String group, Double eur, Instant at) {
            String offer = author + SEP + group;
            authors.add(author);
            offerExample.putIfAbsent(offer, postId);
            if (eur != null) {
                offerPrice.putIfAbsent(offer, eur);
            }
            last = at;
        }

        RouteDay toDay(RouteKey route, LocalDate day) {
            List<Double> prices = List.copyOf(offerPrice.values());
            return new RouteDay(route, day, offerExample.size(), authors, RouteDay.median(prices), prices,
                    List.copyOf(offerExample.values()), last);
        }
    }

    private static void store(Connection c, List<RouteDay> days) throws SQLException {
        String sql = "MERGE INTO rules_route_day (level, route_key, day_utc, from_place, from_country, to_place, to_country,"
                + " offers, author_count, median_eur, authors, prices, examples, last_event) KEY (level, route_key, day_utc)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (RouteDay d : days) {
                RouteKey r = d.route();
                ps.setString(1, r.level().name());
                ps.setString(2, r.key());
                ps.setDate(3, Date.valueOf(d.day()));
                ps.setString(4, r.from());
                ps.setString(5, r.fromCountry());
                ps.setString(6, r.to());
                ps.setString(7, r.toCountry());
                ps.setInt(8, d.offers());
                ps.setInt(9, d.authors().size());
                if (d.medianEur() == null) {
                    ps.setNull(10, java.sql.Types.DOUBLE);
                } else {
                    ps.setDouble(10, d.medianEur());
                }
                ps.setString(11, String.join(SEP, d.authors()));
                ps.setString(12, String.join(SEP, d.prices().stream().map(String::valueOf).toList()));
                ps.setString(13, String.join(SEP, d.examplePostIds()));
                ps.setTimestamp(14, Timestamp.from(d.lastEvent()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The stored days of a route within [from, to], oldest first. */
    public RouteHistory history(RouteKey route, LocalDate from, LocalDate to) {
        String sql = "SELECT day_utc, offers, median_eur, authors, prices, examples, last_event FROM rules_route_day"
                + " WHERE level = ? AND route_key = ? AND day_utc BETWEEN ? AND ? ORDER BY day_utc";
        List<RouteDay> days = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, route.level().name());
            ps.setString(2, route.key());
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(readDay(route, rs));
                }
            }
            return new RouteHistory(route, days, firstDay(c, route).orElse(null));
        } catch (SQLException e) {
            throw new StoreException("cannot read statistics of route " + route.key() + ": " + e.getMessage(), e);
        }
    }

    /** All route-days within [from, to], for trend charts: every route, oldest day first. */
    public List<RouteDay> days(LocalDate from, LocalDate to) {
        String sql = "SELECT day_utc, offers, median_eur, authors, prices, examples, last_event, level, from_place,"
                + " from_country, to_place, to_country FROM rules_route_day WHERE day_utc BETWEEN ? AND ?"
                + " ORDER BY day_utc, level, route_key";
        List<RouteDay> days = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RouteKey route = new RouteKey(RouteKey.Level.valueOf(rs.getString(8)), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12));
                    days.add(readDay(route, rs));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new StoreException("cannot read route statistics: " + e.getMessage(), e);
        }
    }

    /** Country routes into a destination country that have any offer within [from, to]. */
    public List<RouteKey> countryRoutesTo(String toCountry, LocalDate from, LocalDate to) {
        String sql = "SELECT DISTINCT from_country FROM rules_route_day WHERE level = 'COUNTRY' AND to_country = ?"
                + " AND day_utc BETWEEN ? AND ? ORDER BY from_country";
        List<RouteKey> routes = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, toCountry);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    routes.add(RouteKey.country(rs.getString(1), toCountry));
                }
            }
            return routes;
        } catch (SQLException e) {
            throw new StoreException("cannot list routes to " + toCountry + ": " + e.getMessage(), e);
        }
    }

    /** The earliest day any offer was observed: the start of the store's history. */
    public Optional<LocalDate> firstDay() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT MIN(day_utc) FROM rules_offer");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Date d = rs.getDate(1);
            return Optional.ofNullable(d).map(Date::toLocalDate);
        } catch (SQLException e) {
            throw new StoreException("cannot read the start of the history: " + e.getMessage(), e);
        }
    }

    private static Optional<LocalDate> firstDay(Connection c, RouteKey route) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(day_utc) FROM rules_route_day WHERE level = ? AND route_key = ?")) {
            ps.setString(1, route.level().name());
            ps.setString(2, route.key());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate);
            }
        }
    }

    private static RouteDay readDay(RouteKey route, ResultSet rs) throws SQLException {
        double median = rs.getDouble(3);
        Double medianEur = rs.wasNull() ? null : median;
        List<Double> prices = split(rs.getString(5)).stream().map(Double::valueOf).toList();
        return new RouteDay(route, rs.getDate(1).toLocalDate(), rs.getInt(2), new LinkedHashSet<>(split(rs.getString(4))),
                medianEur, prices, split(rs.getString(6)), rs.getTimestamp(7).toInstant());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEP));
    }

    private List<AuthorGroups.Member> storedSignatures(String author) {
        String sql = "SELECT signature, dup_group FROM rules_offer WHERE author = ? ORDER BY event_at, post_id";
        List<AuthorGroups.Member> pairs = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, author);
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] signature = rs.getBytes(1);
                    if (seen.add(java.util.HexFormat.of().formatHex(signature))) {
                        pairs.add(new AuthorGroups.Member(signature, rs.getString(2)));
                    }
                }
            }
            return pairs;
        } catch (SQLException e) {
            throw new StoreException("cannot read earlier posts of author " + author + ": " + e.getMessage(), e);
        }
    }
}
