package org.tidewatch.app.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tidewatch.app.referral.ReferralSettings;
import org.tidewatch.app.retention.RetentionSettings;
import org.tidewatch.app.security.SecuritySettings;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.crawler.fetch.FetchSettings;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.delivery.DeliverySettings;

/**
 * The whole validated configuration. Each section is read by its stage's own settings class, so that every key is
 * documented and checked next to the code that uses it; all of them are read at load, so a bad key anywhere stops
 * the program at start.
 *
 * @param file      where it was read from
 * @param sources   the configured sources
 * @param server    the HTTP server settings
 * @param fetch     the {@code crawler:} section: the fetching layer's settings
 * @param index     the {@code index:} section
 * @param rules     the {@code rules:} section: route statistics and alert thresholds
 * @param delivery  the {@code delivery:} section: where alerts go (webhook, e-mail)
 * @param security  the {@code security:} section: log-in, sessions, lock-out
 * @param retention the {@code retention:} section: data minimisation
 * @param referral  the {@code referral:} section: referral texts, default notifier, takedown re-check interval
 */
public record TidewatchConfig(Path file, List<SourceConfig> sources, ServerSettings server, FetchSettings fetch,
                              IndexSettings index, RulesSettings rules, DeliverySettings delivery, SecuritySettings security,
                              RetentionSettings retention, ReferralSettings referral) {
    public TidewatchConfig {
        sources = List.copyOf(sources);
    }

    /** Loads and validates the file; throws ConfigException naming file, key and problem. */
    public static TidewatchConfig load(Path file) {
        return fromRoot(file, new ConfigLoader().load(file));
    }

    private static TidewatchConfig fromRoot(Path file, ConfigNode root) {
        List<SourceConfig> sources = new SourcesReader().read(root);
        ServerSettings server = ServerSettings.fromConfig(root.child("server"));
        FetchSettings fetch = FetchSettings.fromConfig(root.child("crawler"));
        IndexSettings index = IndexSettingsReader.read(root.child("index"));
        RulesSettings rules = RulesSettings.fromConfig(root.child("rules"));
        DeliverySettings delivery = DeliverySettings.fromConfig(root.child("delivery"), System.getenv());
        SecuritySettings security = SecuritySettings.fromConfig(root.child("security"));
        RetentionSettings retention = RetentionSettings.fromConfig(root.child("retention"));
        ReferralSettings referral = ReferralSettings.fromConfig(root.child("referral"));
        root.finish();
        return new TidewatchConfig(file, sources, server, fetch, index, rules, delivery, security, retention, referral);
    }

    /** The configuration with every key at its default and no sources (the demo runs without a config file). */
    public static TidewatchConfig defaults(Path file) {
        return fromRoot(file, new ConfigNode(file.toString(), "", Map.of()));
    }

    /** The same configuration with other sources (the demo points them at its sample server). */
    public TidewatchConfig withSources(List<SourceConfig> newSources) {
        return new TidewatchConfig(file, newSources, server, fetch, index, rules, delivery, security, retention, referral);
    }
}
