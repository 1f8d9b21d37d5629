package org.tidewatch.app.security;

/** The server-rendered log-in form: plain HTML, no script, works without JavaScript. */
final class LoginPage {
    private LoginPage() {
    }

    /**
     * The page; {@code error} and {@code userName} are shown escaped (they may be anything a visitor typed).
     *
     * @param csrfToken the value of the log-in CSRF cookie, echoed in a hidden field
     */
    static String render(String csrfToken, String error, String userName) {
        String errorBlock = error == null ? "" : "\n    <p class=\"error\" role=\"alert\">" + Html.escape(error) + "</p>";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Tidewatch — log in</title>
                  <link rel="stylesheet" href="/login.css">
                </head>
                <body>
                  <main class="login">
                    <h1>Tidewatch</h1>%s
                    <form method="post" action="/login">
                      <input type="hidden" name="_csrf" value="%s">
                      <label for="user">User name</label>
                      <input id="user" name="user" autocomplete="username" required value="%s">
                      <label for="password">Password</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                      <button type="submit">Log in</button>
                    </form>
                    <p class="notice">Access is restricted and every search is recorded in the audit trail.</p>
                  </main>
                </body>
                </html>
                """.formatted(errorBlock, Html.escape(csrfToken), Html.escape(userName));
    }
}
