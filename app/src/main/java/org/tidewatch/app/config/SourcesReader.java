package org.tidewatch.app.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quartz.CronExpression;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

/** Reads and validates the {@code sources:} list; each problem names the file, the key and what is wrong. */
public final class SourcesReader {

    /** The validated sources, in file order. */
    public List<SourceConfig> read(ConfigNode root) {
        List<SourceConfig> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode s : root.children("sources")) {
            SourceConfig source = readOne(s);
            if (!ids.add(source.id())) {
                throw s.error("id", "duplicate source id '" + source.id() + "'");
            }
            out.add(source);
        }
        return out;
    }

    private SourceConfig readOne(ConfigNode s) {
        String id = s.requireString("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw s.error("id", "must be letters, digits, '_', '.' or '-', not '" + id + "'");
        }
        String type = s.oneOf("type", null, SourceConfig.TYPES);
        if (type == null) {
            throw s.error("type", "is required (one of " + String.join(", ", SourceConfig.TYPES) + ")");
        }
        String url = s.requireString("url");
        checkUrl(s, "url", url, List.of("http", "https"));
        String schedule = s.requireString("schedule");
        if (!CronExpression.isValidExpression(schedule)) {
            throw s.error("schedule", "not a valid Quartz cron expression: '" + schedule + "' (e.g. '0 */15 * * * ?')");
        }
        String platform = s.string("platform", null);
        if (platform != null && !platform.matches("[a-z][a-z0-9_-]*")) {
            throw s.error("platform", "must be a lower-case name such as facebook or classifieds, not '" + platform + "'");
        }
        String region = s.string("region", null);
        if (region != null) {
            region = region.toUpperCase(Locale.ROOT);
            if (!Set.of(Locale.getISOCountries()).contains(region)) {
                throw s.error("region", "must be an ISO 3166-1 alpha-2 country code, not '" + region + "'");
            }
        }
        boolean enabled = s.bool("enabled", true);
        boolean ignoreRobots = s.bool("ignore_robots", false);
        int historyDays = s.intValue("history_days", 30, 1, 3650);
        int maxPages = s.intValue("max_pages", 20, 1, 10_000);
        long minDelay = s.longValue("min_delay_ms", 1000, 0, 3_600_000);
        String userAgent = s.string("user_agent", null);
        Map<String, String> headers = s.stringMap("headers");
        String proxy = s.string("proxy", null);
        if (proxy != null) {
            checkUrl(s, "proxy", proxy, List.of("http", "socks", "socks5"));
        }
        Map<String, String> selectors = s.stringMap("selectors");
        for (String key : selectors.keySet()) {
            if (!SourceConfig.SELECTOR_KEYS.contains(key)) {
                throw s.error("selectors." + key, "unknown selector (known: " + String.join(", ", SourceConfig.SELECTOR_KEYS.stream().sorted().toList()) + ")");
            }
        }
        if (type.equals("html")) {
            for (String required : List.of("item", "text")) {
                if (!selectors.containsKey(required)) {
                    throw s.error("selectors." + required, "is required for an html source");
                }
            }
        } else if (!selectors.isEmpty()) {
            throw s.error("selectors", "only html sources take selectors");
        }
        boolean fetchMedia = s.bool("fetch_media", true);
        s.finish();
        try {
            return new SourceConfig(id, type, url, schedule, platform, region, enabled, ignoreRobots, historyDays, maxPages,
                    minDelay, userAgent, headers, proxy, selectors, fetchMedia);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(s.file() + ": " + s.path() + ": " + e.getMessage());
        }
    }

    private static void checkUrl(ConfigNode s, String key, String value, List<String> schemes) {
        try {
            URI u = new URI(value);
            if (u.getScheme() == null || !schemes.contains(u.getScheme().toLowerCase(Locale.ROOT)) || u.getHost() == null) {
                throw s.error(key, "must be an absolute " + String.join("/", schemes) + " URL, not '" + value + "'");
            }
        } catch (java.net.URISyntaxException e) {
            throw s.error(key, "not a valid URL: '" + value + "'");
        }
    }
}
