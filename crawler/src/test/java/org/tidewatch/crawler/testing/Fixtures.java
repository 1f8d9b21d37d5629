package org.tidewatch.crawler.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.crawler.fetch.FetchSettings;

/** Reads fixtures from {@code src/test/resources/fixtures} and builds fast settings and sources for tests. */
public final class Fixtures {
    private static final Pattern AGO = Pattern.compile("\\{\\{ago:(\\d+)}}");

    private Fixtures() {
    }

    /** A fixture as text, with {@code {{base}}} replaced by the server's base URL and {@code {{ago:N}}} by now minus N days. */
    public static String text(String name, String base) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base);
            Matcher m = AGO.matcher(s);
            StringBuilder out = new StringBuilder();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            while (m.find()) {
                m.appendReplacement(out, now.minus(Duration.ofDays(Long.parseLong(m.group(1)))).toString());
            }
            m.appendTail(out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for tests: no politeness delay, tiny retry delays (recorded, not slept), short timeouts. */
    public static FetchSettings fastSettings(Map<String, Object> overrides) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min_delay_ms", 0);
        m.put("max_retries", 2);
        m.put("retry_base_delay_ms", 10);
        m.put("retry_max_delay_ms", 40);
        m.put("max_retry_after_ms", 5_000);
        m.put("read_timeout_ms", 3_000);
        m.put("connect_timeout_ms", 1_000);
        m.put("call_timeout_ms", 10_000);
        m.putAll(overrides);
        return FetchSettings.fromConfig(new ConfigNode("test.yaml", "crawler", m));
    }

    /** A source of the type at the URL, no politeness delay, long history so fixed fixture dates stay in range. */
    public static SourceConfig source(String id, String type, String url, Map<String, String> selectors, boolean fetchMedia) {
        return new SourceConfig(id, type, url, "0 0/15 * * * ?", null, null, true, false, 36_500, 20, 0, null,
                Map.of(), null, selectors, fetchMedia);
    }
}
