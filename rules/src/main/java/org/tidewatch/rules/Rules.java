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
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.query.PostQueryParser;
import org.tidewatch.index.schema.PostDocuments;
import org.tidewatch.rules.stats.DuplicateKey;
import org.tidewatch.rules.stats.MinHashDuplicateKey;
import org.tidewatch.rules.stats.OfferObservations;
import org.tidewatch.rules.stats.RouteStatsStore;
import org.tidewatch.rules.watch.IndexPostDocumentBuilder;
import org.tidewatch.rules.watch.IndexWatchQueryParser;
import org.tidewatch.rules.watch.PostDocumentBuilder;
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
     * The parts a caller may replace: the query parser and document builder (with the per-field analyzer of the
     * documents), the near-duplicate test, the notifiers per channel and the clock.
     */
    public record Parts(WatchQueryParser parser, PostDocumentBuilder documents, Analyzer analyzer,
                        DuplicateKey duplicates, Map<Target.Channel, Notifier> notifiers, Clock clock) {
        /** The standard parts: the index's parser, documents and analysis, MinHash duplicates, webhook and SMTP. */
        public static Parts standard(IndexSettings index, DeliverySettings delivery) {
            LanguageAnalyzers analyzers = new LanguageAnalyzers();
            return new Parts(new IndexWatchQueryParser(new PostQueryParser(analyzers, index)),
                    new IndexPostDocumentBuilder(new PostDocuments(analyzers, index)), analyzers.perField(),
                    new MinHashDuplicateKey(), DeliveryWorker.standardNotifiers(delivery), Clock.systemUTC());
        }

        /** These parts with other notifiers and clock (tests, benchmarks). */
        public Parts with(Map<Target.Channel, Notifier> otherNotifiers, Clock otherClock) {
            return new Parts(parser, documents, analyzer, duplicates, otherNotifiers, otherClock);
        }
    }

    private Rules(Database db, RulesSettings settings, DeliverySettings deliverySettings, Parts parts) {
        this.clock = parts.clock();
        this.alerts = new AlertStore(db, clock);
        this.routeStats = new RouteStatsStore(db, parts.duplicates());
        this.outbox = new Outbox(db, clock);
        this.matcher = new WatchlistMatcher(parts.analyzer(), parts.documents());
        this.watchlists = new WatchlistService(new WatchlistStore(db), parts.parser(), matcher, clock);
        this.delivery = new DeliveryWorker(outbox, parts.notifiers(), deliverySettings, clock);
        this.engine = new StandardRulesEngine(new WatchAlerting(watchlists, alerts, settings.exampleLimit()),
                new RouteAlerting(settings, routeStats, alerts),
                new OfferObservations(parts.duplicates(), routeStats, settings.eurRates()), outbox,
                deliverySettings.routeTargets(), delivery::wake);
    }

    /** The module with the standard parts; {@code index} must be the settings the index runs with. */
    public static Rules open(Database db, RulesSettings settings, DeliverySettings delivery, IndexSettings index) {
        return new Rules(db, settings, delivery, Parts.standard(index, delivery));
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
