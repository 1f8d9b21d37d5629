package org.tidewatch.app.config;

import org.tidewatch.core.config.ConfigNode;

/**
 * The {@code server:} section.
 *
 * @param host the address the HTTP server binds to (localhost only by default)
 * @param port the HTTP port
 */
public record ServerSettings(String host, int port) {
    /** Reads the section, with defaults {@code 127.0.0.1:8080}. */
    public static ServerSettings fromConfig(ConfigNode node) {
        ServerSettings s = new ServerSettings(node.string("host", "127.0.0.1"), node.intValue("port", 8080, 0, 65535));
        node.finish();
        return s;
    }
}
