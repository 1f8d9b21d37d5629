package org.tidewatch.app.cli;

import java.nio.file.Path;
import org.tidewatch.app.config.TidewatchConfig;
import picocli.CommandLine.Option;

/** Options every command takes: where the data lives and which configuration to read. */
public final class GlobalOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory: index, evidence, database (default: ./data).")
    Path data = Path.of("data");

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: config/tidewatch.yaml).")
    Path config = Path.of("config", "tidewatch.yaml");

    public Path dataDir() {
        return data;
    }

    public Path configFile() {
        return config;
    }

    /** Loads and validates the configuration file. */
    public TidewatchConfig loadConfig() {
        return TidewatchConfig.load(config);
    }
}
