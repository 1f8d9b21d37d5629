package org.tidewatch.app.security;

import io.javalin.http.Context;

/** The headers every response carries: no inline scripts, no framing, no referrer, no MIME sniffing. */
public final class SecurityHeaders {
    /** The Content-Security-Policy: scripts and styles only from our own origin, never inline. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    /** Sets the headers on the response. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        // Pages and API answers hold police data: keep them out of shared and browser caches.
        ctx.header("Cache-Control", "no-store");
    }
}
