package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.app.security.Html;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.health.SourceHealth;
import org.tidewatch.crawler.health.SourceHealthStore;

/** {@code GET /sources} (admin): every configured source with its last runs, error and backoff. */
final class SourcesPage {
    private final java.util.function.Supplier<List<SourceConfig>> configured;
    private final SourceHealthStore health;
    private final Clock clock;

    SourcesPage(java.util.function.Supplier<List<SourceConfig>> configured, SourceHealthStore health, Clock clock) {
        this.configured = configured;
        this.health = health;
        this.clock = clock;
    }

    void handle(Context ctx) {
        Map<String, SourceHealth> byId = new LinkedHashMap<>();
        configured.get().forEach(s -> byId.put(s.id(), SourceHealth.never(s.id())));
        health.list().forEach(h -> byId.put(h.sourceId(), h));
        Map<String, SourceConfig> configs = new LinkedHashMap<>();
        configured.get().forEach(s -> configs.put(s.id(), s));
        Instant now = clock.instant();
        StringBuilder sb = new StringBuilder("<h1>Sources</h1><table class=\"sources\"><thead><tr><th scope=\"col\">Source</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\">Last run</th><th scope=\"col\">Last success</th>"
                + "<th scope=\"col\">Posts (last / total)</th><th scope=\"col\">Failures in a row</th><th scope=\"col\">Last error</th></tr></thead><tbody>");
        for (SourceHealth h : byId.values()) {
            SourceConfig cfg = configs.get(h.sourceId());
            String status = cfg == null ? "no longer configured" : !cfg.enabled() ? "disabled"
                    : h.backingOff(now) ? "backing off until " + h.nextAllowedRunAt() : h.lastRunAt() == null ? "not run yet"
                    : h.consecutiveFailures() > 0 ? "failing" : "ok";
            sb.append("<tr class=\"").append(status.startsWith("ok") ? "ok" : status.startsWith("fail") || status.startsWith("backing") ? "bad" : "idle")
                    .append("\"><th scope=\"row\">").append(Html.escape(h.sourceId())).append("</th><td>").append(Html.escape(status))
                    .append("</td><td>").append(PostViews.time(h.lastRunAt())).append("</td><td>").append(PostViews.time(h.lastSuccessAt()))
                    .append("</td><td>").append(h.itemsLastRun()).append(" / ").append(h.itemsTotal()).append("</td><td>")
                    .append(h.consecutiveFailures()).append("</td><td>").append(Html.escape(h.lastError())).append("</td></tr>");
        }
        sb.append("</tbody></table>");
        if (byId.isEmpty()) {
            sb.append("<p>No sources are configured.</p>");
        }
        Layout.send(ctx, 200, "Sources", sb.toString());
    }
}
