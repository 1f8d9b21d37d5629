package org.tidewatch.app.referral;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Re-checks referred URLs at a fixed interval on one daemon thread; a failed round is logged and the next one runs. */
public final class TakedownSchedule implements AutoCloseable {
    /** How often referred URLs are re-checked unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(TakedownSchedule.class);

    private final ScheduledExecutorService executor;

    private TakedownSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts the rounds; the first runs one interval from now. */
    public static TakedownSchedule start(TakedownTracker tracker, Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("takedown re-check interval must be positive, not " + interval);
        }
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidewatch-takedown-checks");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        ex.scheduleWithFixedDelay(() -> {
            try {
                tracker.checkAll();
            } catch (RuntimeException e) {
                LOG.error("takedown re-check round failed: {}", e.toString());
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        return new TakedownSchedule(ex);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
