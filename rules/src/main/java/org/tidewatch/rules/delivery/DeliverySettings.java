package org.tidewatch.rules.delivery;

import java.util.List;
import java.util.Map;
import org.tidewatch.core.config.ConfigNode;

/**
 * How alerts leave Tidewatch. Read from the {@code delivery:} section; secrets come from environment variables named
 * in the config, never from the file.
 *
 * @param routeTargets     where route alerts go ({@code webhook:URL}, {@code email:ADDRESS}); default none (in-app only)
 * @param webhookSecret    HMAC-SHA256 key for the signature header (from env {@code webhook_secret_env}, default
 *                         {@code TIDEWATCH_WEBHOOK_SECRET}); null: webhooks are sent unsigned
 * @param webhookTimeoutMs connect and response timeout of a webhook call (5000)
 * @param smtp             SMTP server for e-mail targets
 * @param initialBackoffMs first retry delay after a failed delivery, doubled on each failure (1000)
 * @param maxBackoffMs     longest retry delay (300000 = 5 minutes)
 * @param maxAttempts      attempts before a delivery is marked FAILED and left for an operator to requeue (50)
 * @param pollIntervalMs   how often the outbox is polled for due retries (1000)
 */
public record DeliverySettings(List<Target> routeTargets, String webhookSecret, int webhookTimeoutMs, Smtp smtp,
                               long initialBackoffMs, long maxBackoffMs, int maxAttempts, long pollIntervalMs) {
    public DeliverySettings {
        routeTargets = List.copyOf(routeTargets);
        if (webhookTimeoutMs < 1 || initialBackoffMs < 1 || maxBackoffMs < initialBackoffMs || maxAttempts < 1
                || pollIntervalMs < 1) {
            throw new IllegalArgumentException("delivery timings must be positive and max_backoff_ms >= initial_backoff_ms");
        }
    }

    /**
     * An SMTP server.
     *
     * @param host     host name (default localhost)
     * @param port     port (default 25)
     * @param from     sender address (default tidewatch@localhost)
     * @param username login, null for none
     * @param password password (from env {@code password_env}), null for none
     * @param startTls whether to require STARTTLS (default false)
     */
    public record Smtp(String host, int port, String from, String username, String password, boolean startTls) {
    }

    /** Settings with no targets and default timings. */
    public static DeliverySettings defaults() {
        return fromConfig(new ConfigNode("defaults", "delivery", Map.of()), Map.of());
    }

    /** Reads the {@code delivery:} section; {@code env} supplies secrets. */
    public static DeliverySettings fromConfig(ConfigNode delivery, Map<String, String> env) {
        List<Target> targets = delivery.strings("route_targets").stream().map(spec -> {
            try {
                return Target.parse(spec);
            } catch (IllegalArgumentException e) {
                throw delivery.error("route_targets", e.getMessage());
            }
        }).toList();
        String secret = env.get(delivery.string("webhook_secret_env", "TIDEWATCH_WEBHOOK_SECRET"));
        ConfigNode s = delivery.child("smtp");
        String passwordEnv = s.string("password_env", null);
        Smtp smtp = new Smtp(s.string("host", "localhost"), s.intValue("port", 25, 1, 65535),
                s.string("from", "tidewatch@localhost"), s.string("username", null),
                passwordEnv == null ? null : env.get(passwordEnv), s.bool("starttls", false));
        s.finish();
        DeliverySettings settings = new DeliverySettings(targets, secret == null || secret.isEmpty() ? null : secret,
                delivery.intValue("webhook_timeout_ms", 5000, 1, 600_000), smtp,
                delivery.longValue("initial_backoff_ms", 1000, 1, 3_600_000),
                delivery.longValue("max_backoff_ms", 300_000, 1, 86_400_000),
                delivery.intValue("max_attempts", 50, 1, 100_000),
                delivery.longValue("poll_interval_ms", 1000, 1, 3_600_000));
        delivery.finish();
        return settings;
    }
}
