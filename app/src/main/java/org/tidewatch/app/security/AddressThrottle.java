package org.tidewatch.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed log-ins per network address: once {@link SecuritySettings#maxFailuresPerAddress()} have come from one
 * address within {@link SecuritySettings#addressWindow()}, further log-ins from it are refused, whatever the user
 * name, until the oldest of those failures is older than the window. The per-user lock-out stops guessing one
 * password; this stops one address guessing many users' passwords (and locking them all out). Kept in memory: a
 * restart forgets it, which costs an attacker at most one more window.
 */
final class AddressThrottle {
    /** Past this many tracked addresses, stale ones are swept at each failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    AddressThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the address must still wait before it may try again, or empty if it may try now. */
    synchronized Optional<Duration> barredFor(String address) {
        Instant now = clock.instant();
        Deque<Instant> recent = recent(address, now);
        return recent.size() >= maxFailures ? Optional.of(Duration.between(now, recent.peekFirst().plus(window)))
                : Optional.empty();
    }

    /** Counts a failed log-in from the address; returns until when it is now refused, if this failure blocked it. */
    synchronized Optional<Instant> recordFailure(String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(d -> !now.isBefore(d.peekLast().plus(window)));
        }
        Deque<Instant> recent = recent(address, now);
        if (recent.size() >= maxFailures) {
            return Optional.empty();
        }
        recent.addLast(now);
        failures.put(address, recent);
        return recent.size() >= maxFailures ? Optional.of(recent.peekFirst().plus(window)) : Optional.empty();
    }

    /** The address's failures still inside the window, oldest first (older ones dropped). */
    private Deque<Instant> recent(String address, Instant now) {
        Deque<Instant> d = failures.getOrDefault(address, new ArrayDeque<>());
        while (!d.isEmpty() && !now.isBefore(d.peekFirst().plus(window))) {
            d.removeFirst();
        }
        if (d.isEmpty()) {
            failures.remove(address);
        }
        return d;
    }
}
