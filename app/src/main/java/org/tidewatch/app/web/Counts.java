package org.tidewatch.app.web;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Value counts (facets, platforms, routes) in the order pages show them: largest first, ties by value. */
final class Counts {
    private Counts() {
    }

    static Stream<Map.Entry<String, Long>> largestFirst(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    }
}
