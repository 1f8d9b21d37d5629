package org.tidewatch.app.security;

import io.javalin.security.RouteRole;

/**
 * Route roles that are not {@link Role}s: who may call a route that is not tied to a job. A route that declares
 * neither an audience nor a role is refused to everyone (deny by default).
 */
public enum Audience implements RouteRole {
    /** Open without logging in: health check, log-in. */
    ANYONE,
    /** Any logged-in user, whatever their roles: log-out, "who am I". */
    SIGNED_IN
}
