package org.tidewatch.rules.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The daily statistics of one route over a period, with window queries for the detectors. Days without offers are
 * absent and count as zero.
 */
public final class RouteHistory {
    private final RouteKey route;
    private final NavigableMap<LocalDate, RouteDay> days = new TreeMap<>();
    private final LocalDate firstDay;

    /** {@code firstDay} is the first day the route was ever seen (null when never). */
    public RouteHistory(RouteKey route, List<RouteDay> days, LocalDate firstDay) {
        this.route = route;
        days.forEach(d -> this.days.put(d.day(), d));
        this.firstDay = firstDay;
    }

    public RouteKey route() {
        return route;
    }

    /** The first day the route was ever seen, or null. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** Distinct offers on a day (0 when none). */
    public int offers(LocalDate day) {
        RouteDay d = days.get(day);
        return d == null ? 0 : d.offers();
    }

    /** The day's statistics, or null when there were no offers. */
    public RouteDay day(LocalDate day) {
        return days.get(day);
    }

    /** The days with offers within [from, to], oldest first. */
    public List<RouteDay> between(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? List.of() : List.copyOf(days.subMap(from, true, to, true).values());
    }

    /** Sum of daily distinct offers within [from, to]. */
    public int offers(LocalDate from, LocalDate to) {
        return between(from, to).stream().mapToInt(RouteDay::offers).sum();
    }

    /** Distinct authors within [from, to]. */
    public Set<String> authors(LocalDate from, LocalDate to) {
        Set<String> authors = new LinkedHashSet<>();
        between(from, to).forEach(d -> authors.addAll(d.authors()));
        return authors;
    }

    /** EUR prices of the priced offers within [from, to]. */
    public List<Double> prices(LocalDate from, LocalDate to) {
        List<Double> prices = new ArrayList<>();
        between(from, to).forEach(d -> prices.addAll(d.prices()));
        return prices;
    }

    /** Up to {@code limit} example post ids within [from, to], latest day first. */
    public List<String> examples(LocalDate from, LocalDate to, int limit) {
        List<String> ids = new ArrayList<>();
        for (RouteDay d : between(from, to).reversed()) {
            for (String id : d.examplePostIds()) {
                if (ids.size() == limit) {
                    return ids;
                }
                ids.add(id);
            }
        }
        return ids;
    }
}
