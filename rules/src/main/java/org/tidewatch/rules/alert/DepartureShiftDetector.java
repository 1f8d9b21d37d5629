package org.tidewatch.rules.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.stats.RouteDay;
import org.tidewatch.rules.stats.RouteHistory;
import org.tidewatch.rules.stats.RouteKey;

/**
 * DEPARTURE_SHIFT: among offers toward one destination country, the share of one origin country grows by more than
 * the set number of share points between the baseline window and the recent window. The alert names the gaining
 * origin's route; count and baseline are its shares (0..1).
 */
public final class DepartureShiftDetector {
    private final RulesSettings.DepartureShift settings;
    private final int exampleLimit;

    public DepartureShiftDetector(RulesSettings.DepartureShift settings, int exampleLimit) {
        this.settings = settings;
        this.exampleLimit = exampleLimit;
    }

    /** Days of history a detection on one day reads. */
    public int lookbackDays() {
        return settings.recentDays() + settings.baselineDays();
    }

    /** The finding on {@code day} for the country routes into one destination, or empty. */
    public Optional<Finding> detect(String toCountry, List<RouteHistory> origins, LocalDate day) {
        LocalDate recentStart = day.minusDays(settings.recentDays() - 1L);
        LocalDate baselineStart = recentStart.minusDays(settings.baselineDays());
        LocalDate baselineEnd = recentStart.minusDays(1);
        int recentTotal = origins.stream().mapToInt(h -> h.offers(recentStart, day)).sum();
        int baselineTotal = origins.stream().mapToInt(h -> h.offers(baselineStart, baselineEnd)).sum();
        if (recentTotal < settings.minOffers() || baselineTotal < settings.minOffers()) {
            return Optional.empty();
        }
        RouteHistory best = null;
        double bestGain = 0;
        for (RouteHistory h : origins) {
            if (h.day(day) == null) {
                continue;
            }
            double gain = share(h.offers(recentStart, day), recentTotal) - share(h.offers(baselineStart, baselineEnd), baselineTotal);
            if (gain > bestGain) {
                bestGain = gain;
                best = h;
            }
        }
        if (best == null || bestGain < settings.minShareGain()) {
            return Optional.empty();
        }
        RouteKey route = best.route();
        int recentOrigin = best.offers(recentStart, day);
        int baselineOrigin = best.offers(baselineStart, baselineEnd);
        double now = share(recentOrigin, recentTotal);
        double before = share(baselineOrigin, baselineTotal);
        RouteDay today = best.day(day);
        String explanation = String.format(Locale.ROOT,
                "Departures toward %s shifted to %s: %.0f%% of %d offers to %s in the %d days to %s came from %s (%d),"
                        + " against %.0f%% of %d offers in the %d days before.",
                route.to(), route.from(), now * 100, recentTotal, toCountry, settings.recentDays(), day, route.from(),
                recentOrigin, before * 100, baselineTotal, settings.baselineDays());
        return Optional.of(new Finding(AlertKind.DEPARTURE_SHIFT, route, day, today.lastEvent(),
                Math.round(now * 1000) / 1000.0, Math.round(before * 1000) / 1000.0, explanation,
                best.examples(recentStart, day, exampleLimit)));
    }

    private static double share(int part, int total) {
        return total == 0 ? 0 : (double) part / total;
    }
}
