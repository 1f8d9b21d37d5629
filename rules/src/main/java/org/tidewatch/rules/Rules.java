package org.tidewatch.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.tidewatch.core.store.Database;
import org.tidewatch.rules.alert.AlertJson;
import org.tidewatch.rules.alert.AlertKind;
import org.tidewatch.rules.alert.AlertQuery;
import org.tidewatch.rules.alert.AlertStore;
import org.tidewatch.rules.alert.AtomFeed;
import org.tidewatch.rules.delivery.DeliverySettings;
import org.tidewatch.rules.delivery.DeliveryWorker;
import org.tidewatch.rules.delivery.Notifier;
import org.tidewatch.rules.delivery.Outbox;
import org.tidewatch.rules.delivery.Target;
import org.tidewatch.rules.stats.DuplicateSignature;
import org.tidewatch.rules.stats.OfferObservations;
import org.tidewatch.rules.stats.RouteStatsStore;
import org.tidewatch.rules.stats.SimHashSignature;
import org.tidewatch.rules.watch.ClassicWatchQueryParser;
import org.tidewatch.rules.watch.PostDocumentBuilder;
import org.tidewatch.rules.watch.StandardPostDocumentBuilder;
import org.tidewatch.rules.watch.WatchAnalyzer;
import org.tidewatch.rules.watch.WatchQueryParser;
import org.tidewatch.rules.watch.WatchlistMatcher;
import org.tidewatch.rules.watch.WatchlistService;
import org.tidewatch.rules.watch.WatchlistStore;

/**
 * The rules module wired together over one database: the engine, watchlists, alert store, route statistics and the
 * delivery worker. The app opens one, calls {@link #engine()} after indexing, and {@link #startDelivery()} when it
 * serves; {@link #close()} stops delivery (queued alerts stay in the outbox).
 */
public final class Rules implements AutoCloseable {
    private final StandardRulesEngine engine;
    private final WatchlistService watchlists;
    private final WatchlistMatcher matcher;
    private final AlertStore alerts;
    private final RouteStatsStore routeStats;
    private final Outbox outbox;
    private final DeliveryWorker delivery;
    private final Clock clock;

    /**
     * The parts a caller may replace: the query parser and document builder (with the analyzer of its text field), the
     * near-duplicate signature, the notifiers per channel and the clock.
     */
    public record Parts(WatchQueryParser parser, PostDocumentBuilder documents, Analyzer analyzer,
                        DuplicateSignature signature, Map<Target.Channel, Notifier> notifiers, Clock clock) {
        /** The standard parts for these settings. */
        public static Parts standard(RulesSettings rules, DeliverySettings delivery) {
            return new Parts(new ClassicWatchQueryParser(), new StandardPostDocumentBuilder(rules.eurRates()),
                    new WatchAnalyzer(), new SimHashSignature(), DeliveryWorker.standardNotifiers(delivery),
                    Clock.systemUTC());
        }
    }

    private Rules(Database db, RulesSettings settings, DeliverySettings deliverySettings, Parts parts) {
        this.clock = parts.clock();
        this.alerts = new AlertStore(db, clock);
        this.routeStats = new RouteStatsStore(db, settings.duplicateBits());
        this.outbox = new Outbox(db, clock);
        this.matcher = new WatchlistMatcher(parts.analyzer(), parts.documents());
        this.watchlists = new WatchlistService(new WatchlistStore(db), parts.parser(), matcher, clock);
        this.delivery = new DeliveryWorker(outbox, parts.notifiers(), deliverySettings, clock);
        this.engine = new StandardRulesEngine(new WatchAlerting(watchlists, alerts, settings.exampleLimit()),
                new RouteAlerting(settings, routeStats, alerts),
                new OfferObservations(parts.signature(), routeStats, settings.eurRates()), outbox,
                deliverySettings.routeTargets(), delivery::wake);
    }

    /** The module with the standard parts. */
    public static Rules open(Database db, RulesSettings settings, DeliverySettings delivery) {
        return new Rules(db, settings, delivery, Parts.standard(settings, delivery));
    }

    /** The module with the given parts (tests, benchmarks, or the index module's parser). */
    public static Rules open(Database db, RulesSettings settings, DeliverySettings delivery, Parts parts) {
        return new Rules(db, settings, delivery, parts);
    }

    /** The engine the pipeline calls after indexing. */
    public StandardRulesEngine engine() {
        return engine;
    }

    /** Watchlist add/list/delete. */
    public WatchlistService watchlists() {
        return watchlists;
    }

    /** Alert list/get/acknowledge/dismiss. */
    public AlertStore alerts() {
        return alerts;
    }

    /** Daily route statistics, for trend charts. */
    public RouteStatsStore routeStats() {
        return routeStats;
    }

    /** The delivery queue (status counts, failures, requeue). */
    public Outbox outbox() {
        return outbox;
    }

    /** The delivery worker (runOnce for tests and one-shot commands). */
    public DeliveryWorker delivery() {
        return delivery;
    }

    /** Starts delivering queued alerts in the background. */
    public void startDelivery() {
        delivery.start();
    }

    /** {@code tidewatch alerts --json [--since]}: alerts fired at or after {@code since} (null: all), oldest first. */
    public String alertsJson(Instant since) {
        return AlertJson.ofStored(alerts.list(since == null ? AlertQuery.all() : AlertQuery.since(since)));
    }

    /** The Atom feed of the latest {@code limit} alerts that are not dismissed, newest first. */
    public String atomFeed(String selfUrl, String alertUrlPrefix, int limit) {
        AlertQuery q = new AlertQuery(null, Set.of(), Set.of(org.tidewatch.rules.alert.AlertState.NEW,
                org.tidewatch.rules.alert.AlertState.ACKNOWLEDGED), limit, true);
        return AtomFeed.render(alerts.list(q), selfUrl, alertUrlPrefix, clock.instant());
    }

    /** The kinds of alert, for filters in the UI. */
    public static Set<AlertKind> kinds() {
        return Set.of(AlertKind.values());
    }

    @Override
    public void close() {
        delivery.close();
        matcher.close();
    }
}
