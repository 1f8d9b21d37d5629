package org.tidewatch.app.security;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.app.audit.AuditLog;

/**
 * Authentication and authorisation for the Javalin server. To use:
 * <pre>{@code
 * AccessControl access = AccessControl.create(users, audit, SecuritySettings.fromConfig(cfg.child("security")), clock);
 * Javalin.create(config -> {
 *     access.install(config);                                   // headers, log-in, CSRF, role checks
 *     config.routes.get("/api/health", health, Audience.ANYONE);
 *     config.routes.get("/api/search", search, Role.INVESTIGATOR);
 * });
 * // in a handler: AccessControl.user(ctx).name()
 * }</pre>
 * A route's roles are Javalin route roles: any one of the listed {@link Role}s admits a user; {@link Audience}
 * opens a route to everyone or to any signed-in user; a route that lists none is refused to all. Static files are
 * checked the same way, so give them roles too: {@code files.roles = Set.of(Audience.SIGNED_IN)}. Requests carry a
 * session cookie (browser) or {@code Authorization: Bearer} token (scripts); state-changing requests on a session
 * must echo its CSRF token in {@code X-CSRF-Token} or the form field {@code _csrf}.
 */
public final class AccessControl {
    /** The session cookie. */
    public static final String SESSION_COOKIE = "tw_session";
    /** The request header carrying the CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";

    private static final String USER_ATTR = "tidewatch.user";
    private static final String SESSION_ATTR = "tidewatch.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final UserStore users;
    private final SessionStore sessions;
    private final LoginEndpoints login;

    /** With the given stores; the per-address log-in throttle follows the settings, on {@code clock}. */
    public AccessControl(UserStore users, SessionStore sessions, PasswordLogin passwords, AuditLog audit,
            SecuritySettings settings, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.login = new LoginEndpoints(passwords, new AddressThrottle(settings.maxFailuresPerAddress(),
                settings.addressWindow(), clock), sessions, audit, new Cookies(settings.secureCookies()));
    }

    /**
     * The usual wiring: sessions in the users' database with the settings' lifetimes, and password log-in with the
     * settings' lock-out, on {@code clock}.
     */
    public static AccessControl create(UserStore users, AuditLog audit, SecuritySettings settings, Clock clock) {
        return new AccessControl(users, new SessionStore(users.database(), settings.sessionIdle(),
                settings.sessionMax(), clock),
                new PasswordLogin(users, settings, clock), audit, settings, clock);
    }

    /** The sessions, e.g. to end those of a user being disabled. */
    public SessionStore sessions() {
        return sessions;
    }

    /**
     * Installs the security headers, authentication, role and CSRF checks, and the routes {@code GET /login},
     * {@code GET /login.css}, {@code POST /login} (form), {@code POST /api/login} (JSON), {@code POST /logout},
     * {@code GET /api/session}; {@code GET /} without a session shows the log-in form.
     */
    public void install(JavalinConfig config) {
        config.routes.before(this::authenticate);
        config.routes.beforeMatched(this::authorize);
        login.register(config.routes);
    }

    /** The user of this request, if it is authenticated. */
    public static Optional<User> currentUser(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER_ATTR));
    }

    /** The user of this request; on a route with a role this is always present. */
    public static User user(Context ctx) {
        return currentUser(ctx).orElseThrow(() -> new UnauthorizedResponse("login required"));
    }

    /** The name of this request's user, for the audit trail ({@code AuditHandler} takes it as a function). */
    public static String userName(Context ctx) {
        return user(ctx).name();
    }

    /**
     * The CSRF token of this request's session, for a server-rendered form's {@code _csrf} field; empty for
     * bearer-token requests, which need none.
     */
    public static Optional<String> csrfToken(Context ctx) {
        return currentSession(ctx).map(Session::csrfToken);
    }

    /** The session of this request, when it came with a session cookie rather than a token. */
    static Optional<Session> currentSession(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTR));
    }

    private void authenticate(Context ctx) {
        SecurityHeaders.apply(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            Optional<User> bearer = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? users.userForToken(authorization.substring(7).strip()) : Optional.empty();
            if (bearer.isEmpty()) {
                // Wrong credentials are refused outright rather than treated as anonymous.
                Refusals.write(ctx, 401, "invalid or revoked API token");
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.attribute(USER_ATTR, bearer.get());
            return;
        }
        Optional<Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        Optional<User> user = session.flatMap(s -> users.find(s.userName())).filter(u -> !u.disabled());
        if (user.isPresent()) {
            ctx.attribute(USER_ATTR, user.get());
            ctx.attribute(SESSION_ATTR, session.get());
        } else if (ctx.method() == HandlerType.GET && ctx.path().equals("/")) {
            login.showForm(ctx, 200, null, null);
            ctx.skipRemainingHandlers();
        }
    }

    private void authorize(Context ctx) {
        Set<RouteRole> needed = ctx.routeRoles();
        if (needed.contains(Audience.ANYONE)) {
            return;
        }
        Optional<User> user = currentUser(ctx);
        if (user.isEmpty()) {
            if (isApi(ctx)) {
                Refusals.write(ctx, 401, "login required");
            } else {
                login.showForm(ctx, 401, null, null);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (!allowed(user.get(), needed)) {
            Refusals.write(ctx, 403, needed.isEmpty() ? "this route is not open to any role"
                    : "your roles do not allow this (needs one of " + describe(needed) + ")");
            ctx.skipRemainingHandlers();
            return;
        }
        Optional<Session> session = currentSession(ctx);
        if (session.isPresent() && !SAFE.contains(ctx.method()) && !csrfMatches(ctx, session.get())) {
            Refusals.write(ctx, 403, "missing or wrong CSRF token");
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean allowed(User user, Set<RouteRole> needed) {
        if (needed.contains(Audience.SIGNED_IN)) {
            return true;
        }
        return needed.stream().anyMatch(r -> r instanceof Role role && user.has(role));
    }

    private static String describe(Set<RouteRole> roles) {
        return String.join(", ", roles.stream().map(r -> r instanceof Role role ? role.id() : r.toString())
                .sorted().toList());
    }

    static boolean csrfMatches(Context ctx, Session session) {
        String presented = ctx.header(CSRF_HEADER);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (presented == null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            presented = ctx.formParam(CSRF_FIELD);
        }
        return Secrets.same(presented, session.csrfToken());
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    /** Writes refusals: JSON on API paths, a short escaped HTML page elsewhere. */
    static final class Refusals {
        private Refusals() {
        }

        static void write(Context ctx, int status, String message) {
            ctx.status(status);
            if (isApi(ctx)) {
                ctx.json(Map.of("error", message));
            } else {
                ctx.html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tidewatch</title>"
                        + "</head><body><p>" + Html.escape(message) + "</p><p><a href=\"/\">Back</a></p></body></html>");
            }
        }
    }
}
