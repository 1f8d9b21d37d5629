package org.tidewatch.rules.watch;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.search.Query;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.rules.delivery.Target;

/**
 * Adds, lists and deletes watchlists, keeping the stored ones and the monitor in step. A query is parsed before it
 * is saved, so a bad query is refused with the parser's message and never stored.
 */
public final class WatchlistService {
    private final WatchlistStore store;
    private final WatchQueryParser parser;
    private final WatchlistMatcher matcher;
    private final Clock clock;
    private final Map<String, String> loadErrors = new LinkedHashMap<>();
    private final Map<String, Watchlist> byId = new java.util.concurrent.ConcurrentHashMap<>();

    /** Registers every stored watchlist; one whose query no longer parses is skipped and listed in {@link #loadErrors()}. */
    public WatchlistService(WatchlistStore store, WatchQueryParser parser, WatchlistMatcher matcher, Clock clock) {
        this.store = store;
        this.parser = parser;
        this.matcher = matcher;
        this.clock = clock;
        Map<String, Map.Entry<Query, String>> queries = new LinkedHashMap<>();
        for (Watchlist w : store.all()) {
            try {
                queries.put(w.id(), Map.entry(parser.parse(w.query()), w.query()));
                byId.put(w.id(), w);
            } catch (RuntimeException e) {
                loadErrors.put(w.name(), e.getMessage());
            }
        }
        matcher.registerAll(queries);
    }

    /**
     * Saves and registers a watchlist. Throws {@link QuerySyntaxException} for a bad query and IllegalArgumentException
     * for a taken name or a bad target, naming it.
     */
    public Watchlist add(String owner, String name, String query, List<String> targets) {
        Query parsed = parser.parse(query);
        List<String> normalised = targets == null ? List.of() : targets.stream().map(t -> Target.parse(t).spec()).toList();
        Watchlist w = new Watchlist(UUID.randomUUID().toString(), owner, name, query, normalised, clock.instant());
        store.insert(w);
        matcher.register(w.id(), parsed, query);
        byId.put(w.id(), w);
        return w;
    }

    /**
     * Saves and registers many watchlists of one owner and targets (name to query) in one step; every query is parsed
     * first, so a bad one (named in the exception) saves none of them.
     */
    public List<Watchlist> addAll(String owner, Map<String, String> queriesByName, List<String> targets) {
        Map<String, Map.Entry<Query, String>> parsed = new LinkedHashMap<>();
        List<Watchlist> added = new java.util.ArrayList<>();
        List<String> normalised = targets == null ? List.of() : targets.stream().map(t -> Target.parse(t).spec()).toList();
        queriesByName.forEach((name, query) -> {
            Query q;
            try {
                q = parser.parse(query);
            } catch (QuerySyntaxException e) {
                throw new QuerySyntaxException("watchlist " + name + ": " + e.getMessage(), e.position());
            }
            Watchlist w = new Watchlist(UUID.randomUUID().toString(), owner, name, query, normalised, clock.instant());
            parsed.put(w.id(), Map.entry(q, query));
            added.add(w);
        });
        store.insertAll(added);
        matcher.registerAll(parsed);
        added.forEach(w -> byId.put(w.id(), w));
        return added;
    }

    /** Every watchlist, by name. */
    public List<Watchlist> list() {
        return store.all();
    }

    /** The watchlist with this name. */
    public Optional<Watchlist> get(String name) {
        return store.byName(name);
    }

    /** Deletes a watchlist by name; returns whether it existed. */
    public boolean delete(String name) {
        Optional<Watchlist> w = store.byName(name);
        if (w.isEmpty()) {
            return false;
        }
        matcher.remove(w.get().id());
        byId.remove(w.get().id());
        return store.delete(w.get().id());
    }

    /** Watchlists whose stored query could not be registered at start, with the reason. */
    public Map<String, String> loadErrors() {
        return Map.copyOf(loadErrors);
    }

    /** Matches posts against every watchlist. */
    public WatchMatches match(List<EnrichedPost> posts) {
        return matcher.match(posts);
    }

    /** A registered watchlist by id. */
    public Optional<Watchlist> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Records that a watchlist matched these posts and returns those it had not matched before (a re-collected post
     * alerts once).
     */
    public java.util.Set<String> freshHits(String watchlistId, List<String> postIds) {
        return store.recordHits(watchlistId, postIds);
    }
}
