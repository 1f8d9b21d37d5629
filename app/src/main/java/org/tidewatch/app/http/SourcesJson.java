package org.tidewatch.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.health.SourceHealth;
import org.tidewatch.crawler.health.SourceHealthStore;

/** The health of every configured source as JSON, shared by {@code GET /api/sources} and {@code tidewatch sources --json}. */
public final class SourcesJson {
    private final ObjectMapper json;

    public SourcesJson(ObjectMapper json) {
        this.json = json;
    }

    /** One object per configured source, in configuration order. */
    public ArrayNode toJson(List<SourceConfig> sources, SourceHealthStore health, Function<String, Optional<Instant>> nextRun) {
        ArrayNode out = json.createArrayNode();
        for (SourceConfig s : sources) {
            SourceHealth h = health.get(s.id()).orElse(SourceHealth.never(s.id()));
            ObjectNode n = out.addObject();
            n.put("id", s.id());
            n.put("type", s.type());
            n.put("platform", s.platform());
            n.put("url", s.url());
            n.put("schedule", s.schedule());
            n.put("enabled", s.enabled());
            n.put("last_run_at", str(h.lastRunAt()));
            n.put("last_success_at", str(h.lastSuccessAt()));
            n.put("last_error_at", str(h.lastErrorAt()));
            n.put("last_error", h.lastError());
            n.put("items_last_run", h.itemsLastRun());
            n.put("items_total", h.itemsTotal());
            n.put("consecutive_failures", h.consecutiveFailures());
            n.put("backing_off_until", str(h.nextAllowedRunAt()));
            n.put("next_run_at", nextRun.apply(s.id()).map(Instant::toString).orElse(null));
            n.put("status", status(s, h));
        }
        return out;
    }

    /** ok, failing, never_run or disabled. */
    static String status(SourceConfig s, SourceHealth h) {
        if (!s.enabled()) {
            return "disabled";
        }
        if (h.lastRunAt() == null) {
            return "never_run";
        }
        return h.consecutiveFailures() > 0 ? "failing" : "ok";
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
