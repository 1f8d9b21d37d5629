package org.tidewatch.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.cases.CaseEntry;
import org.tidewatch.app.cases.CaseFile;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.http.SearchJson;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Role;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.pivot.Pivot;
import org.tidewatch.index.pivot.PivotKind;
import org.tidewatch.index.pivot.PivotService;
import org.tidewatch.index.pivot.PostDetails;

/**
 * JSON twins of the pages: {@code GET /api/posts/<id>}, {@code GET /api/pivot/{phone|handle|author}/<value>},
 * {@code GET /api/cases}, {@code GET /api/cases/{id}}, {@code POST /api/cases} ({@code {"case", "post_id", "note"}}).
 */
final class WorkbenchApi {
    private final ObjectMapper json = new ObjectMapper();
    private final SearchJson posts = new SearchJson(json);
    private final PivotService pivots;
    private final CaseStore cases;
    private final AuditLog audit;

    WorkbenchApi(PivotService pivots, CaseStore cases, AuditLog audit) {
        this.pivots = pivots;
        this.cases = cases;
        this.audit = audit;
    }

    void install(JavalinConfig config) {
        config.routes.get("/api/posts/<id>", this::post, Role.INVESTIGATOR, Role.ANALYST, Role.LIAISON);
        config.routes.get("/api/pivot/{kind}/<value>", this::pivot, Role.INVESTIGATOR);
        config.routes.get("/api/cases", this::listCases, Role.INVESTIGATOR);
        config.routes.get("/api/cases/{id}", this::showCase, Role.INVESTIGATOR);
        config.routes.post("/api/cases", this::addToCase, Role.INVESTIGATOR);
    }

    private void post(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<PostDetails> d = pivots.get(id);
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "post " + id, d.isPresent() ? 1 : 0);
        if (d.isEmpty()) {
            send(ctx, 404, error("no post has the id " + id));
            return;
        }
        ObjectNode n = posts.post(d.get().post());
        n.put("duplicate_group", d.get().duplicateGroup());
        n.put("group_size", d.get().groupSize());
        ArrayNode dups = n.putArray("duplicate_ids");
        d.get().duplicateIds().forEach(dups::add);
        send(ctx, 200, n);
    }

    private void pivot(Context ctx) {
        PivotKind kind;
        try {
            kind = PivotKind.valueOf(ctx.pathParam("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            send(ctx, 400, error("pivot kind must be phone, handle or author, not '" + ctx.pathParam("kind") + "'"));
            return;
        }
        Pivot p;
        try {
            p = pivots.pivot(kind, ctx.pathParam("value"));
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            send(ctx, 400, error(e.getMessage()));
            return;
        }
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, kind.field() + " " + p.value(), (int) Math.min(Integer.MAX_VALUE, p.total()));
        ObjectNode n = json.createObjectNode();
        n.put("kind", kind.field());
        n.put("value", p.value());
        n.put("total", p.total());
        n.put("first_seen", p.firstSeen() == null ? null : p.firstSeen().toString());
        n.put("last_seen", p.lastSeen() == null ? null : p.lastSeen().toString());
        n.set("platforms", json.valueToTree(p.platforms()));
        n.set("routes", json.valueToTree(p.routes()));
        ArrayNode list = n.putArray("posts");
        p.posts().forEach(ep -> list.add(posts.post(ep)));
        send(ctx, 200, n);
    }

    private void listCases(Context ctx) {
        ArrayNode list = json.createArrayNode();
        cases.list().forEach(c -> list.add(caseJson(c)));
        ObjectNode n = json.createObjectNode();
        n.set("cases", list);
        send(ctx, 200, n);
    }

    private void showCase(Context ctx) {
        long id = CasePages.caseId(ctx.pathParam("id"));
        Optional<CaseFile> c = cases.find(id);
        if (c.isEmpty()) {
            send(ctx, 404, error("no case " + id));
            return;
        }
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "case " + id + " " + c.get().name(), c.get().postCount());
        ObjectNode n = caseJson(c.get());
        ArrayNode entries = n.putArray("posts");
        for (CaseEntry e : cases.entries(id)) {
            ObjectNode en = entries.addObject();
            en.put("post_id", e.postId());
            en.put("note", e.note());
            en.put("added_by", e.addedBy());
            en.put("added_at", e.addedAt().toString());
        }
        send(ctx, 200, n);
    }

    private void addToCase(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (IOException e) {
            send(ctx, 400, error("body must be JSON: " + e.getMessage()));
            return;
        }
        if (body == null || !body.isObject()) {
            send(ctx, 400, error("body must be a JSON object with case, post_id and note"));
            return;
        }
        String postId = body.path("post_id").asText("");
        if (pivots.get(postId).isEmpty()) {
            send(ctx, 400, error("no post has the id '" + postId + "'"));
            return;
        }
        try {
            CaseFile c = cases.add(body.path("case").asText(""), postId, body.path("note").asText(""), AccessControl.userName(ctx));
            send(ctx, 200, caseJson(c));
        } catch (IllegalArgumentException e) {
            send(ctx, 400, error(e.getMessage()));
        }
    }

    private ObjectNode caseJson(CaseFile c) {
        ObjectNode n = json.createObjectNode();
        n.put("id", c.id());
        n.put("name", c.name());
        n.put("created_by", c.createdBy());
        n.put("created_at", c.createdAt().toString());
        n.put("post_count", c.postCount());
        return n;
    }

    private ObjectNode error(String message) {
        ObjectNode n = json.createObjectNode();
        n.put("error", message);
        return n;
    }

    private static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
