package org.tidewatch.app.config;

import java.nio.file.Path;
import java.util.List;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.fetch.FetchSettings;
import org.tidewatch.core.config.ConfigNode;

/**
 * The whole validated configuration. Sections that belong to a stage are kept as {@link ConfigNode}s and read
 * by that stage's own settings class, so that each key is documented and checked next to the code that uses it.
 *
 * @param file     where it was read from
 * @param sources  the configured sources
 * @param server   the HTTP server settings
 * @param fetch    the {@code crawler:} section: the fetching layer's settings
 * @param index    the {@code index:} section
 * @param rules    the {@code rules:} section
 * @param security the {@code security:} section
 */
public record TidewatchConfig(Path file, List<SourceConfig> sources, ServerSettings server, FetchSettings fetch,
                              ConfigNode index, ConfigNode rules, ConfigNode security) {
    public TidewatchConfig {
        sources = List.copyOf(sources);
    }

    /** Loads and validates the file; throws ConfigException naming file, key and problem. */
    public static TidewatchConfig load(Path file) {
        ConfigNode root = new ConfigLoader().load(file);
        List<SourceConfig> sources = new SourcesReader().read(root);
        ServerSettings server = ServerSettings.fromConfig(root.child("server"));
        FetchSettings fetch = FetchSettings.fromConfig(root.child("crawler"));
        ConfigNode index = root.child("index");
        ConfigNode rules = root.child("rules");
        ConfigNode security = root.child("security");
        root.finish();
        return new TidewatchConfig(file, sources, server, fetch, index, rules, security);
    }

    /** The configuration with every key at its default and no sources (the demo runs without a config file). */
    public static TidewatchConfig defaults(Path file) {
        ConfigNode empty = new ConfigNode(file.toString(), "", java.util.Map.of());
        return new TidewatchConfig(file, List.of(), ServerSettings.fromConfig(empty.child("server")), FetchSettings.fromConfig(empty.child("crawler")),
                empty.child("index"), empty.child("rules"), empty.child("security"));
    }

    /** The same configuration with other sources (the demo points them at its sample server). */
    public TidewatchConfig withSources(List<SourceConfig> newSources) {
        return new TidewatchConfig(file, newSources, server, fetch, index, rules, security);
    }
}
