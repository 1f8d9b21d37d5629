package org.tidewatch.rules.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The statistics of one route on one UTC day.
 *
 * @param route          the route
 * @param day            the day
 * @param offers         distinct offers: distinct (author, near-duplicate group) pairs
 * @param authors        the distinct authors
 * @param medianEur      median EUR price over the day's priced offers, null when none is priced
 * @param prices         EUR price of each priced offer
 * @param examplePostIds one post per offer, earliest first
 * @param lastEvent      time of the latest post counted on the day
 */
public record RouteDay(RouteKey route, LocalDate day, int offers, Set<String> authors, Double medianEur,
                       List<Double> prices, List<String> examplePostIds, Instant lastEvent) {
    public RouteDay {
        authors = Set.copyOf(authors);
        prices = List.copyOf(prices);
        examplePostIds = List.copyOf(examplePostIds);
    }

    /** Median of the values, or null for none. */
    public static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
