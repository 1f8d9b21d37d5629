package org.tidewatch.rules;

import java.util.Map;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.rules.stats.EurRates;

/**
 * Thresholds of the route alerts. Every default is the value in {@link #defaults()} and in
 * {@code rules-defaults.yaml} (shipped next to this class as documentation of the {@code rules:} section).
 *
 * @param warmupDays      no route alert before the store holds this many days of history (14)
 * @param cooldownDays    an alert of one kind on one route does not fire again within this many days (14)
 * @param exampleLimit    how many example post ids an alert carries (5)
 * @param newRoute        NEW_ROUTE thresholds
 * @param surge           SURGE thresholds
 * @param priceShift      PRICE_SHIFT thresholds
 * @param departureShift  DEPARTURE_SHIFT thresholds
 * @param eurRates        EUR value of one unit of each currency
 */
public record RulesSettings(int warmupDays, int cooldownDays, int exampleLimit, NewRoute newRoute,
                            Surge surge, PriceShift priceShift, DepartureShift departureShift, EurRates eurRates) {

    public RulesSettings {
        positive(warmupDays, "warmup_days");
        positive(cooldownDays, "cooldown_days");
        positive(exampleLimit, "example_limit");
        if (newRoute == null || surge == null || priceShift == null || departureShift == null || eurRates == null) {
            throw new IllegalArgumentException("every rules section must be present");
        }
    }

    /**
     * NEW_ROUTE: offers on a route with none in the baseline window, from enough distinct authors within a short window.
     *
     * @param baselineDays days before the window that must hold no offer on the route (60)
     * @param windowDays   the short window, ending on the day evaluated (3)
     * @param minAuthors   distinct authors needed within the window (3)
     */
    public record NewRoute(int baselineDays, int windowDays, int minAuthors) {
        public NewRoute {
            positive(baselineDays, "new_route.baseline_days");
            positive(windowDays, "new_route.window_days");
            positive(minAuthors, "new_route.min_authors");
        }
    }

    /**
     * SURGE: a day's distinct offers improbably high against the route's own daily baseline.
     *
     * @param baselineDays   days before the evaluated day forming the baseline (28)
     * @param minHistoryDays the route must have been seen at least this many days before (14)
     * @param minCount       fewer offers than this on the day never surge (5)
     * @param maxPValue      tail probability of the day's count under the baseline below which it surges (0.0001)
     */
    public record Surge(int baselineDays, int minHistoryDays, int minCount, double maxPValue) {
        public Surge {
            positive(baselineDays, "surge.baseline_days");
            positive(minHistoryDays, "surge.min_history_days");
            positive(minCount, "surge.min_count");
            if (!(maxPValue > 0 && maxPValue < 1)) {
                throw new IllegalArgumentException("surge.max_p_value must be in (0, 1): " + maxPValue);
            }
        }
    }

    /**
     * PRICE_SHIFT: the median EUR price of recent offers against the median of the baseline window.
     *
     * @param recentDays   recent window ending on the evaluated day (7)
     * @param baselineDays baseline window just before the recent one (28)
     * @param minShare     relative change of the median that fires, e.g. 0.3 for ±30% (0.3)
     * @param minRecent    priced offers needed in the recent window (4)
     * @param minBaseline  priced offers needed in the baseline window (6)
     */
    public record PriceShift(int recentDays, int baselineDays, double minShare, int minRecent, int minBaseline) {
        public PriceShift {
            positive(recentDays, "price_shift.recent_days");
            positive(baselineDays, "price_shift.baseline_days");
            if (!(minShare > 0)) {
                throw new IllegalArgumentException("price_shift.min_share must be above 0: " + minShare);
            }
            positive(minRecent, "price_shift.min_recent");
            positive(minBaseline, "price_shift.min_baseline");
        }
    }

    /**
     * DEPARTURE_SHIFT: the share of one origin country among offers to a destination country grows sharply.
     *
     * @param recentDays   recent window ending on the evaluated day (7)
     * @param baselineDays baseline window just before the recent one (28)
     * @param minShareGain gain of the origin's share that fires, in share points, e.g. 0.25 (0.25)
     * @param minOffers    offers to the destination needed in each window (10)
     */
    public record DepartureShift(int recentDays, int baselineDays, double minShareGain, int minOffers) {
        public DepartureShift {
            positive(recentDays, "departure_shift.recent_days");
            positive(baselineDays, "departure_shift.baseline_days");
            if (!(minShareGain > 0 && minShareGain < 1)) {
                throw new IllegalArgumentException("departure_shift.min_share_gain must be in (0, 1): " + minShareGain);
            }
            positive(minOffers, "departure_shift.min_offers");
        }
    }

    /** The documented defaults. */
    public static RulesSettings defaults() {
        return fromConfig(new ConfigNode("defaults", "rules", Map.of()));
    }

    /** Reads the {@code rules:} section; unknown keys and bad values fail naming file and key. */
    public static RulesSettings fromConfig(ConfigNode rules) {
        ConfigNode n = rules.child("new_route");
        NewRoute newRoute = new NewRoute(n.intValue("baseline_days", 60, 1, 3650), n.intValue("window_days", 3, 1, 60),
                n.intValue("min_authors", 3, 1, 1000));
        n.finish();
        ConfigNode s = rules.child("surge");
        Surge surge = new Surge(s.intValue("baseline_days", 28, 1, 3650), s.intValue("min_history_days", 14, 1, 3650),
                s.intValue("min_count", 5, 1, 100000), s.doubleValue("max_p_value", 0.0001, 1e-12, 0.5));
        s.finish();
        ConfigNode p = rules.child("price_shift");
        PriceShift price = new PriceShift(p.intValue("recent_days", 7, 1, 365), p.intValue("baseline_days", 28, 1, 3650),
                p.doubleValue("min_share", 0.3, 0.01, 100), p.intValue("min_recent", 4, 1, 100000),
                p.intValue("min_baseline", 6, 1, 100000));
        p.finish();
        ConfigNode d = rules.child("departure_shift");
        DepartureShift departure = new DepartureShift(d.intValue("recent_days", 7, 1, 365),
                d.intValue("baseline_days", 28, 1, 3650), d.doubleValue("min_share_gain", 0.25, 0.01, 0.99),
                d.intValue("min_offers", 10, 1, 100000));
        d.finish();
        EurRates rates = EurRates.withOverrides(rules.stringMap("eur_rates"), rules.file() + ": " + rules.path() + ".eur_rates");
        RulesSettings settings = new RulesSettings(rules.intValue("warmup_days", 14, 1, 3650),
                rules.intValue("cooldown_days", 14, 1, 3650), rules.intValue("example_limit", 5, 1, 100),
                newRoute, surge, price, departure, rates);
        rules.finish();
        return settings;
    }

    private static void positive(int value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1: " + value);
        }
    }
}
