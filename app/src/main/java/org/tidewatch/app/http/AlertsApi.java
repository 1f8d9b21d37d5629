package org.tidewatch.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Role;
import org.tidewatch.core.DayOrInstant;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.rules.Rules;
import org.tidewatch.rules.alert.StoredAlert;
import org.tidewatch.rules.watch.Watchlist;

/** Alerts (list, acknowledge, dismiss, Atom feed) and watchlists (list, add, delete), for analysts. */
public final class AlertsApi {
    private final Rules rules;
    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    public AlertsApi(Rules rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    /** Registers the routes. */
    public void install(JavalinConfig config) {
        config.routes.get("/api/alerts", ctx -> {
            String body = rules.alertsJson(since(ctx.queryParam("since")));
            audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "alerts", json.readTree(body).size());
            ctx.contentType("application/json; charset=utf-8").result(body);
        }, Role.ANALYST);
        config.routes.get("/api/alerts/feed.atom", ctx -> {
            String self = ctx.fullUrl();
            ctx.contentType("application/atom+xml; charset=utf-8")
                    .result(rules.atomFeed(self, self.replace("/api/alerts/feed.atom", "/alerts#"), 100));
        }, Role.ANALYST);
        config.routes.post("/api/alerts/{id}/acknowledge", ctx -> changeState(ctx, true), Role.ANALYST);
        config.routes.post("/api/alerts/{id}/dismiss", ctx -> changeState(ctx, false), Role.ANALYST);
        config.routes.get("/api/watchlists", ctx -> {
            ArrayNode out = json.createArrayNode();
            for (Watchlist w : rules.watchlists().list()) {
                out.add(watchlist(w));
            }
            ctx.contentType("application/json; charset=utf-8").result(out.toString());
        }, Role.ANALYST);
        config.routes.post("/api/watchlists", ctx -> {
            JsonNode in = readJson(ctx);
            String name = text(in, "name");
            String query = text(in, "query");
            List<String> targets = new ArrayList<>();
            if (in.has("targets")) {
                in.get("targets").forEach(t -> targets.add(t.asText()));
            }
            Watchlist w;
            try {
                w = rules.watchlists().add(AccessControl.userName(ctx), name, query, targets);
            } catch (IllegalArgumentException e) {
                throw new ApiServer.BadRequestException(e.getMessage());
            } catch (QuerySyntaxException e) {
                throw new ApiServer.BadRequestException("bad query: " + e.getMessage());
            }
            audit.record(AccessControl.userName(ctx), AuditAction.ADMIN, "watchlist add " + name + ": " + query, null);
            ctx.status(201).contentType("application/json; charset=utf-8").result(watchlist(w).toString());
        }, Role.ANALYST);
        config.routes.delete("/api/watchlists/{name}", ctx -> {
            String name = ctx.pathParam("name");
            if (!rules.watchlists().delete(name)) {
                ApiServer.send(ctx, 404, ApiServer.error(json, "no watchlist named '" + name + "'"));
                return;
            }
            audit.record(AccessControl.userName(ctx), AuditAction.ADMIN, "watchlist delete " + name, null);
            ctx.status(204);
        }, Role.ANALYST);
    }

    private void changeState(Context ctx, boolean acknowledge) {
        String id = ctx.pathParam("id");
        if (rules.alerts().get(id).isEmpty()) {
            ApiServer.send(ctx, 404, ApiServer.error(json, "no alert " + id));
            return;
        }
        String user = AccessControl.userName(ctx);
        StoredAlert a = acknowledge ? rules.alerts().acknowledge(id, user) : rules.alerts().dismiss(id, user);
        audit.record(user, AuditAction.ADMIN, (acknowledge ? "acknowledge" : "dismiss") + " alert " + id, null);
        ObjectNode n = json.createObjectNode();
        n.put("id", id);
        n.put("state", a.state().name().toLowerCase(java.util.Locale.ROOT));
        n.put("by", a.stateBy());
        n.put("at", a.stateAt() == null ? null : a.stateAt().toString());
        ApiServer.send(ctx, 200, n);
    }

    private ObjectNode watchlist(Watchlist w) {
        ObjectNode n = json.createObjectNode();
        n.put("name", w.name());
        n.put("query", w.query());
        n.put("owner", w.owner());
        n.set("targets", json.valueToTree(w.targets()));
        n.put("created_at", w.createdAt().toString());
        return n;
    }

    private JsonNode readJson(Context ctx) {
        try {
            JsonNode n = json.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw new ApiServer.BadRequestException("the body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiServer.BadRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ApiServer.BadRequestException("'" + field + "' is required");
        }
        return v.asText();
    }

    private static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DayOrInstant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiServer.BadRequestException("since must be a date (YYYY-MM-DD) or an ISO 8601 instant, not '" + value + "'");
        }
    }
}
