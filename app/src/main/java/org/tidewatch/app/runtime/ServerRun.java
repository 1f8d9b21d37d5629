package org.tidewatch.app.runtime;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.http.AlertsApi;
import org.tidewatch.app.http.ApiServer;
import org.tidewatch.app.http.SourcesApi;
import org.tidewatch.app.referral.ReferralApi;
import org.tidewatch.app.web.ReportPages;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.health.Backoff;
import org.tidewatch.crawler.health.SourceHealthStore;
import org.tidewatch.crawler.schedule.ReloadResult;
import org.tidewatch.crawler.schedule.RunOutcome;
import org.tidewatch.crawler.schedule.SourceScheduler;

/**
 * Runs the long-lived process of {@code serve} and {@code demo}: every source on its Quartz schedule (and once at
 * start), the HTTP API in front, configuration reloads on SIGHUP or {@code POST /api/admin/reload}, until Ctrl-C
 * (or SIGTERM), then a clean stop that commits the index.
 */
public final class ServerRun {
    private static final Logger LOG = LoggerFactory.getLogger(ServerRun.class);

    private final Tidewatch tw;
    private final ServerSettings settings;
    private final Supplier<List<SourceConfig>> sourcesOnReload;
    private final List<Consumer<JavalinConfig>> extensions = new ArrayList<>();
    private Duration awaitFirstCollection = Duration.ZERO;
    private final CountDownLatch stop = new CountDownLatch(1);

    /**
     * @param sourcesOnReload reads the sources again (from the configuration file) when a reload is asked for
     */
    public ServerRun(Tidewatch tw, ServerSettings settings, Supplier<List<SourceConfig>> sourcesOnReload) {
        this.tw = tw;
        this.settings = settings;
        this.sourcesOnReload = sourcesOnReload;
    }

    /** Adds HTTP routes (access control, workbench pages …) to the server. */
    public ServerRun with(Consumer<JavalinConfig> extension) {
        extensions.add(extension);
        return this;
    }

    /**
     * Makes the start wait, up to {@code max}, until every enabled source has finished its first collection and the
     * index shows it, before calling {@code onStarted} (the demo's banner invites queries at once).
     */
    public ServerRun awaitFirstCollection(Duration max) {
        this.awaitFirstCollection = max;
        return this;
    }

    /** Starts everything, calls {@code onStarted} with the bound port, and blocks until the process is asked to stop. */
    public void runUntilStopped(java.util.function.IntConsumer onStarted) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tidewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        SourceHealthStore health = new SourceHealthStore(tw.db(), Backoff.DEFAULT, Clock.systemUTC());
        List<SourceConfig> current = new ArrayList<>(tw.config().sources());
        FirstCollections first = new FirstCollections(
                current.stream().filter(SourceConfig::enabled).map(SourceConfig::id).toList());
        try (SourceCrawler crawler = SourceCrawler.create(tw);
             SourceScheduler scheduler = new SourceScheduler(source -> {
                 try {
                     return outcome(crawler.run(source));
                 } finally {
                     first.finished(source.id());
                 }
             }, health, 2)) {
            scheduler.reload(current);
            scheduler.start();
            Supplier<ReloadResult> reload = () -> reload(scheduler, current);
            SourcesApi sources = new SourcesApi(() -> List.copyOf(current), health, scheduler, reload, tw.audit());
            List<Consumer<JavalinConfig>> all = new ArrayList<>(extensions);
            all.add(sources::install);
            all.add(new AlertsApi(tw.rules(), tw.audit())::install);
            ReferralApi referrals = new ReferralApi(tw);
            all.add(referrals::install);
            // After the API: its /reports/takedowns page must be matched before the report page's /reports/{id}.
            all.add(new ReportPages(tw, referrals.referrals())::install);
            tw.rules().startDelivery();
            try (ApiServer api = ApiServer.start(settings, tw, all)) {
                ReloadSignal.install(() -> LOG.warn("configuration reloaded: {}", reload.get()));
                for (SourceConfig s : current) {
                    if (s.enabled()) {
                        scheduler.runNow(s.id());
                    }
                }
                awaitFirstCollection(first);
                onStarted.accept(api.port());
                RetentionSchedule retention = RetentionSchedule.startIfEnabled(tw);
                stop.await();
                retention.close();
                System.err.println("tidewatch: stopping…");
                scheduler.stop();
            }
        } finally {
            tw.close();
            stopped.countDown();
            removeHook(hook);
        }
    }

    /** Asks a running {@link #runUntilStopped} to stop as Ctrl-C would (for embedding and tests). */
    public void stop() {
        stop.countDown();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is what stopped us; nothing to remove.
        }
    }

    private void awaitFirstCollection(FirstCollections first) throws InterruptedException {
        if (awaitFirstCollection.isZero()) {
            return;
        }
        System.err.println("tidewatch: collecting from " + first.pending().size() + " sources before opening…");
        if (!first.await(awaitFirstCollection)) {
            LOG.warn("first collection still running after {} s for {}; starting anyway", awaitFirstCollection.toSeconds(),
                    first.pending());
        }
        tw.index().refresh();
    }

    private synchronized ReloadResult reload(SourceScheduler scheduler, List<SourceConfig> current) {
        List<SourceConfig> fresh = sourcesOnReload.get();
        ReloadResult r = scheduler.reload(fresh);
        current.clear();
        current.addAll(fresh);
        return r;
    }

    private static RunOutcome outcome(CrawlReport.SourceOutcome o) {
        return o.error() == null ? RunOutcome.succeeded(o.posts()) : RunOutcome.failed(o.error());
    }
}
