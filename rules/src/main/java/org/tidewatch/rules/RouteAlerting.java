package org.tidewatch.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tidewatch.core.Alert;
import org.tidewatch.rules.alert.AlertKind;
import org.tidewatch.rules.alert.AlertStore;
import org.tidewatch.rules.alert.DepartureShiftDetector;
import org.tidewatch.rules.alert.Finding;
import org.tidewatch.rules.alert.NewRouteDetector;
import org.tidewatch.rules.alert.PriceShiftDetector;
import org.tidewatch.rules.alert.RouteDetector;
import org.tidewatch.rules.alert.SurgeDetector;
import org.tidewatch.rules.stats.OfferObservation;
import org.tidewatch.rules.stats.RouteHistory;
import org.tidewatch.rules.stats.RouteKey;
import org.tidewatch.rules.stats.RouteStatsStore;

/**
 * Turns new offer observations into route alerts: updates the daily statistics of the routes and days they touch,
 * then runs the detectors on each touched day in date order, so a replay of a past period fires what a live run
 * would have fired on each day. A place-level finding is dropped when its country route fired the same kind that day.
 */
final class RouteAlerting {
    private final RulesSettings settings;
    private final RouteStatsStore stats;
    private final AlertStore alerts;
    private final List<RouteDetector> detectors;
    private final DepartureShiftDetector departures;
    private final int lookbackDays;

    RouteAlerting(RulesSettings settings, RouteStatsStore stats, AlertStore alerts) {
        this.settings = settings;
        this.stats = stats;
        this.alerts = alerts;
        NewRouteDetector newRoute = new NewRouteDetector(settings.newRoute(), settings.exampleLimit());
        SurgeDetector surge = new SurgeDetector(settings.surge(), settings.exampleLimit());
        PriceShiftDetector price = new PriceShiftDetector(settings.priceShift(), settings.exampleLimit());
        this.detectors = List.of(newRoute, surge, price);
        this.departures = new DepartureShiftDetector(settings.departureShift(), settings.exampleLimit());
        this.lookbackDays = Math.max(Math.max(newRoute.lookbackDays(), surge.lookbackDays()),
                Math.max(price.lookbackDays(), departures.lookbackDays()));
    }

    /** Records the observations and passes each alert that fires to {@code fired}. */
    void process(List<OfferObservation> observations, Consumer<Alert> fired) {
        if (observations.isEmpty()) {
            return;
        }
        Map<RouteKey, java.util.Set<LocalDate>> touched = stats.record(observations);
        touched.forEach(stats::recompute);
        LocalDate first = stats.firstDay().orElse(null);
        List<RouteKey> routes = new ArrayList<>(touched.keySet());
        routes.sort(Comparator.comparing(RouteKey::level).thenComparing(RouteKey::key));
        Map<String, NavigableSet<LocalDate>> destinations = new TreeMap<>();
        for (RouteKey route : routes) {
            NavigableSet<LocalDate> days = new TreeSet<>(touched.get(route));
            RouteHistory history = stats.history(route, days.first().minusDays(lookbackDays), days.last());
            for (LocalDate day : days) {
                if (warmedUp(first, day)) {
                    for (RouteDetector detector : detectors) {
                        detector.detect(history, day).ifPresent(f -> fire(f, fired));
                    }
                }
            }
            if (route.level() == RouteKey.Level.COUNTRY) {
                destinations.computeIfAbsent(route.toCountry(), k -> new TreeSet<>()).addAll(days);
            }
        }
        destinations.forEach((to, days) -> {
            LocalDate from = days.first().minusDays(lookbackDays);
            List<RouteHistory> origins = stats.countryRoutesTo(to, from, days.last()).stream()
                    .map(r -> stats.history(r, from, days.last())).toList();
            for (LocalDate day : days) {
                if (warmedUp(first, day)) {
                    departures.detect(to, origins, day).ifPresent(f -> fire(f, fired));
                }
            }
        });
    }

    private boolean warmedUp(LocalDate first, LocalDate day) {
        return first != null && !first.isAfter(day.minusDays(settings.warmupDays()));
    }

    private void fire(Finding f, Consumer<Alert> fired) {
        int cooldown = cooldownDays(f.kind());
        RouteKey country = f.route().countryRoute();
        if (f.route().level() == RouteKey.Level.PLACE && country != null
                && alerts.firedWithin(f.kind(), country, f.day(), cooldown)) {
            return;
        }
        Optional<Alert> stored = alerts.fire(f, cooldown);
        stored.ifPresent(fired);
    }

    /**
     * The configured cooldown; a shift stays visible until its windows have moved past it, so PRICE_SHIFT and
     * DEPARTURE_SHIFT are not announced again within their recent plus baseline windows.
     */
    private int cooldownDays(AlertKind kind) {
        return switch (kind) {
            case PRICE_SHIFT -> Math.max(settings.cooldownDays(),
                    settings.priceShift().recentDays() + settings.priceShift().baselineDays());
            case DEPARTURE_SHIFT -> Math.max(settings.cooldownDays(),
                    settings.departureShift().recentDays() + settings.departureShift().baselineDays());
            default -> settings.cooldownDays();
        };
    }
}
