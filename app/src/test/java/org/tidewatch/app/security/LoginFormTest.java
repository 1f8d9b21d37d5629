package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The log-in form as a browser without JavaScript uses it. */
class LoginFormTest extends SharedServerTest {
    private HttpResponse<String> submit(String user, String password) {
        HttpResponse<String> page = server.call(HandlerType.GET, "/");
        String token = TestServer.cookie(page, LoginEndpoints.LOGIN_CSRF_COOKIE);
        return server.send(server.request("/login", "Content-Type", "application/x-www-form-urlencoded",
                        "Cookie", LoginEndpoints.LOGIN_CSRF_COOKIE + "=" + token)
                .POST(TestServer.form(Map.of("_csrf", token, "user", user, "password", password))).build());
    }

    @Test
    void rightPasswordRedirectsToRootWithASession() {
        HttpResponse<String> r = submit("investigator", TestServer.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/");
        String session = TestServer.cookie(r, AccessControl.SESSION_COOKIE);
        HttpResponse<String> home = server.call(HandlerType.GET, "/", "Cookie",
                AccessControl.SESSION_COOKIE + "=" + session);
        assertThat(home.body()).isEqualTo("home of investigator");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithAGenericError() {
        HttpResponse<String> r = submit("investigator", "wrong password!");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("<p class=\"error\" role=\"alert\">Wrong user name or password.</p>")
                .contains("value=\"investigator\"");
        assertThat(TestServer.cookie(r, AccessControl.SESSION_COOKIE)).isNull();
    }

    @Test
    void markupTypedAsUserNameIsShownAsText() {
        String hostile = "\"><script>alert('x')</script>";
        HttpResponse<String> r = submit(hostile, "whatever it is");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain("<script").doesNotContain("\"><")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"");
    }

    @Test
    void unknownUserGetsTheSameMessageAsAWrongPassword() {
        HttpResponse<String> r = submit("nobody", "whatever it is");
        assertThat(r.body()).contains("Wrong user name or password.");
    }
}
