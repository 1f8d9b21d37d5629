package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessControlTest extends SharedServerTest {
    static Stream<Arguments> everyRoleOnEveryRoute() {
        List<Arguments> out = new ArrayList<>();
        for (Role role : Role.values()) {
            for (TestServer.Route route : TestServer.ROUTES) {
                boolean allowed = route.roles().contains(role) || route.roles().contains(Audience.SIGNED_IN);
                out.add(Arguments.of(role, route, allowed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1} allowed={2}")
    @MethodSource("everyRoleOnEveryRoute")
    void sessionUserIsAllowedExactlyTheRoutesOfTheirRole(Role role, TestServer.Route route, boolean allowed) {
        TestServer.LoggedIn browser = server.login(role.id());
        HttpResponse<String> r = server.call(route.method(), route.path(),
                "Cookie", browser.cookieHeader(), AccessControl.CSRF_HEADER, browser.csrfToken());
        if (allowed) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            if (!route.path().equals("/api/audit")) {
                assertThat(r.body()).isEqualTo("ok " + route.method() + " " + route.path() + " by " + role.id());
            }
        } else {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).startsWith("{\"error\":\"").contains(route.roles().isEmpty()
                    ? "this route is not open to any role" : "your roles do not allow this");
        }
    }

    @ParameterizedTest(name = "{0} on {1} allowed={2}")
    @MethodSource("everyRoleOnEveryRoute")
    void bearerTokenIsAllowedExactlyTheRoutesOfItsUsersRole(Role role, TestServer.Route route, boolean allowed) {
        String token = server.users.issueToken(role.id()).value();
        HttpResponse<String> r = server.call(route.method(), route.path(), "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(allowed ? 200 : 403);
    }

    static Stream<TestServer.Route> protectedRoutes() {
        return TestServer.ROUTES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedRoutes")
    void everyProtectedRouteAnswers401WithoutSessionOrToken(TestServer.Route route) {
        HttpResponse<String> r = server.call(route.method(), route.path());
        assertThat(r.statusCode()).isEqualTo(401);
        if (route.path().startsWith("/api/")) {
            assertThat(r.body()).isEqualTo("{\"error\":\"login required\"}");
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        } else {
            assertThat(r.body()).contains("<form method=\"post\" action=\"/login\">");
        }
    }

    @Test
    void forgedOrExpiredSessionCookieCountsAsNoSession() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/api/search",
                "Cookie", AccessControl.SESSION_COOKIE + "=" + "A".repeat(43));
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongBearerTokenIsRefusedEvenOnAnOpenRoute() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/api/search", "Authorization", "Bearer tw_00_nope");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("{\"error\":\"invalid or revoked API token\"}");
    }

    @Test
    void healthLoginPageAndStylesheetAreOpenToAll() {
        assertThat(server.call(HandlerType.GET, "/api/health").body()).isEqualTo("healthy");
        HttpResponse<String> login = server.call(HandlerType.GET, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"");
        HttpResponse<String> css = server.call(HandlerType.GET, "/login.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    @Test
    void rootWithoutSessionServesTheLoginFormWithoutScripts() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<form method=\"post\" action=\"/login\">")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"" + TestServer.cookie(r,
                        LoginEndpoints.LOGIN_CSRF_COOKIE) + "\">")
                .doesNotContain("<script");
    }

    @Test
    void rootWithSessionReachesTheApplication() {
        TestServer.LoggedIn browser = server.login("liaison");
        HttpResponse<String> r = server.call(HandlerType.GET, "/", "Cookie", browser.cookieHeader());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("home of liaison");
    }

    static Stream<String> anyPath() {
        return Stream.of("/", "/api/health", "/api/search", "/login", "/no/such/page");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anyPath")
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> r = server.call(HandlerType.GET, path);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; script-src 'self';"
                + " style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void sessionReportsUserRolesAndCsrfToken() {
        TestServer.LoggedIn browser = server.login("analyst");
        HttpResponse<String> r = server.call(HandlerType.GET, "/api/session", "Cookie", browser.cookieHeader());
        assertThat(r.body()).isEqualTo("{\"user\":\"analyst\",\"roles\":[\"analyst\"],\"csrfToken\":\""
                + browser.csrfToken() + "\"}");
    }
}
