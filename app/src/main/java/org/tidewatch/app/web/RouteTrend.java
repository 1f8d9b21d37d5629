package org.tidewatch.app.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Price;
import org.tidewatch.index.schema.PostDocuments;

/**
 * Offers of one route per month, with the median stated price in the route's most used currency.
 *
 * @param route    country key such as {@code LY>IT}
 * @param offers   month to number of offers
 * @param medians  month to median price (months without a price left out)
 * @param currency currency of the medians, null when no offer stated a price
 */
record RouteTrend(String route, SortedMap<YearMonth, Long> offers, SortedMap<YearMonth, BigDecimal> medians, String currency) {
    /** Builds the trend from the route's offers. */
    static RouteTrend of(String route, List<EnrichedPost> posts) {
        Map<String, Integer> currencies = new HashMap<>();
        posts.forEach(p -> p.enrichment().prices().forEach(pr -> currencies.merge(pr.currency(), 1, Integer::sum)));
        // The most used currency; on a tie the alphabetically first, so the page is the same on every request.
        String currency = currencies.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        SortedMap<YearMonth, Long> offers = new TreeMap<>();
        Map<YearMonth, List<BigDecimal>> prices = new HashMap<>();
        for (EnrichedPost p : posts) {
            YearMonth m = YearMonth.from(PostDocuments.time(p.post()).atZone(java.time.ZoneOffset.UTC));
            offers.merge(m, 1L, Long::sum);
            p.enrichment().prices().stream().filter(pr -> pr.currency().equals(currency)).findFirst().map(Price::amount)
                    .ifPresent(a -> prices.computeIfAbsent(m, k -> new ArrayList<>()).add(a));
        }
        if (!offers.isEmpty()) {
            // Months without offers are shown as zero rather than skipped, so the chart's time axis is even.
            for (YearMonth m = offers.firstKey(); m.isBefore(offers.lastKey()); m = m.plusMonths(1)) {
                offers.putIfAbsent(m, 0L);
            }
        }
        SortedMap<YearMonth, BigDecimal> medians = new TreeMap<>();
        prices.forEach((m, list) -> medians.put(m, median(list)));
        return new RouteTrend(route, offers, medians, currency);
    }

    /** Offers in the latest month minus offers in the month before it (0 with fewer than one month). */
    long change() {
        if (offers.isEmpty()) {
            return 0;
        }
        YearMonth last = offers.lastKey();
        return offers.get(last) - offers.getOrDefault(last.minusMonths(1), 0L);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
    }
}
