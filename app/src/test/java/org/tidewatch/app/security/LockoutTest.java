package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditFilter;

class LockoutTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> login(String user, String password) {
        return server.send(server.request("/api/login", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password
                        + "\"}")).build());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(login("analyst", "not the password").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        fail(4);
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(200);
        fail(5);
        HttpResponse<String> r = login("analyst", TestServer.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("{\"error\":\"Too many failed attempts: try again later.\"}");
        assertThat(server.users.find("analyst").orElseThrow().lockedUntil())
                .isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    }

    @Test
    void lockExpiresAfterFifteenMinutesOnTheClock() {
        fail(5);
        server.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(401);
        server.clock.advance(Duration.ofSeconds(1));
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(server.users.find("analyst").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void afterALockExpiresTheCountStartsAgain() {
        fail(5);
        server.clock.advance(Duration.ofMinutes(16));
        fail(4);
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void successResetsTheCount() {
        fail(4);
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(200);
        fail(4);
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void newPasswordFromAnAdminLiftsTheLock() {
        fail(5);
        server.users.setPassword("analyst", "a new password 1".toCharArray());
        assertThat(login("analyst", "a new password 1").statusCode()).isEqualTo(200);
        assertThat(login("analyst", TestServer.PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void lockOutAndLogInsAreAudited() {
        fail(5);
        assertThat(server.audit.list(new AuditFilter("analyst", null, AuditAction.LOGIN_FAILED, 100)))
                .extracting(e -> e.target())
                .containsExactly("api", "api", "api", "api", "api, locked until 2026-11-20T10:15:00Z");
    }

    @Test
    void disabledUserCannotLogInNorUseASessionOrToken() {
        TestServer.LoggedIn browser = server.login("liaison");
        String token = server.users.issueToken("liaison").value();
        server.users.disable("liaison");
        assertThat(login("liaison", TestServer.PASSWORD).body())
                .isEqualTo("{\"error\":\"Wrong user name or password.\"}");
        assertThat(server.call(io.javalin.http.HandlerType.GET, "/app", "Cookie", browser.cookieHeader())
                .statusCode()).isEqualTo(401);
        assertThat(server.call(io.javalin.http.HandlerType.GET, "/app", "Authorization", "Bearer " + token)
                .statusCode()).isEqualTo(401);
    }
}
