package org.tidewatch.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.function.Supplier;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Role;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.crawler.health.SourceHealthStore;
import org.tidewatch.crawler.schedule.ReloadResult;
import org.tidewatch.crawler.schedule.SourceScheduler;

/** {@code GET /api/sources} (health of every source) and {@code POST /api/admin/reload} (re-read the configuration). */
public final class SourcesApi {
    private final Supplier<List<SourceConfig>> sources;
    private final SourceHealthStore health;
    private final SourceScheduler scheduler;
    private final Supplier<ReloadResult> reload;
    private final AuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    public SourcesApi(Supplier<List<SourceConfig>> sources, SourceHealthStore health, SourceScheduler scheduler,
                      Supplier<ReloadResult> reload, AuditLog audit) {
        this.audit = audit;
        this.sources = sources;
        this.health = health;
        this.scheduler = scheduler;
        this.reload = reload;
    }

    /** Registers the routes. */
    public void install(JavalinConfig config) {
        config.routes.get("/api/sources", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(new SourcesJson(json).toJson(sources.get(), health, scheduler::nextRun).toString()), Role.ADMIN);
        config.routes.post("/api/admin/reload", ctx -> {
            try {
                ReloadResult r = reload.get();
                audit.record(AccessControl.userName(ctx), AuditAction.ADMIN, "reload configuration: " + r, null);
                ObjectNode n = json.createObjectNode();
                n.set("added", json.valueToTree(r.added()));
                n.set("removed", json.valueToTree(r.removed()));
                n.set("updated", json.valueToTree(r.updated()));
                n.set("rejected", json.valueToTree(r.rejected()));
                ApiServer.send(ctx, 200, n);
            } catch (ConfigException e) {
                // The running sources stay as they were; the caller learns what is wrong with the file.
                ApiServer.send(ctx, 400, ApiServer.error(json, e.getMessage()));
            }
        }, Role.ADMIN);
    }
}
