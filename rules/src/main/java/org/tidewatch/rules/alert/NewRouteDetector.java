package org.tidewatch.rules.alert;

import java.time.LocalDate;
import java.util.Optional;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.stats.RouteDay;
import org.tidewatch.rules.stats.RouteHistory;

/** NEW_ROUTE: offers from at least k distinct authors within a short window, and none in the baseline before it. */
public final class NewRouteDetector implements RouteDetector {
    private final RulesSettings.NewRoute settings;
    private final int exampleLimit;

    public NewRouteDetector(RulesSettings.NewRoute settings, int exampleLimit) {
        this.settings = settings;
        this.exampleLimit = exampleLimit;
    }

    /** Days of history a detection on one day reads. */
    public int lookbackDays() {
        return settings.windowDays() + settings.baselineDays();
    }

    @Override
    public Optional<Finding> detect(RouteHistory history, LocalDate day) {
        RouteDay today = history.day(day);
        if (today == null) {
            return Optional.empty();
        }
        LocalDate windowStart = day.minusDays(settings.windowDays() - 1L);
        LocalDate baselineStart = windowStart.minusDays(settings.baselineDays());
        int before = history.offers(baselineStart, windowStart.minusDays(1));
        int authors = history.authors(windowStart, day).size();
        if (before > 0 || authors < settings.minAuthors()) {
            return Optional.empty();
        }
        int offers = history.offers(windowStart, day);
        String explanation = String.format(java.util.Locale.ROOT,
                "New route %s: %d distinct offers from %d different authors in the %d days to %s, and none in the %d days"
                        + " before.", history.route().display(), offers, authors, settings.windowDays(), day,
                settings.baselineDays());
        return Optional.of(new Finding(AlertKind.NEW_ROUTE, history.route(), day, today.lastEvent(), offers, 0,
                explanation, history.examples(windowStart, day, exampleLimit)));
    }
}
