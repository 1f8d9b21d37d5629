package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions live in the database of the data directory: a restart keeps them, expiry and log-out end them. */
class PersistentSessionTest {
    @TempDir
    Path data;

    private static int search(TestServer server, TestServer.LoggedIn browser) {
        return server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode();
    }

    @Test
    void sessionAndItsCsrfTokenSurviveARestartOnTheSameDataDirectory() {
        TestServer.LoggedIn browser;
        try (TestServer first = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            browser = first.login("analyst");
        }
        try (TestServer restarted = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            assertThat(restarted.call(HandlerType.GET, "/api/alerts", "Cookie", browser.cookieHeader()).body())
                    .isEqualTo("ok GET /api/alerts by analyst");
            assertThat(restarted.call(HandlerType.POST, "/api/watchlists", "Cookie", browser.cookieHeader(),
                    AccessControl.CSRF_HEADER, browser.csrfToken()).statusCode()).isEqualTo(200);
            assertThat(restarted.call(HandlerType.POST, "/api/watchlists", "Cookie", browser.cookieHeader(),
                    AccessControl.CSRF_HEADER, "x".repeat(43)).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void sessionIdleTooLongBeforeOrAfterARestartIsRefused() {
        TestServer.LoggedIn browser;
        try (TestServer first = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            browser = first.login("investigator");
        }
        try (TestServer restarted = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            restarted.clock.advance(Duration.ofHours(8).minusMinutes(1));
            assertThat(search(restarted, browser)).isEqualTo(200);
            restarted.clock.advance(Duration.ofHours(8));
            assertThat(search(restarted, browser)).isEqualTo(401);
            assertThat(sessionRows(restarted)).isEmpty();
        }
    }

    @Test
    void logoutEndsEverySessionOfTheUserForGood() {
        TestServer.LoggedIn office;
        TestServer.LoggedIn laptop;
        TestServer.LoggedIn colleague;
        try (TestServer first = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            office = first.login("investigator");
            laptop = first.login("investigator");
            colleague = first.login("analyst");
            assertThat(first.call(HandlerType.POST, "/logout", "Cookie", office.cookieHeader(),
                    AccessControl.CSRF_HEADER, office.csrfToken(), "Accept", "application/json").body())
                    .isEqualTo("{\"loggedOut\":true}");
        }
        try (TestServer restarted = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            assertThat(search(restarted, office)).isEqualTo(401);
            assertThat(search(restarted, laptop)).isEqualTo(401);
            assertThat(restarted.call(HandlerType.GET, "/api/alerts", "Cookie", colleague.cookieHeader()).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void databaseHoldsOnlyTheHashOfTheSessionId() {
        try (TestServer server = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            TestServer.LoggedIn browser = server.login("liaison");
            assertThat(sessionRows(server)).containsExactly(
                    Secrets.sha256(browser.sessionId()) + " liaison " + browser.csrfToken());
        }
    }

    @Test
    void passwordRoleAndLockOutChangesEndTheUsersSessions() {
        try (TestServer server = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            TestServer.LoggedIn browser = server.login("investigator");
            TestServer.LoggedIn other = server.login("analyst");
            server.users.setPassword("investigator", TestServer.PASSWORD.toCharArray());
            assertThat(search(server, browser)).isEqualTo(401);

            browser = server.login("investigator");
            server.users.setRoles("investigator", Set.of(Role.INVESTIGATOR, Role.ANALYST));
            assertThat(search(server, browser)).isEqualTo(401);

            browser = server.login("investigator");
            PasswordLogin passwords = new PasswordLogin(server.users, SecuritySettings.DEFAULTS, server.clock);
            for (int i = 0; i < SecuritySettings.DEFAULTS.maxFailures() - 1; i++) {
                assertThat(passwords.attempt("investigator", "not the password".toCharArray()))
                        .isInstanceOf(LoginOutcome.Refused.class);
            }
            assertThat(search(server, browser)).isEqualTo(200);
            assertThat(passwords.attempt("investigator", "not the password".toCharArray()))
                    .isInstanceOf(LoginOutcome.Locked.class);
            assertThat(search(server, browser)).isEqualTo(401);

            assertThat(server.call(HandlerType.GET, "/api/alerts", "Cookie", other.cookieHeader()).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void passwordResetOnTheCommandLineWhileTheServerIsStoppedEndsTheSession() {
        TestServer.LoggedIn browser;
        try (TestServer first = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            browser = first.login("admin");
        }
        CommandRun reset = CommandRun.of(new UsersCommand(TestServer.FAST_HASHER), "reset-password", "--data",
                data.toString(), "admin");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        CommandRun roles = CommandRun.of(new UsersCommand(TestServer.FAST_HASHER), "set-roles", "--data",
                data.toString(), "analyst", "--role", "analyst,liaison");
        assertThat(roles.out()).isEqualTo("user analyst now has roles analyst,liaison\n");
        try (TestServer restarted = TestServer.onDisk(data, SecuritySettings.DEFAULTS)) {
            assertThat(restarted.call(HandlerType.GET, "/api/audit", "Cookie", browser.cookieHeader()).statusCode())
                    .isEqualTo(401);
            assertThat(restarted.users.find("analyst").orElseThrow().roles()).isEqualTo(Set.of(Role.ANALYST, Role.LIAISON));
        }
    }

    private static List<String> sessionRows(TestServer server) {
        List<String> rows = new ArrayList<>();
        try (Connection c = server.db.connect(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT id_sha256, user_name, csrf_token FROM sessions ORDER BY created_at")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
