package org.tidewatch.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock a test moves by hand, so that expiry, back-off and retries come due without sleeping. Shared with the
 * other modules' tests through core's test-jar (a test-scoped {@code <type>test-jar</type>} dependency on
 * tidewatch-core). Safe to read from a server thread while the test advances it.
 */
public final class MutableClock extends Clock {
    private Instant now;

    public MutableClock(Instant start) {
        if (start == null) {
            throw new IllegalArgumentException("start instant must be given, not null");
        }
        this.now = start;
    }

    /** Moves the clock by {@code d}; a negative duration moves it back. */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** Sets the clock to an instant (tests that script a timeline of absolute times). */
    public synchronized void set(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant must not be null");
        }
        now = instant;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: the time zone does not matter to an instant, and tests must keep one clock to move. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
