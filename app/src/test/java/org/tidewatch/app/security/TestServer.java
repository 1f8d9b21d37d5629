package org.tidewatch.app.security;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidewatch.app.audit.AuditHandler;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.time.MutableClock;

/**
 * A small Javalin app wired the way the lead wires the real one, with dummy routes per role, plus an HTTP client
 * that handles cookies by hand so tests can see and forge them.
 */
public final class TestServer implements AutoCloseable {
    /** A dummy protected route: method, path and the roles it declares. */
    public record Route(HandlerType method, String path, Set<RouteRole> roles) {
    }

    /** Every dummy route, each answering 200 with body "ok METHOD PATH". */
    public static final List<Route> ROUTES = List.of(
            new Route(HandlerType.GET, "/api/search", Set.of(Role.INVESTIGATOR)),
            new Route(HandlerType.GET, "/api/posts/p1", Set.of(Role.INVESTIGATOR)),
            new Route(HandlerType.GET, "/api/alerts", Set.of(Role.ANALYST)),
            new Route(HandlerType.POST, "/api/watchlists", Set.of(Role.ANALYST)),
            new Route(HandlerType.POST, "/api/reports", Set.of(Role.LIAISON)),
            new Route(HandlerType.GET, "/api/cases", Set.of(Role.INVESTIGATOR, Role.ANALYST)),
            new Route(HandlerType.DELETE, "/api/users/someone", Set.of(Role.ADMIN)),
            new Route(HandlerType.GET, "/api/audit", Set.of(Role.ADMIN)),
            new Route(HandlerType.GET, "/app", Set.of(Audience.SIGNED_IN)),
            new Route(HandlerType.GET, "/api/unassigned", Set.of()));

    public static final String PASSWORD = "correct horse battery";
    public static final PasswordHasher FAST_HASHER = new PasswordHasher(64, 1, 1);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    public final Database db;
    public final UserStore users;
    public final AuditLog audit;
    public final AccessControl access;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public TestServer() {
        this(SecuritySettings.DEFAULTS, config -> { });
    }

    public TestServer(SecuritySettings settings) {
        this(settings, config -> { });
    }

    /** With extra configuration (static files) applied after the access control and dummy routes. */
    public TestServer(SecuritySettings settings, Consumer<JavalinConfig> extra) {
        this(Database.inMemory("sec-" + UUID.randomUUID()), settings, extra);
    }

    /**
     * A server on the database file of {@code dataDir}, as a restarted server would open it; the users are added
     * only if they are not there yet. Closing it closes the database.
     */
    public static TestServer onDisk(Path dataDir, SecuritySettings settings) {
        return new TestServer(Database.open(dataDir), settings, config -> { });
    }

    private TestServer(Database db, SecuritySettings settings, Consumer<JavalinConfig> extra) {
        this.db = db;
        users = new UserStore(db, FAST_HASHER, clock);
        audit = new AuditLog(db, clock);
        access = AccessControl.create(users, audit, settings, clock);
        for (Role r : Role.values()) {
            if (users.find(r.id()).isEmpty()) {
                users.add(r.id(), Set.of(r), PASSWORD.toCharArray());
            }
        }
        app = Javalin.create(config -> {
            access.install(config);
            config.routes.get("/api/health", ctx -> ctx.result("healthy"), Audience.ANYONE);
            config.routes.get("/", ctx -> ctx.result("home of " + AccessControl.userName(ctx)), Audience.SIGNED_IN);
            for (Route r : ROUTES) {
                if (r.path().equals("/api/audit")) {
                    config.routes.get(r.path(), new AuditHandler(audit, AccessControl::userName), Role.ADMIN);
                } else {
                    config.routes.addHttpHandler(r.method(), r.path(),
                            ctx -> ctx.result("ok " + r.method() + " " + r.path() + " by "
                                    + AccessControl.userName(ctx)),
                            r.roles().toArray(RouteRole[]::new));
                }
            }
            extra.accept(config);
        }).start(0);
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** A request builder for the path with the given extra headers (name, value, name, value …). */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request for the route with no body. */
    public HttpResponse<String> call(HandlerType method, String path, String... headers) {
        return send(request(path, headers).method(method.name(), HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Logs in through {@code POST /api/login}; returns the session cookie and CSRF token. */
    public LoggedIn login(String user) {
        HttpResponse<String> r = send(request("/api/login", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode() + " " + r.body());
        }
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no csrfToken in " + r.body());
        }
        return new LoggedIn(cookie(r, AccessControl.SESSION_COOKIE), m.group(1));
    }

    /** The value of a cookie set by the response, or null. */
    public static String cookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith(name + "=")) {
                return h.substring(name.length() + 1, h.indexOf(';'));
            }
        }
        return null;
    }

    /** The full Set-Cookie header for a cookie, or null. */
    public static String setCookieHeader(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst()
                .orElse(null);
    }

    /** A form body. */
    public static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(fields).entrySet()) {
            sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(sb.toString());
    }

    /** A logged-in browser: its session cookie header value and CSRF token. */
    public record LoggedIn(String sessionId, String csrfToken) {
        public String cookieHeader() {
            return AccessControl.SESSION_COOKIE + "=" + sessionId;
        }
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
