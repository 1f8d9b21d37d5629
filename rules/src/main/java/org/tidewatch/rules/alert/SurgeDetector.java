package org.tidewatch.rules.alert;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.stats.RouteDay;
import org.tidewatch.rules.stats.RouteHistory;

/**
 * SURGE: the day's distinct offers are improbably many against the route's own daily counts over the baseline
 * window. The baseline is winsorised at its 90th percentile so one earlier spike does not hide the next, and the
 * test uses the baseline's own dispersion (see {@link CountTail}).
 */
public final class SurgeDetector implements RouteDetector {
    private static final double MIN_MEAN = 0.25;
    private final RulesSettings.Surge settings;
    private final int exampleLimit;

    public SurgeDetector(RulesSettings.Surge settings, int exampleLimit) {
        this.settings = settings;
        this.exampleLimit = exampleLimit;
    }

    /** Days of history a detection on one day reads. */
    public int lookbackDays() {
        return settings.baselineDays();
    }

    @Override
    public Optional<Finding> detect(RouteHistory history, LocalDate day) {
        RouteDay today = history.day(day);
        LocalDate first = history.firstDay();
        if (today == null || today.offers() < settings.minCount() || first == null
                || first.isAfter(day.minusDays(settings.minHistoryDays()))) {
            return Optional.empty();
        }
        LocalDate start = day.minusDays(settings.baselineDays());
        if (start.isBefore(first)) {
            start = first;
        }
        int n = (int) (day.toEpochDay() - start.toEpochDay());
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = history.offers(start.plusDays(i));
        }
        winsorise(counts);
        double mean = Math.max(MIN_MEAN, Arrays.stream(counts).average().orElse(0));
        double variance = Arrays.stream(counts).map(c -> (c - mean) * (c - mean)).sum() / Math.max(1, n - 1);
        double p = CountTail.atLeast(today.offers(), mean, variance);
        if (p > settings.maxPValue()) {
            return Optional.empty();
        }
        String explanation = String.format(Locale.ROOT,
                "Offers on %s surged: %d distinct offers on %s against a usual %.1f a day over the previous %d days"
                        + " (a day this busy would happen by chance with probability %.1e).",
                history.route().display(), today.offers(), day, mean, n, p);
        return Optional.of(new Finding(AlertKind.SURGE, history.route(), day, today.lastEvent(), today.offers(),
                Math.round(mean * 100) / 100.0, explanation, history.examples(day, day, exampleLimit)));
    }

    private static void winsorise(double[] counts) {
        if (counts.length == 0) {
            return;
        }
        double[] sorted = counts.clone();
        Arrays.sort(sorted);
        double cap = sorted[(int) Math.floor(0.9 * (sorted.length - 1))];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.min(counts[i], cap);
        }
    }
}
