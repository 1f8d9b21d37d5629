package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Static files declare their roles like routes do: the web UI's assets for signed-in users only. */
class StaticFilesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(SecuritySettings.DEFAULTS, config -> {
            config.staticFiles.add(files -> {
                files.hostedPath = "/ui";
                files.directory = "/static-check";
                files.location = Location.CLASSPATH;
                files.roles = Set.<RouteRole>of(Audience.SIGNED_IN);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/undeclared";
                files.directory = "/static-check";
                files.location = Location.CLASSPATH;
            });
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signedInUserGetsTheAssetWithSecurityHeaders() {
        TestServer.LoggedIn browser = server.login("liaison");
        HttpResponse<String> r = server.call(HandlerType.GET, "/ui/app.js", "Cookie", browser.cookieHeader());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("console.log(\"app\");\n");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anonymousVisitorGetsTheLoginFormInstead() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/ui/app.js");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("<form method=\"post\" action=\"/login\">");
    }

    @Test
    void staticFilesWithoutDeclaredRolesAreRefused() {
        TestServer.LoggedIn browser = server.login("admin");
        assertThat(server.call(HandlerType.GET, "/undeclared/app.js", "Cookie", browser.cookieHeader()).statusCode())
                .isEqualTo(403);
    }
}
