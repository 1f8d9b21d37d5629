package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.pivot.Pivot;
import org.tidewatch.index.pivot.PivotKind;
import org.tidewatch.index.pivot.PivotService;
import org.tidewatch.index.schema.PostDocuments;

/** {@code GET /phones/<e164>}, {@code /handles/<h>}, {@code /authors/<id>}: first/last seen, platforms, routes, prices over time, posts. */
final class PivotPage {
    private final PivotService pivots;
    private final AuditLog audit;
    private final PivotKind kind;

    PivotPage(PivotService pivots, AuditLog audit, PivotKind kind) {
        this.pivots = pivots;
        this.audit = audit;
        this.kind = kind;
    }

    static String link(PivotKind kind, String value) {
        return switch (kind) {
            case PHONE -> Links.phone(value);
            case HANDLE -> Links.handle(value);
            case AUTHOR -> Links.author(value);
        };
    }

    void handle(Context ctx) {
        String value = ctx.pathParam("value");
        String title = kind.field() + " " + value;
        Pivot pv;
        try {
            pv = pivots.pivot(kind, value);
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            Layout.error(ctx, 400, "Cannot pivot on " + title, e.getMessage());
            return;
        }
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, kind.field() + " " + pv.value(), (int) Math.min(Integer.MAX_VALUE, pv.total()));
        StringBuilder sb = new StringBuilder("<h1>").append(Html.escape(kind.field().substring(0, 1).toUpperCase() + kind.field().substring(1)))
                .append(" <bdi>").append(Html.escape(pv.value())).append("</bdi></h1>");
        sb.append("<dl class=\"facts\"><dt>Posts</dt><dd>").append(pv.total()).append("</dd><dt>First seen</dt><dd>")
                .append(PostViews.time(pv.firstSeen())).append("</dd><dt>Last seen</dt><dd>").append(PostViews.time(pv.lastSeen()))
                .append("</dd><dt>Platforms</dt><dd>").append(counts(pv.platforms())).append("</dd><dt>Routes</dt><dd>")
                .append(counts(pv.routes())).append("</dd></dl>");
        sb.append("<p><a href=\"").append(Html.escape(Links.search(kind.field() + ":" + SearchQueries.quoted(pv.value()) + " offer:any")))
                .append("\">Search these posts</a></p>");
        sb.append("<h2>Prices over time</h2>");
        StringBuilder rows = new StringBuilder();
        for (EnrichedPost ep : pv.posts()) {
            if (!ep.enrichment().prices().isEmpty()) {
                rows.append("<tr><td>").append(PostViews.time(PostDocuments.time(ep.post()))).append("</td><td>")
                        .append(String.join(", ", ep.enrichment().prices().stream().map(PostViews::price).toList())).append("</td><td><a href=\"")
                        .append(Links.post(ep.post().id())).append("\">").append(Html.escape(ep.post().id())).append("</a></td></tr>");
            }
        }
        sb.append(rows.isEmpty() ? "<p>No prices stated.</p>"
                : "<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Prices</th><th scope=\"col\">Post</th></tr></thead><tbody>" + rows + "</tbody></table>");
        sb.append("<h2>Posts (newest first)</h2>");
        pv.posts().forEach(ep -> sb.append(PostViews.card(ep, null, null, 1)));
        Layout.send(ctx, 200, title, sb.toString());
    }

    static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return String.join(", ", Counts.largestFirst(counts).map(e -> "<bdi>" + Html.escape(e.getKey()) + "</bdi> (" + e.getValue() + ")").toList());
    }
}
