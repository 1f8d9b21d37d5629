package org.tidewatch.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tidewatch.app.config.ConfigLoader;
import org.tidewatch.app.config.SourcesReader;
import org.tidewatch.core.SourceConfig;

/** The demo's sources (a bundled YAML file), validated like any configuration and pointed at the sample site. */
public final class DemoSources {
    private static final String RESOURCE = "/org/tidewatch/app/demo/demo-sources.yaml";

    private DemoSources() {
    }

    /** The demo sources with {@code {{base}}} replaced by the sample site's address. */
    public static List<SourceConfig> pointedAt(String baseUrl) {
        try (InputStream in = DemoSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", baseUrl);
            return new SourcesReader().read(new ConfigLoader().parse("demo-sources.yaml", yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
