package org.tidewatch.index;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.tidewatch.index.query.OfferFilter;

/**
 * How the index behaves.
 *
 * @param defaultRegion  ISO 3166 region for phone numbers written in national form without {@code region:}
 * @param defaultOffer   which posts a query sees when it says nothing about {@code offer:}
 * @param eurRates       value of one unit of each currency in EUR (for the EUR-equivalent price)
 * @param refreshEvery   how often new posts become searchable (at most one second)
 * @param commitEvery    how often the index is made durable (posts since the last commit are replayed from evidence after a crash)
 */
public record IndexSettings(String defaultRegion, OfferFilter defaultOffer, Map<String, BigDecimal> eurRates,
                            Duration refreshEvery, Duration commitEvery) {
    /** Approximate reference rates (EUR per unit); a deployment configures its own. */
    public static final Map<String, BigDecimal> DEFAULT_EUR_RATES = Map.ofEntries(
            Map.entry("EUR", new BigDecimal("1")), Map.entry("USD", new BigDecimal("0.92")),
            Map.entry("GBP", new BigDecimal("1.17")), Map.entry("LYD", new BigDecimal("0.19")),
            Map.entry("TND", new BigDecimal("0.30")), Map.entry("DZD", new BigDecimal("0.0069")),
            Map.entry("MAD", new BigDecimal("0.092")), Map.entry("EGP", new BigDecimal("0.019")),
            Map.entry("TRY", new BigDecimal("0.027")), Map.entry("IRR", new BigDecimal("0.000022")),
            Map.entry("AFN", new BigDecimal("0.013")), Map.entry("PKR", new BigDecimal("0.0033")),
            Map.entry("IQD", new BigDecimal("0.0007")), Map.entry("SYP", new BigDecimal("0.00007")),
            Map.entry("RSD", new BigDecimal("0.0085")), Map.entry("BAM", new BigDecimal("0.51")),
            Map.entry("ALL", new BigDecimal("0.0098")), Map.entry("MKD", new BigDecimal("0.016")),
            Map.entry("CHF", new BigDecimal("1.05")), Map.entry("SAR", new BigDecimal("0.245")),
            Map.entry("AED", new BigDecimal("0.25")), Map.entry("XOF", new BigDecimal("0.0015")),
            Map.entry("NGN", new BigDecimal("0.0006")), Map.entry("SDG", new BigDecimal("0.0015")),
            Map.entry("ERN", new BigDecimal("0.061")), Map.entry("ETB", new BigDecimal("0.0075")),
            Map.entry("BDT", new BigDecimal("0.0077")), Map.entry("INR", new BigDecimal("0.011")),
            Map.entry("RUB", new BigDecimal("0.0098")), Map.entry("UAH", new BigDecimal("0.022")));

    public IndexSettings {
        defaultRegion = defaultRegion == null ? null : defaultRegion.toUpperCase(Locale.ROOT);
        defaultOffer = defaultOffer == null ? OfferFilter.ANY : defaultOffer;
        eurRates = Map.copyOf(eurRates == null ? DEFAULT_EUR_RATES : eurRates);
        refreshEvery = refreshEvery == null ? Duration.ofMillis(500) : refreshEvery;
        commitEvery = commitEvery == null ? Duration.ofSeconds(60) : commitEvery;
        if (refreshEvery.isNegative() || refreshEvery.isZero() || refreshEvery.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("refreshEvery must be in (0, 1s]: " + refreshEvery);
        }
        if (commitEvery.isNegative() || commitEvery.isZero()) {
            throw new IllegalArgumentException("commitEvery must be positive: " + commitEvery);
        }
        eurRates.forEach((code, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("EUR rate of " + code + " must be positive: " + rate);
            }
        });
    }

    /** Defaults: no default phone region, every post visible, reference rates, refresh 0.5 s, commit every minute. */
    public static IndexSettings defaults() {
        return new IndexSettings(null, OfferFilter.ANY, null, null, null);
    }

    /** These settings with another default phone region. */
    public IndexSettings withDefaultRegion(String region) {
        return new IndexSettings(region, defaultOffer, eurRates, refreshEvery, commitEvery);
    }

    /** These settings with another default offer filter (the access-control switch). */
    public IndexSettings withDefaultOffer(OfferFilter filter) {
        return new IndexSettings(defaultRegion, filter, eurRates, refreshEvery, commitEvery);
    }

    /** These settings with another commit interval. */
    public IndexSettings withCommitEvery(Duration every) {
        return new IndexSettings(defaultRegion, defaultOffer, eurRates, refreshEvery, every);
    }

    /** EUR value of an amount, or null when the currency has no configured rate. */
    public BigDecimal toEur(BigDecimal amount, String currency) {
        BigDecimal rate = eurRates.get(currency);
        return rate == null ? null : amount.multiply(rate);
    }
}
