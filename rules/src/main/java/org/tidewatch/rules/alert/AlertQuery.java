package org.tidewatch.rules.alert;

import java.time.Instant;
import java.util.Set;

/**
 * Which stored alerts to list.
 *
 * @param since       only alerts fired at or after this time (null: all)
 * @param kinds       only these kinds (empty: all)
 * @param states      only these states (empty: all)
 * @param limit       at most this many, 1..100000
 * @param newestFirst order by fired_at descending instead of ascending
 */
public record AlertQuery(Instant since, Set<AlertKind> kinds, Set<AlertState> states, int limit, boolean newestFirst) {
    public AlertQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        states = states == null ? Set.of() : Set.copyOf(states);
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000: " + limit);
        }
    }

    /** Every alert, oldest first. */
    public static AlertQuery all() {
        return new AlertQuery(null, Set.of(), Set.of(), 100_000, false);
    }

    /** Every alert fired at or after {@code since}, oldest first. */
    public static AlertQuery since(Instant since) {
        return new AlertQuery(since, Set.of(), Set.of(), 100_000, false);
    }
}
