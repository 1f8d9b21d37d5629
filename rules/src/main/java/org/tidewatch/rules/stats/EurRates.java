package org.tidewatch.rules.stats;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.tidewatch.core.Price;
import org.tidewatch.core.config.ConfigException;

/**
 * EUR value of one unit of each currency, used to compare prices across routes. The defaults are rough
 * 2025 rates (configure {@code rules.eur_rates} for real analysis); a currency without a rate is left out of medians.
 *
 * @param perUnit ISO 4217 code to EUR per unit
 */
public record EurRates(Map<String, Double> perUnit) {
    private static final Map<String, Double> DEFAULTS = Map.ofEntries(
            Map.entry("EUR", 1.0), Map.entry("USD", 0.92), Map.entry("GBP", 1.17), Map.entry("CHF", 1.05),
            Map.entry("LYD", 0.19), Map.entry("TND", 0.30), Map.entry("MAD", 0.092), Map.entry("DZD", 0.0069),
            Map.entry("EGP", 0.019), Map.entry("TRY", 0.027), Map.entry("SYP", 0.000071), Map.entry("LBP", 0.0000103),
            Map.entry("IQD", 0.0007), Map.entry("IRR", 0.000022), Map.entry("AFN", 0.013), Map.entry("PKR", 0.0033),
            Map.entry("JOD", 1.30), Map.entry("AED", 0.25), Map.entry("SAR", 0.245), Map.entry("RUB", 0.011),
            Map.entry("UAH", 0.022), Map.entry("BYN", 0.28), Map.entry("RSD", 0.0085), Map.entry("BAM", 0.51),
            Map.entry("ALL", 0.0098), Map.entry("MKD", 0.016), Map.entry("XOF", 0.001524), Map.entry("NGN", 0.0006),
            Map.entry("SDG", 0.0015), Map.entry("ERN", 0.061), Map.entry("ETB", 0.0075));

    public EurRates {
        perUnit = Map.copyOf(perUnit);
        perUnit.forEach((code, rate) -> {
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code: " + code);
            }
            if (!(rate > 0)) {
                throw new IllegalArgumentException("EUR rate of " + code + " must be above 0: " + rate);
            }
        });
    }

    /** The default table. */
    public static EurRates defaults() {
        return new EurRates(DEFAULTS);
    }

    /** The defaults with some rates replaced or added ({@code where} names the config key in errors). */
    public static EurRates withOverrides(Map<String, String> overrides, String where) {
        Map<String, Double> rates = new TreeMap<>(DEFAULTS);
        overrides.forEach((code, value) -> {
            String upper = code.toUpperCase(Locale.ROOT);
            try {
                double rate = Double.parseDouble(value.strip());
                if (!upper.matches("[A-Z]{3}") || !(rate > 0)) {
                    throw new NumberFormatException();
                }
                rates.put(upper, rate);
            } catch (NumberFormatException e) {
                throw new ConfigException(where + "." + code + ": must be a 3-letter currency code with a rate above 0, not '"
                        + value + "'");
            }
        });
        return new EurRates(rates);
    }

    /** The price in EUR, or empty when the currency has no rate. */
    public OptionalDouble toEur(Price price) {
        Double rate = perUnit.get(price.currency());
        return rate == null ? OptionalDouble.empty() : OptionalDouble.of(price.amount().doubleValue() * rate);
    }
}
