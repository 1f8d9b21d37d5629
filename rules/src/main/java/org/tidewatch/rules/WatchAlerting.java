package org.tidewatch.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.Alert;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Post;
import org.tidewatch.rules.alert.AlertKind;
import org.tidewatch.rules.alert.AlertStore;
import org.tidewatch.rules.watch.WatchMatches;
import org.tidewatch.rules.watch.Watchlist;
import org.tidewatch.rules.watch.WatchlistService;

/**
 * Matches a batch against every watchlist and raises one WATCHLIST alert per watchlist for the posts it had not
 * matched before. A watchlist whose query fails is logged and counted; the others still alert.
 */
final class WatchAlerting {
    private static final Logger LOG = LoggerFactory.getLogger(WatchAlerting.class);
    private final WatchlistService watchlists;
    private final AlertStore alerts;
    private final int exampleLimit;
    private final Map<String, String> lastErrors = new java.util.concurrent.ConcurrentHashMap<>();

    WatchAlerting(WatchlistService watchlists, AlertStore alerts, int exampleLimit) {
        this.watchlists = watchlists;
        this.alerts = alerts;
        this.exampleLimit = exampleLimit;
    }

    /** Passes each alert raised, with its watchlist, to {@code fired}. */
    void process(List<EnrichedPost> posts, BiConsumer<Alert, Watchlist> fired) {
        WatchMatches matches = watchlists.match(posts);
        matches.errorsByWatchlist().forEach((id, error) -> {
            String name = watchlists.byId(id).map(Watchlist::name).orElse(id);
            lastErrors.put(name, error);
            LOG.warn("watchlist {} failed on a batch of {} posts: {}", name, posts.size(), error);
        });
        Map<String, Post> byId = new LinkedHashMap<>();
        posts.forEach(p -> byId.put(p.post().id(), p.post()));
        matches.postIdsByWatchlist().forEach((id, postIds) -> {
            Optional<Watchlist> w = watchlists.byId(id);
            if (w.isEmpty()) {
                return;
            }
            Set<String> fresh = watchlists.freshHits(id, postIds);
            List<String> ordered = postIds.stream().filter(fresh::contains).distinct().toList();
            if (ordered.isEmpty()) {
                return;
            }
            Instant firedAt = ordered.stream().map(byId::get).map(p -> p.publishedAt() == null ? p.collectedAt() : p.publishedAt())
                    .max(Instant::compareTo).orElseThrow();
            String dedupKey = AlertKind.WATCHLIST + "|" + id + "|" + ordered.get(0);
            List<String> examples = new ArrayList<>(ordered.subList(0, Math.min(exampleLimit, ordered.size())));
            String explanation = "Watchlist '" + w.get().name() + "' (" + w.get().query() + ") matched " + ordered.size()
                    + (ordered.size() == 1 ? " new post: " : " new posts, first: ") + String.join(", ", examples) + ".";
            Alert alert = new Alert(AlertStore.idFor(dedupKey), AlertKind.WATCHLIST.name(), firedAt, null, w.get().name(),
                    ordered.size(), 0, explanation, examples);
            alerts.fireWatchlist(dedupKey, alert).ifPresent(a -> fired.accept(a, w.get()));
        });
    }

    /** The last error of each watchlist whose query failed. */
    Map<String, String> lastErrors() {
        return Map.copyOf(lastErrors);
    }
}
