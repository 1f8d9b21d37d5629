package org.tidewatch.app.referral;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-checks referred URLs at a fixed interval on one thread; a failed round is logged and the next one runs.
 * {@link #close()} stops it and waits briefly for a round in progress.
 */
public final class TakedownSchedule implements AutoCloseable {
    /** How long close waits for a round in progress after interrupting it. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);
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
            // Daemon only as a safety net: the server stops it explicitly (ReferralApi, on server stopping).
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
        LOG.info("takedown re-checks every {}", interval);
        return new TakedownSchedule(ex);
    }

    /** Whether it has stopped (no round running, none to come). */
    public boolean isStopped() {
        return executor.isTerminated();
    }

    @Override
    public void close() {
        if (executor.isShutdown()) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("takedown re-check round still running after {}; left to end with the process", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("takedown re-checks stopped");
    }
}
