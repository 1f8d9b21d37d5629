package org.tidewatch.rules.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tidewatch.rules.stats.RouteKey;

/**
 * What a route detector found on one day, before deduplication and cooldown.
 *
 * @param kind           the alert kind
 * @param route          the route concerned
 * @param day            the UTC day of the evidence
 * @param firedAt        when it would have fired: the time of the day's latest post on the route
 * @param count          the observed value (offers, median EUR, or share, by kind)
 * @param baseline       the value it was compared with, in the same unit
 * @param explanation    plain-English explanation with the numbers
 * @param examplePostIds posts behind it, latest first
 */
public record Finding(AlertKind kind, RouteKey route, LocalDate day, Instant firedAt, double count, double baseline,
                      String explanation, List<String> examplePostIds) {
    public Finding {
        if (kind == null || kind == AlertKind.WATCHLIST || route == null || day == null || firedAt == null) {
            throw new IllegalArgumentException("a route finding needs a route kind, a route, a day and a time: " + kind);
        }
        examplePostIds = List.copyOf(examplePostIds);
    }

    /** Key under which the same finding is stored only once. */
    public String dedupKey() {
        return kind + "|" + route.level() + "|" + route.key() + "|" + day;
    }
}
