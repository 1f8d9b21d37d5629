package org.tidewatch.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditHandler;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Audience;
import org.tidewatch.app.security.Role;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchResult;

/**
 * The HTTP API, behind log-in and roles. Errors are JSON {@code {"error": "..."}}: 400 with the reason for bad
 * input, never a stack trace. Further route groups plug in as {@link Consumer}s of the Javalin config; each route
 * declares the roles that may call it (a route without roles is refused to everyone).
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final int MAX_LIMIT = 1000;

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts the server on the configured host and port (port 0: any free port). */
    public static ApiServer start(ServerSettings settings, Tidewatch tw, List<Consumer<JavalinConfig>> extensions) {
        ObjectMapper json = new ObjectMapper();
        Instant started = Instant.now();
        SearchJson searchJson = new SearchJson(json);
        AccessControl access = AccessControl.create(tw.users(), tw.audit(), tw.config().security(), Clock.systemUTC());
        List<Consumer<JavalinConfig>> all = new ArrayList<>(extensions);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.http.defaultContentType = "application/json";
            access.install(config);
            config.routes.get("/api/health", ctx -> {
                ObjectNode n = json.createObjectNode();
                n.put("status", "ok");
                n.put("started_at", started.toString());
                send(ctx, 200, n);
            }, Audience.ANYONE);
            config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8")
                    .result(HomePage.render(AccessControl.user(ctx), AccessControl.csrfToken(ctx).orElse(""))), Audience.SIGNED_IN);
            config.routes.get("/api/search", ctx -> {
                String q = ctx.queryParam("q");
                int limit = parseLimit(ctx.queryParam("limit"));
                String query = q == null ? "" : q;
                SearchRequest request = new SearchRequest(query, limit).withOrder(parseOrder(ctx.queryParam("order")));
                String after = ctx.queryParam("after");
                if (after != null && !after.isBlank()) {
                    request = request.after(after);
                }
                if ("true".equals(ctx.queryParam("collapse"))) {
                    request = request.collapsed();
                }
                SearchResult result;
                try {
                    result = tw.index().search(request);
                } catch (IllegalArgumentException e) {
                    // A malformed or foreign cursor is the client's mistake, not ours.
                    throw new BadRequestException(e.getMessage());
                }
                tw.audit().record(AccessControl.userName(ctx), AuditAction.SEARCH, query, (int) Math.min(Integer.MAX_VALUE, result.total()));
                send(ctx, 200, searchJson.toJson(result));
            }, Role.INVESTIGATOR);
            config.routes.get("/api/audit", new AuditHandler(tw.audit(), AccessControl::userName), Role.ADMIN);
            config.routes.exception(BadRequestException.class, (e, ctx) -> send(ctx, 400, error(json, e.getMessage())));
            config.routes.exception(QuerySyntaxException.class, (e, ctx) -> send(ctx, 400, error(json, "bad query: " + e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                send(ctx, 500, error(json, "internal error; see the server log"));
            });
            new org.tidewatch.app.web.Workbench(tw).install(config);
            for (Consumer<JavalinConfig> ext : all) {
                ext.accept(config);
            }
        });
        app.start(settings.port());
        return new ApiServer(app);
    }

    static int parseLimit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > MAX_LIMIT) {
                throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException("limit must be a whole number, not '" + value + "'");
        }
    }

    static SearchRequest.SortOrder parseOrder(String value) {
        if (value == null || value.isBlank()) {
            return SearchRequest.SortOrder.RELEVANCE;
        }
        try {
            return SearchRequest.SortOrder.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("order must be relevance, newest or oldest, not '" + value + "'");
        }
    }

    static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    static ObjectNode error(ObjectMapper json, String message) {
        ObjectNode n = json.createObjectNode();
        n.put("error", message);
        return n;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Input the client got wrong; answered with 400 and the message. */
    public static final class BadRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadRequestException(String message) {
            super(message);
        }
    }
}
