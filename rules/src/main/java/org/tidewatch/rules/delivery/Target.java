package org.tidewatch.rules.delivery;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where an alert is delivered: {@code webhook:https://host/path} or {@code email:someone@example.org}.
 *
 * @param channel WEBHOOK or EMAIL
 * @param address the URL or the e-mail address
 */
public record Target(Channel channel, String address) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** How an alert travels. */
    public enum Channel { WEBHOOK, EMAIL }

    public Target {
        if (channel == null || address == null || address.isBlank()) {
            throw new IllegalArgumentException("a delivery target needs a channel and an address");
        }
        if (channel == Channel.EMAIL && !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("not an e-mail address: '" + address + "'");
        }
        if (channel == Channel.WEBHOOK) {
            URI uri;
            try {
                uri = URI.create(address);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a webhook URL: '" + address + "'");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("a webhook URL must be http(s)://host/…: '" + address + "'");
            }
        }
    }

    /** Parses {@code webhook:URL} or {@code email:ADDRESS}; the message names the bad target. */
    public static Target parse(String spec) {
        if (spec != null && spec.startsWith("webhook:")) {
            return new Target(Channel.WEBHOOK, spec.substring("webhook:".length()).strip());
        }
        if (spec != null && spec.startsWith("email:")) {
            return new Target(Channel.EMAIL, spec.substring("email:".length()).strip());
        }
        throw new IllegalArgumentException("a delivery target must be webhook:URL or email:ADDRESS, not '" + spec + "'");
    }

    /** The {@code channel:address} form. */
    public String spec() {
        return channel.name().toLowerCase(java.util.Locale.ROOT) + ":" + address;
    }
}
