package org.tidewatch.app.runtime;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.app.retention.PurgeResult;
import org.tidewatch.app.retention.ReferencedPosts;
import org.tidewatch.app.retention.RetentionService;
import org.tidewatch.index.LucenePostIndex;

/** Runs the retention purge at start and then daily, when retention is configured; a no-op otherwise. */
final class RetentionSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ScheduledExecutorService executor;

    private RetentionSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static RetentionSchedule startIfEnabled(Tidewatch tw) {
        if (!tw.config().retention().enabled() || !(tw.index() instanceof LucenePostIndex index)) {
            return new RetentionSchedule(null);
        }
        // Alerts, referral reports and cases name the posts they must keep; each store joins this list as it lands.
        ReferencedPosts referenced = ReferencedPosts.anyOf(List.of(ReferencedPosts.NONE));
        RetentionService service = new RetentionService(tw.config().retention(), new IndexRetentionTarget(index), referenced, tw.audit());
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        ex.scheduleAtFixedRate(() -> {
            try {
                PurgeResult r = service.purge(Clock.systemUTC());
                LOG.info("retention purge: {}", r);
            } catch (RuntimeException e) {
                LOG.error("retention purge failed: {}", e.toString());
            }
        }, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        return new RetentionSchedule(ex);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
