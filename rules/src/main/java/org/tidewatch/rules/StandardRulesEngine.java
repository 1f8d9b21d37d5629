package org.tidewatch.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.Alert;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.rules.alert.AlertJson;
import org.tidewatch.rules.delivery.Outbox;
import org.tidewatch.rules.delivery.Target;
import org.tidewatch.rules.stats.OfferObservation;
import org.tidewatch.rules.stats.OfferObservations;

/**
 * The rules engine: watchlists first (each alert queued to its watchlist's targets), then route statistics and route
 * alerts (queued to the configured route targets). A failing post or stage is counted and logged; the batch goes on.
 * Build it with {@link Rules}.
 */
public final class StandardRulesEngine implements RulesEngine {
    private static final Logger LOG = LoggerFactory.getLogger(StandardRulesEngine.class);
    private static final int KEEP_FAILURES = 50;
    private final WatchAlerting watch;
    private final RouteAlerting routes;
    private final OfferObservations observations;
    private final Outbox outbox;
    private final List<Target> routeTargets;
    private final Runnable onQueued;
    private final AtomicLong postsSeen = new AtomicLong();
    private final AtomicLong postsFailed = new AtomicLong();
    private final AtomicLong stageFailures = new AtomicLong();
    private final AtomicLong alertsRaised = new AtomicLong();
    private final Deque<String> recentFailures = new ArrayDeque<>();

    StandardRulesEngine(WatchAlerting watch, RouteAlerting routes, OfferObservations observations, Outbox outbox,
                        List<Target> routeTargets, Runnable onQueued) {
        this.watch = watch;
        this.routes = routes;
        this.observations = observations;
        this.outbox = outbox;
        this.routeTargets = List.copyOf(routeTargets);
        this.onQueued = onQueued;
    }

    @Override
    public synchronized List<Alert> onIndexed(List<EnrichedPost> posts) {
        postsSeen.addAndGet(posts.size());
        List<Alert> raised = new ArrayList<>();
        try {
            watch.process(posts, (alert, watchlist) -> {
                outbox.enqueue(alert.id(), AlertJson.of(alert), watchlist.targets().stream().map(Target::parse).toList());
                raised.add(alert);
            });
        } catch (RuntimeException e) {
            stageFailed("watchlists", posts.size(), e);
        }
        List<OfferObservation> observed = new ArrayList<>();
        for (EnrichedPost p : posts) {
            try {
                observed.addAll(observations.of(p));
            } catch (RuntimeException e) {
                postsFailed.incrementAndGet();
                remember(p.post().id() + ": " + e.getMessage());
            }
        }
        try {
            routes.process(observed, alert -> {
                outbox.enqueue(alert.id(), AlertJson.of(alert), routeTargets);
                raised.add(alert);
            });
        } catch (RuntimeException e) {
            stageFailed("route statistics", posts.size(), e);
        }
        alertsRaised.addAndGet(raised.size());
        if (!raised.isEmpty()) {
            onQueued.run();
        }
        return raised;
    }

    /** Counters since start. */
    public synchronized EngineStatus status() {
        return new EngineStatus(postsSeen.get(), postsFailed.get(), stageFailures.get(), alertsRaised.get(),
                List.copyOf(recentFailures), watch.lastErrors());
    }

    private void stageFailed(String stage, int size, RuntimeException e) {
        stageFailures.incrementAndGet();
        remember(stage + ": " + e);
        LOG.error("{} failed on a batch of {} posts; the batch goes on", stage, size, e);
    }

    private void remember(String failure) {
        if (recentFailures.size() == KEEP_FAILURES) {
            recentFailures.removeFirst();
        }
        recentFailures.addLast(failure);
    }
}
