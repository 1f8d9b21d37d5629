package org.tidewatch.crawler.fetch;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An outbound proxy written as {@code http://host:port} or {@code socks://host:port} ({@code socks5://} too). */
record ProxySpec(Proxy.Type type, String host, int port) {

    /** Parses a proxy URL; the message names the bad value. */
    static ProxySpec parse(String spec) {
        URI uri;
        try {
            uri = new URI(spec.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("proxy must look like http://host:port or socks://host:port: " + spec);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy.Type type = switch (scheme) {
            case "http", "https" -> Proxy.Type.HTTP;
            case "socks", "socks5", "socks4" -> Proxy.Type.SOCKS;
            default -> throw new IllegalArgumentException("proxy scheme must be http or socks: " + spec);
        };
        if (uri.getHost() == null || uri.getPort() < 1) {
            throw new IllegalArgumentException("proxy must name a host and a port: " + spec);
        }
        return new ProxySpec(type, uri.getHost(), uri.getPort());
    }

    Proxy toProxy() {
        return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
    }
}
