package org.tidewatch.rules.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.stats.RouteDay;
import org.tidewatch.rules.stats.RouteHistory;

/** PRICE_SHIFT: the median EUR price of the recent window against the median of the baseline window before it. */
public final class PriceShiftDetector implements RouteDetector {
    private final RulesSettings.PriceShift settings;
    private final int exampleLimit;

    public PriceShiftDetector(RulesSettings.PriceShift settings, int exampleLimit) {
        this.settings = settings;
        this.exampleLimit = exampleLimit;
    }

    /** Days of history a detection on one day reads. */
    public int lookbackDays() {
        return settings.recentDays() + settings.baselineDays();
    }

    @Override
    public Optional<Finding> detect(RouteHistory history, LocalDate day) {
        RouteDay today = history.day(day);
        if (today == null || today.prices().isEmpty()) {
            return Optional.empty();
        }
        LocalDate recentStart = day.minusDays(settings.recentDays() - 1L);
        LocalDate baselineStart = recentStart.minusDays(settings.baselineDays());
        List<Double> recent = history.prices(recentStart, day);
        List<Double> baseline = history.prices(baselineStart, recentStart.minusDays(1));
        if (recent.size() < settings.minRecent() || baseline.size() < settings.minBaseline()) {
            return Optional.empty();
        }
        double now = RouteDay.median(recent);
        double before = RouteDay.median(baseline);
        double change = before == 0 ? Double.POSITIVE_INFINITY : now / before - 1;
        if (Math.abs(change) < settings.minShare()) {
            return Optional.empty();
        }
        String explanation = String.format(Locale.ROOT,
                "Median price on %s %s %.0f%%: EUR %.0f over the %d days to %s (%d priced offers) against EUR %.0f over"
                        + " the %d days before (%d priced offers).",
                history.route().display(), change > 0 ? "rose" : "fell", Math.abs(change) * 100, now,
                settings.recentDays(), day, recent.size(), before, settings.baselineDays(), baseline.size());
        return Optional.of(new Finding(AlertKind.PRICE_SHIFT, history.route(), day, today.lastEvent(), round(now),
                round(before), explanation, history.examples(recentStart, day, exampleLimit)));
    }

    private static double round(double eur) {
        return Math.round(eur * 100) / 100.0;
    }
}
