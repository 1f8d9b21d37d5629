package org.tidewatch.rules.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox: sends each due entry with the notifier of its channel, marks it delivered, or schedules a retry
 * with exponential backoff (marked FAILED after the last attempt, visible in {@link Outbox#failures(int)}). Runs on
 * one background thread after {@link #start()}; {@link #wake()} makes it run at once when alerts were queued.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 100;
    private final Outbox outbox;
    private final Map<Target.Channel, Notifier> notifiers;
    private final DeliverySettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public DeliveryWorker(Outbox outbox, Map<Target.Channel, Notifier> notifiers, DeliverySettings settings, Clock clock) {
        this.outbox = outbox;
        this.notifiers = new EnumMap<>(notifiers);
        this.settings = settings;
        this.clock = clock;
    }

    /** The standard notifiers (webhook and SMTP e-mail) for the settings. */
    public static Map<Target.Channel, Notifier> standardNotifiers(DeliverySettings settings) {
        return Map.of(Target.Channel.WEBHOOK,
                new WebhookNotifier(settings.webhookSecret(), Duration.ofMillis(settings.webhookTimeoutMs())),
                Target.Channel.EMAIL, new EmailNotifier(settings.smtp(), settings.webhookTimeoutMs()));
    }

    /** Starts polling in the background. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tidewatch-delivery");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runSafely, 0, settings.pollIntervalMs(), TimeUnit.MILLISECONDS);
    }

    /** Asks the background thread to drain the outbox now (no effect before {@link #start()}). */
    public synchronized void wake() {
        if (executor != null && !executor.isShutdown()) {
            executor.execute(this::runSafely);
        }
    }

    /** Stops the background thread, letting a delivery in progress finish; queued entries stay in the outbox. */
    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("delivery round failed, will retry: {}", e.getMessage());
        }
    }

    /** Sends every due entry once; returns how many were delivered. */
    public synchronized int runOnce() {
        int delivered = 0;
        List<OutboxEntry> due;
        do {
            due = outbox.due(BATCH);
            for (OutboxEntry entry : due) {
                if (attempt(entry)) {
                    delivered++;
                }
            }
        } while (due.size() == BATCH && delivered > 0);
        return delivered;
    }

    private boolean attempt(OutboxEntry entry) {
        Notifier notifier = notifiers.get(entry.target().channel());
        try {
            if (notifier == null) {
                throw new DeliveryException("no notifier for channel " + entry.target().channel());
            }
            notifier.send(entry);
            outbox.delivered(entry.id());
            return true;
        } catch (DeliveryException e) {
            int attempts = entry.attempts() + 1;
            boolean giveUp = attempts >= settings.maxAttempts();
            long backoff = Math.min(settings.maxBackoffMs(),
                    settings.initialBackoffMs() << Math.min(30, attempts - 1));
            outbox.failed(entry.id(), e.getMessage(), clock.instant().plusMillis(backoff), giveUp);
            LOG.warn("delivery {} of alert {} to {} failed (attempt {}{}): {}", entry.id(), entry.alertId(),
                    entry.target().spec(), attempts, giveUp ? ", giving up" : "", e.getMessage());
            return false;
        }
    }
}
