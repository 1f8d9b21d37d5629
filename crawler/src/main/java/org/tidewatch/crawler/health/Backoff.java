package org.tidewatch.crawler.health;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a failing source waits before its next run: {@code initial} after the first failure, doubling with each
 * further one, never more than {@code max}.
 *
 * @param initial wait after one failure
 * @param max     longest wait
 */
public record Backoff(Duration initial, Duration max) {
    /** One minute, doubling up to six hours. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("backoff initial must be positive: " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff max " + max + " is shorter than initial " + initial);
        }
    }

    /** The wait after {@code consecutiveFailures} failures in a row (zero when there are none). */
    public Duration after(int consecutiveFailures) {
        if (consecutiveFailures <= 0) {
            return Duration.ZERO;
        }
        Duration wait = initial;
        for (int i = 1; i < consecutiveFailures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
