package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

/** Settings from the configuration and their effect on cookies, sessions and lock-out. */
class SessionSettingsTest {
    private static SecuritySettings read(Map<String, Object> values) {
        return SecuritySettings.fromConfig(new ConfigNode("tidewatch.yaml", "security", values));
    }

    @Test
    void absentSectionGivesTheDefaults() {
        assertThat(read(Map.of())).isEqualTo(SecuritySettings.DEFAULTS);
    }

    @Test
    void sessionLifetimesAreReadInMinutes() {
        SecuritySettings s = read(Map.of("session_idle_minutes", 30, "session_max_minutes", 240));
        assertThat(s.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.sessionMax()).isEqualTo(Duration.ofHours(4));
        assertThat(SecuritySettings.DEFAULTS.sessionMax()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void addressThrottleDefaultsToTwentyFailuresInFifteenMinutes() {
        assertThat(SecuritySettings.DEFAULTS.maxFailuresPerAddress()).isEqualTo(20);
        assertThat(SecuritySettings.DEFAULTS.addressWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> read(Map.of("max_failed_logins_per_address", 0))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("security.max_failed_logins_per_address");
    }

    @Test
    void busySessionStillEndsAtItsMaximumAge() {
        try (TestServer server = new TestServer()) {
            TestServer.LoggedIn browser = server.login("investigator");
            for (int hour = 0; hour < 11; hour++) {
                server.clock.advance(Duration.ofHours(1));
                assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                        .as("after %d hours", hour + 1).isEqualTo(200);
            }
            server.clock.advance(Duration.ofMinutes(59));
            assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                    .isEqualTo(200);
            server.clock.advance(Duration.ofMinutes(1));
            assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void unknownKeyFailsNamingFileAndKey() {
        assertThatThrownBy(() -> read(Map.of("secure_cookie", true))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: security.secure_cookie: unknown key");
    }

    @Test
    void secureCookiesAndShorterLockOutApply() {
        SecuritySettings s = read(Map.of("secure_cookies", true, "max_failed_logins", 2, "lockout_minutes", 1,
                "session_idle_minutes", 30));
        try (TestServer server = new TestServer(s)) {
            var login = server.send(server.request("/api/login", "Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"user\":\"admin\",\"password\":\"" + TestServer.PASSWORD + "\"}")).build());
            assertThat(TestServer.setCookieHeader(login, AccessControl.SESSION_COOKIE))
                    .endsWith("; Path=/; HttpOnly; SameSite=Strict; Secure");
            assertThat(TestServer.setCookieHeader(server.call(HandlerType.GET, "/"), "tw_login_csrf"))
                    .endsWith("; Secure");

            PasswordLogin passwords = new PasswordLogin(server.users, s, server.clock);
            passwords.attempt("analyst", "wrong-one-1".toCharArray());
            assertThat(passwords.attempt("analyst", "wrong-one-2".toCharArray()))
                    .isInstanceOf(LoginOutcome.Locked.class);
            server.clock.advance(Duration.ofMinutes(1));
            assertThat(passwords.attempt("analyst", TestServer.PASSWORD.toCharArray()))
                    .isInstanceOf(LoginOutcome.Success.class);
        }
    }

    @Test
    void idleSessionExpiresOnTheClockAndUseKeepsItAlive() {
        SecuritySettings weekLong = read(Map.of("session_max_minutes", 7 * 24 * 60));
        try (TestServer server = new TestServer(weekLong)) {
            TestServer.LoggedIn browser = server.login("investigator");
            server.clock.advance(Duration.ofHours(7));
            assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                    .isEqualTo(200);
            server.clock.advance(Duration.ofHours(7));
            assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                    .isEqualTo(200);
            server.clock.advance(Duration.ofHours(8));
            assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                    .isEqualTo(401);
        }
    }
}
