package org.tidewatch.app.security;

import io.javalin.http.Context;

/** Writes our cookies with explicit attributes: HttpOnly, SameSite=Strict, Path=/, Secure when configured. */
final class Cookies {
    private final boolean secure;

    Cookies(boolean secure) {
        this.secure = secure;
    }

    /** Sets a cookie; {@code maxAgeSeconds < 0} makes it last for the browser session. */
    void set(Context ctx, String name, String value, int maxAgeSeconds) {
        StringBuilder sb = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Strict");
        if (maxAgeSeconds >= 0) {
            sb.append("; Max-Age=").append(maxAgeSeconds);
        }
        if (secure) {
            sb.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", sb.toString());
    }

    void clear(Context ctx, String name) {
        set(ctx, name, "", 0);
    }
}
