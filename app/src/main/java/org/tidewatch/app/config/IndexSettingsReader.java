package org.tidewatch.app.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.query.OfferFilter;

/** Reads the {@code index:} section into {@link IndexSettings}. */
final class IndexSettingsReader {
    private IndexSettingsReader() {
    }

    static IndexSettings read(ConfigNode node) {
        String region = node.string("default_region", null);
        if (region != null) {
            region = region.toUpperCase(Locale.ROOT);
            if (!Set.of(Locale.getISOCountries()).contains(region)) {
                throw node.error("default_region", "must be an ISO 3166-1 alpha-2 country code, not '" + region + "'");
            }
        }
        // Data minimisation: a search sees offers only unless it asks for offer:any or offer:false.
        String show = node.oneOf("default_posts", "offers", List.of("offers", "all"));
        Map<String, BigDecimal> rates = new LinkedHashMap<>(IndexSettings.DEFAULT_EUR_RATES);
        ConfigNode rateNode = node.child("eur_rates");
        for (Map.Entry<String, String> e : node.stringMap("eur_rates").entrySet()) {
            if (!e.getKey().matches("[A-Z]{3}")) {
                throw rateNode.error(e.getKey(), "must be an ISO 4217 currency code");
            }
            try {
                BigDecimal rate = new BigDecimal(e.getValue().strip());
                if (rate.signum() <= 0) {
                    throw rateNode.error(e.getKey(), "must be a positive number, not " + e.getValue());
                }
                rates.put(e.getKey(), rate);
            } catch (NumberFormatException ex) {
                throw rateNode.error(e.getKey(), "must be a number (EUR per unit), not '" + e.getValue() + "'");
            }
        }
        long commitSeconds = node.longValue("commit_every_seconds", 60, 1, 86_400);
        node.finish();
        return new IndexSettings(region, show.equals("all") ? OfferFilter.ANY : OfferFilter.TRUE, rates, null,
                Duration.ofSeconds(commitSeconds));
    }
}
