package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditEntry;
import org.tidewatch.app.audit.AuditFilter;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.core.time.MutableClock;

class AddressThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void barsAnAddressAtTheLimitUntilItsOldestFailureLeavesTheWindow() {
        MutableClock clock = new MutableClock(T0);
        AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(15), clock);
        assertThat(throttle.recordFailure("192.0.2.7")).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.recordFailure("192.0.2.7")).isEmpty();
        assertThat(throttle.barredFor("192.0.2.7")).isEmpty();
        assertThat(throttle.recordFailure("192.0.2.7")).contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.barredFor("192.0.2.7")).contains(Duration.ofMinutes(10));
        assertThat(throttle.barredFor("198.51.100.1")).as("another address").isEmpty();

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(throttle.barredFor("192.0.2.7")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.barredFor("192.0.2.7")).as("the first failure left the window").isEmpty();
        // The two later failures still count: one more bars it again, until the second failure leaves the window.
        assertThat(throttle.recordFailure("192.0.2.7")).contains(T0.plus(Duration.ofMinutes(20)));
    }

    private static HttpResponse<String> login(TestServer server, String user, String password) {
        return server.send(server.request("/api/login", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password
                        + "\"}")).build());
    }

    @Test
    void failuresAcrossManyUsersBarTheAddressWithoutLockingAnyone() {
        SecuritySettings settings = SecuritySettings.fromConfig(new ConfigNode("tidewatch.yaml", "security",
                Map.of("max_failed_logins_per_address", 4, "address_window_minutes", 10)));
        try (TestServer server = new TestServer(settings)) {
            for (String user : new String[] {"analyst", "liaison", "nobody", "admin"}) {
                assertThat(login(server, user, "a guessed password").statusCode()).isEqualTo(401);
            }
            HttpResponse<String> barred = login(server, "investigator", TestServer.PASSWORD);
            assertThat(barred.statusCode()).isEqualTo(429);
            assertThat(barred.body()).isEqualTo("{\"error\":\"" + LoginEndpoints.THROTTLED + "\"}");
            assertThat(barred.headers().firstValue("Retry-After")).contains("600");
            assertThat(server.users.list()).allSatisfy(u -> assertThat(u.lockedUntil()).isNull());

            Optional<AuditEntry> last = server.audit.list(new AuditFilter(null, null, AuditAction.LOGIN_FAILED, 10))
                    .stream().reduce((a, b) -> b);
            assertThat(last.orElseThrow().target()).matches("api, address \\S+ barred until 2026-11-20T10:10:00Z");
            assertThat(server.audit.list(new AuditFilter("investigator", null, null, 10))).isEmpty();

            server.clock.advance(Duration.ofMinutes(10));
            assertThat(login(server, "investigator", TestServer.PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLogInFormIsBarredTooWith429() {
        SecuritySettings settings = SecuritySettings.fromConfig(new ConfigNode("tidewatch.yaml", "security",
                Map.of("max_failed_logins_per_address", 1)));
        try (TestServer server = new TestServer(settings)) {
            assertThat(login(server, "analyst", "a guessed password").statusCode()).isEqualTo(401);
            HttpResponse<String> form = server.call(io.javalin.http.HandlerType.GET, "/login");
            String token = TestServer.cookie(form, LoginEndpoints.LOGIN_CSRF_COOKIE);
            HttpResponse<String> post = server.send(server.request("/login", "Content-Type",
                    "application/x-www-form-urlencoded", "Cookie", LoginEndpoints.LOGIN_CSRF_COOKIE + "=" + token)
                    .POST(TestServer.form(Map.of("user", "analyst", "password", TestServer.PASSWORD,
                            AccessControl.CSRF_FIELD, token))).build());
            assertThat(post.statusCode()).isEqualTo(429);
            assertThat(post.body()).contains(Html.escape(LoginEndpoints.THROTTLED));
            assertThat(TestServer.cookie(post, AccessControl.SESSION_COOKIE)).isNull();
        }
    }
}
