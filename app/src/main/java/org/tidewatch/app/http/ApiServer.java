package org.tidewatch.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.index.PostIndex;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.SearchRequest;

/**
 * The HTTP API. Errors are JSON {@code {"error": "..."}}: 400 with the reason for bad input, never a stack trace.
 * Further route groups (access control, workbench, alerts …) plug in as {@link Consumer}s of the Javalin config.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final int MAX_LIMIT = 1000;

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts the server on the configured host and port (port 0: any free port). */
    public static ApiServer start(ServerSettings settings, PostIndex index, ObjectMapper json,
                                  List<Consumer<JavalinConfig>> extensions) {
        Instant started = Instant.now();
        SearchJson searchJson = new SearchJson(json);
        List<Consumer<JavalinConfig>> all = new ArrayList<>(extensions);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.http.defaultContentType = "application/json";
            config.routes.get("/api/health", ctx -> {
                ObjectNode n = json.createObjectNode();
                n.put("status", "ok");
                n.put("posts", index.count());
                n.put("started_at", started.toString());
                send(ctx, 200, n);
            });
            config.routes.get("/api/search", ctx -> {
                String q = ctx.queryParam("q");
                int limit = parseLimit(ctx.queryParam("limit"));
                send(ctx, 200, searchJson.toJson(index.search(new SearchRequest(q == null ? "" : q, limit))));
            });
            config.routes.exception(BadRequestException.class, (e, ctx) -> send(ctx, 400, error(json, e.getMessage())));
            config.routes.exception(QuerySyntaxException.class, (e, ctx) -> send(ctx, 400, error(json, "bad query: " + e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                send(ctx, 500, error(json, "internal error; see the server log"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Endpoint " + ctx.method() + " " + ctx.path() + " not found")) {
                    send(ctx, 404, error(json, "not found: " + ctx.path()));
                }
            });
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
