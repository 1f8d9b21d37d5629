package org.tidewatch.app.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;

/** The log-in form and its stylesheet, form and JSON log-in, log-out, and "who am I". */
final class LoginEndpoints {
    /** Cookie holding the log-in form's CSRF token (double-submit: there is no session yet). */
    static final String LOGIN_CSRF_COOKIE = "tw_login_csrf";
    /** Shown when the address has failed too often; like every log-in message it says nothing about the user. */
    static final String THROTTLED = "Too many failed log-ins from your network address: try again later.";

    private final PasswordLogin passwords;
    private final AddressThrottle throttle;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final Cookies cookies;
    private final byte[] stylesheet;

    LoginEndpoints(PasswordLogin passwords, AddressThrottle throttle, SessionStore sessions, AuditLog audit,
            Cookies cookies) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.cookies = cookies;
        try (InputStream in = LoginEndpoints.class.getResourceAsStream("login.css")) {
            this.stylesheet = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("login.css is missing from the application jar", e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> showForm(ctx, 200, null, null), Audience.ANYONE);
        routes.get("/login.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(stylesheet),
                Audience.ANYONE);
        routes.post("/login", this::formLogin, Audience.ANYONE);
        routes.post("/api/login", this::jsonLogin, Audience.ANYONE);
        routes.post("/logout", this::logout, Audience.SIGNED_IN);
        routes.get("/api/session", this::whoAmI, Audience.SIGNED_IN);
    }

    /** Renders the form with a fresh log-in CSRF token in a cookie and a hidden field. */
    void showForm(Context ctx, int status, String error, String userName) {
        String token = Secrets.token(24);
        cookies.set(ctx, LOGIN_CSRF_COOKIE, token, 3600);
        ctx.status(status).html(LoginPage.render(token, error, userName));
    }

    private void formLogin(Context ctx) {
        String name = ctx.formParam("user");
        String cookieToken = ctx.cookie(LOGIN_CSRF_COOKIE);
        if (cookieToken == null || !Secrets.same(ctx.formParam(AccessControl.CSRF_FIELD), cookieToken)) {
            showForm(ctx, 403, "The log-in form expired. Please try again.", name);
            return;
        }
        String password = ctx.formParam("password");
        if (throttled(ctx)) {
            showForm(ctx, 429, THROTTLED, name);
            return;
        }
        LoginOutcome outcome = attempt(name, password, "form", ctx.ip());
        if (outcome instanceof LoginOutcome.Success success) {
            startSession(ctx, success.user());
            cookies.clear(ctx, LOGIN_CSRF_COOKIE);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else {
            showForm(ctx, 401, outcome.message(), name);
        }
    }

    private void jsonLogin(Context ctx) {
        // Browsers cannot send application/json cross-site without a CORS preflight, which we never grant:
        // insisting on it is this endpoint's log-in CSRF protection.
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) {
            ctx.status(415).json(Map.of("error", "send the credentials as application/json"));
            return;
        }
        LoginRequest request;
        try {
            request = ctx.bodyAsClass(LoginRequest.class);
        } catch (RuntimeException e) {
            ctx.status(400).json(Map.of("error", "body must be {\"user\": ..., \"password\": ...}"));
            return;
        }
        if (throttled(ctx)) {
            ctx.status(429).json(Map.of("error", THROTTLED));
            return;
        }
        LoginOutcome outcome = attempt(request.user(), request.password(), "api", ctx.ip());
        if (outcome instanceof LoginOutcome.Success success) {
            Session session = startSession(ctx, success.user());
            ctx.json(describe(success.user(), session));
        } else {
            ctx.status(401).json(Map.of("error", outcome.message()));
        }
    }

    /**
     * Whether the request's address is barred from logging in; if so it gets a {@code Retry-After}. Barred attempts
     * are not audited one by one (the failure that barred the address was), so they cannot flood the audit trail.
     */
    private boolean throttled(Context ctx) {
        Optional<Duration> wait = throttle.barredFor(ctx.ip());
        // Whole seconds, rounded up, so a client that obeys never comes back a moment too early.
        wait.ifPresent(w -> ctx.header("Retry-After", String.valueOf(w.plusMillis(999).toSeconds())));
        return wait.isPresent();
    }

    private LoginOutcome attempt(String name, String password, String how, String address) {
        LoginOutcome outcome = passwords.attempt(name, password == null ? new char[0] : password.toCharArray());
        String actor = name == null || name.isBlank() ? "(blank)" : name.length() > 64 ? name.substring(0, 64) : name;
        String barred = outcome instanceof LoginOutcome.Success ? ""
                : throttle.recordFailure(address).map(u -> ", address " + address + " barred until " + u).orElse("");
        switch (outcome) {
            case LoginOutcome.Success s -> audit.record(actor, AuditAction.LOGIN, how, null);
            case LoginOutcome.Refused r -> audit.record(actor, AuditAction.LOGIN_FAILED, how + barred, null);
            case LoginOutcome.Locked l -> audit.record(actor, AuditAction.LOGIN_FAILED, how + ", locked until "
                    + l.until() + barred, null);
        }
        return outcome;
    }

    private Session startSession(Context ctx, User user) {
        // A fresh id at each log-in, and the old one dropped: a planted cookie cannot be promoted to a session.
        sessions.remove(ctx.cookie(AccessControl.SESSION_COOKIE));
        Session session = sessions.create(user.name());
        cookies.set(ctx, AccessControl.SESSION_COOKIE, session.id(), -1);
        return session;
    }

    private void logout(Context ctx) {
        Optional<Session> session = AccessControl.currentSession(ctx);
        session.ifPresent(s -> {
            // Log-out ends every session of the user, not only this browser's: leaving a shared workstation signed
            // out must not leave another one signed in.
            sessions.removeUser(s.userName());
            audit.record(s.userName(), AuditAction.LOGOUT, "", null);
        });
        cookies.clear(ctx, AccessControl.SESSION_COOKIE);
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json")) {
            ctx.json(Map.of("loggedOut", session.isPresent()));
        } else {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        }
    }

    private void whoAmI(Context ctx) {
        User user = AccessControl.user(ctx);
        ctx.json(describe(user, AccessControl.currentSession(ctx).orElse(null)));
    }

    private static Map<String, Object> describe(User user, Session session) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", user.name());
        List<String> roles = user.roles().stream().sorted().map(Role::id).toList();
        m.put("roles", roles);
        if (session != null) {
            m.put("csrfToken", session.csrfToken());
        }
        return m;
    }

    /** The body of {@code POST /api/login}. */
    record LoginRequest(String user, String password) {
    }
}
