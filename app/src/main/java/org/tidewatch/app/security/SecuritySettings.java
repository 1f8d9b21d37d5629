package org.tidewatch.app.security;

import java.time.Duration;
import org.tidewatch.core.config.ConfigNode;

/**
 * Log-in and session settings, read from the {@code security:} section of the configuration.
 *
 * @param secureCookies mark cookies {@code Secure}: set it when the server is reached over https
 * @param maxFailures failed log-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param sessionIdle a session unused this long expires
 * @param sessionMax a session this old expires however busy it is
 * @param maxFailuresPerAddress failed log-ins from one network address, within {@code addressWindow}, after which
 *        that address may not try again until the oldest of them leaves the window
 * @param addressWindow the period over which failures per address are counted
 */
public record SecuritySettings(boolean secureCookies, int maxFailures, Duration lockout, Duration sessionIdle,
        Duration sessionMax, int maxFailuresPerAddress, Duration addressWindow) {
    /**
     * Defaults: plain-http cookies, 5 failures lock for 15 minutes, sessions expire after 8 idle hours and at the
     * latest 12 hours after log-in, 20 failed log-ins from one address within 15 minutes stop that address.
     */
    public static final SecuritySettings DEFAULTS = new SecuritySettings(false, 5, Duration.ofMinutes(15),
            Duration.ofHours(8), Duration.ofHours(12), 20, Duration.ofMinutes(15));

    public SecuritySettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, not " + maxFailures);
        }
        positive("lockout", lockout);
        positive("sessionIdle", sessionIdle);
        positive("sessionMax", sessionMax);
        if (maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("maxFailuresPerAddress must be at least 1, not " + maxFailuresPerAddress);
        }
        positive("addressWindow", addressWindow);
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }

    /**
     * Reads {@code secure_cookies}, {@code max_failed_logins}, {@code lockout_minutes}, {@code session_idle_minutes},
     * {@code session_max_minutes}, {@code max_failed_logins_per_address}, {@code address_window_minutes} from the node (the {@code security:} mapping); absent keys keep the defaults,
     * unknown keys fail.
     */
    public static SecuritySettings fromConfig(ConfigNode node) {
        SecuritySettings s = new SecuritySettings(
                node.bool("secure_cookies", DEFAULTS.secureCookies),
                node.intValue("max_failed_logins", DEFAULTS.maxFailures, 1, 1000),
                Duration.ofMinutes(node.longValue("lockout_minutes", DEFAULTS.lockout.toMinutes(), 1, 525_600)),
                Duration.ofMinutes(node.longValue("session_idle_minutes", DEFAULTS.sessionIdle.toMinutes(), 1, 43_200)),
                Duration.ofMinutes(node.longValue("session_max_minutes", DEFAULTS.sessionMax.toMinutes(), 1, 43_200)),
                node.intValue("max_failed_logins_per_address", DEFAULTS.maxFailuresPerAddress, 1, 100_000),
                Duration.ofMinutes(node.longValue("address_window_minutes", DEFAULTS.addressWindow.toMinutes(), 1, 1440)));
        node.finish();
        return s;
    }
}
