package org.tidewatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

class FetchSettingsTest {
    private static FetchSettings read(Map<String, Object> values) {
        return FetchSettings.fromConfig(new ConfigNode("tidewatch.yaml", "crawler", values));
    }

    @Test
    void emptySectionGivesTheDocumentedDefaults() {
        FetchSettings s = read(Map.of());

        assertThat(s).isEqualTo(FetchSettings.defaults());
        assertThat(s.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(s.minDelayMs()).isEqualTo(1_000);
        assertThat(s.proxy()).isNull();
    }

    @Test
    void readsEveryKeyGiven() {
        FetchSettings s = read(Map.of("user_agent", "Bot/1", "max_retries", 5, "proxy", "socks://127.0.0.1:9050",
                "headers", Map.of("From", "ops@example.org"), "max_per_host", 1));

        assertThat(s.userAgent()).isEqualTo("Bot/1");
        assertThat(s.maxRetries()).isEqualTo(5);
        assertThat(s.proxy()).isEqualTo("socks://127.0.0.1:9050");
        assertThat(s.headers()).containsExactly(Map.entry("From", "ops@example.org"));
        assertThat(s.maxPerHost()).isEqualTo(1);
        assertThat(ProxySpec.parse(s.proxy()).toProxy().type()).isEqualTo(java.net.Proxy.Type.SOCKS);
    }

    @Test
    void unknownKeyFailsNamingFileAndKey() {
        assertThatThrownBy(() -> read(Map.of("max_retry", 2))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: crawler.max_retry: unknown key");
    }

    @Test
    void badProxyFailsNamingFileKeyAndValue() {
        assertThatThrownBy(() -> read(Map.of("proxy", "ftp://gate:21"))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: crawler.proxy: proxy scheme must be http or socks: ftp://gate:21");
    }

    @Test
    void outOfRangeValueFailsNamingTheKey() {
        assertThatThrownBy(() -> read(Map.of("max_concurrent", 0))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: crawler.max_concurrent: must be between 1 and 1000, not 0");
    }
}
