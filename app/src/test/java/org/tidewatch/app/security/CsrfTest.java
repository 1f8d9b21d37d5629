package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTest extends SharedServerTest {
    @Test
    void stateChangeOnASessionWithoutTheTokenIsRefused() {
        TestServer.LoggedIn browser = server.login("liaison");
        HttpResponse<String> r = server.call(HandlerType.POST, "/api/reports", "Cookie", browser.cookieHeader());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).isEqualTo("{\"error\":\"missing or wrong CSRF token\"}");
    }

    @Test
    void stateChangeWithAnotherSessionsTokenIsRefused() {
        TestServer.LoggedIn mine = server.login("liaison");
        TestServer.LoggedIn other = server.login("liaison");
        HttpResponse<String> r = server.call(HandlerType.POST, "/api/reports",
                "Cookie", mine.cookieHeader(), AccessControl.CSRF_HEADER, other.csrfToken());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void stateChangeWithTheTokenInTheHeaderIsAllowed() {
        TestServer.LoggedIn browser = server.login("liaison");
        HttpResponse<String> r = server.call(HandlerType.POST, "/api/reports",
                "Cookie", browser.cookieHeader(), AccessControl.CSRF_HEADER, browser.csrfToken());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void stateChangeWithTheTokenInTheFormFieldIsAllowed() {
        TestServer.LoggedIn browser = server.login("analyst");
        HttpResponse<String> r = server.send(server.request("/api/watchlists", "Cookie", browser.cookieHeader(),
                        "Content-Type", "application/x-www-form-urlencoded")
                .POST(TestServer.form(Map.of("_csrf", browser.csrfToken(), "name", "channel"))).build());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void deleteIsAStateChangeToo() {
        TestServer.LoggedIn browser = server.login("admin");
        assertThat(server.call(HandlerType.DELETE, "/api/users/someone", "Cookie", browser.cookieHeader())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void readsOnASessionNeedNoToken() {
        TestServer.LoggedIn browser = server.login("analyst");
        assertThat(server.call(HandlerType.GET, "/api/alerts", "Cookie", browser.cookieHeader()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void bearerRequestsNeedNoToken() {
        String token = server.users.issueToken("liaison").value();
        HttpResponse<String> r = server.call(HandlerType.POST, "/api/reports", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok POST /api/reports by liaison");
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSession() {
        TestServer.LoggedIn browser = server.login("investigator");
        assertThat(server.call(HandlerType.POST, "/logout", "Cookie", browser.cookieHeader()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> out = server.call(HandlerType.POST, "/logout", "Cookie", browser.cookieHeader(),
                AccessControl.CSRF_HEADER, browser.csrfToken(), "Accept", "application/json");
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(TestServer.setCookieHeader(out, AccessControl.SESSION_COOKIE)).contains("Max-Age=0");
        assertThat(server.call(HandlerType.GET, "/api/search", "Cookie", browser.cookieHeader()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void jsonLoginRefusesAFormPostedFromAnotherSite() {
        HttpResponse<String> r = server.send(server.request("/api/login",
                        "Content-Type", "application/x-www-form-urlencoded")
                .POST(TestServer.form(Map.of("user", "admin", "password", TestServer.PASSWORD))).build());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(TestServer.cookie(r, AccessControl.SESSION_COOKIE)).isNull();
    }

    @Test
    void formLoginWithoutTheLoginCsrfCookieIsRefused() {
        HttpResponse<String> r = server.send(server.request("/login",
                        "Content-Type", "application/x-www-form-urlencoded")
                .POST(TestServer.form(Map.of("_csrf", "guess", "user", "admin", "password", TestServer.PASSWORD)))
                .build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("The log-in form expired. Please try again.");
        assertThat(TestServer.cookie(r, AccessControl.SESSION_COOKIE)).isNull();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() {
        HttpResponse<String> r = server.send(server.request("/api/login", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"admin\",\"password\":\"" + TestServer.PASSWORD
                        + "\"}")).build());
        String header = TestServer.setCookieHeader(r, AccessControl.SESSION_COOKIE);
        assertThat(header).contains("; Path=/; HttpOnly; SameSite=Strict").doesNotContain("Secure");
    }
}
