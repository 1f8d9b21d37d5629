package org.tidewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Price;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

class RulesSettingsTest {
    private static ConfigNode rules(Map<String, Object> values) {
        return new ConfigNode("tidewatch.yaml", "rules", values);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        RulesSettings s = RulesSettings.defaults();

        assertThat(s.warmupDays()).isEqualTo(14);
        assertThat(s.newRoute()).isEqualTo(new RulesSettings.NewRoute(60, 3, 3));
        assertThat(s.surge()).isEqualTo(new RulesSettings.Surge(28, 14, 5, 0.0001));
        assertThat(s.priceShift()).isEqualTo(new RulesSettings.PriceShift(7, 28, 0.3, 4, 6));
        assertThat(s.departureShift()).isEqualTo(new RulesSettings.DepartureShift(7, 28, 0.25, 10));
        assertThat(s.eurRates().toEur(new Price(new java.math.BigDecimal("100"), "USD")).getAsDouble()).isEqualTo(92.0);
    }

    @Test
    void readsOverridesAndExtraRates() {
        RulesSettings s = RulesSettings.fromConfig(rules(Map.of("warmup_days", 7, "new_route", Map.of("min_authors", 5),
                "eur_rates", Map.of("lyd", "0.2"))));

        assertThat(s.warmupDays()).isEqualTo(7);
        assertThat(s.newRoute().minAuthors()).isEqualTo(5);
        assertThat(s.eurRates().perUnit()).containsEntry("LYD", 0.2);
    }

    @Test
    void rejectsUnknownKeysAndBadValuesNamingFileAndKey() {
        assertThatThrownBy(() -> RulesSettings.fromConfig(rules(Map.of("surge", Map.of("min_cuont", 3)))))
                .isInstanceOf(ConfigException.class).hasMessage("tidewatch.yaml: rules.surge.min_cuont: unknown key");
        assertThatThrownBy(() -> RulesSettings.fromConfig(rules(Map.of("surge", Map.of("max_p_value", 2)))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: rules.surge.max_p_value: must be between 1.0E-12 and 0.5, not 2.0");
        assertThatThrownBy(() -> RulesSettings.fromConfig(rules(Map.of("eur_rates", Map.of("LYD", "cheap")))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: rules.eur_rates.LYD: must be a 3-letter currency code with a rate above 0, not 'cheap'");
    }
}
