package org.tidewatch.app.audit;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /api/audit} for admins: query parameters {@code user}, {@code since} (date or instant),
 * {@code action}, {@code limit} (default 1000) and {@code format=csv} for a download. Each view or export is itself
 * audited. Register it with the admin role: {@code config.routes.get("/api/audit", handler, Role.ADMIN)}.
 */
public final class AuditHandler implements Handler {
    private final AuditLog log;
    private final Function<Context, String> actor;

    /** {@code actor} names the logged-in user of a request, e.g. {@code AccessControl::userName}. */
    public AuditHandler(AuditLog log, Function<Context, String> actor) {
        this.log = log;
        this.actor = actor;
    }

    private static int parseLimit(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a whole number, not '" + text + "'");
        }
    }

    @Override
    public void handle(Context ctx) {
        AuditFilter filter;
        try {
            String action = ctx.queryParam("action");
            String limit = ctx.queryParam("limit");
            filter = new AuditFilter(ctx.queryParam("user"), AuditTimes.parseSince(ctx.queryParam("since")),
                    action == null || action.isBlank() ? null : AuditAction.parse(action),
                    limit == null ? 1000 : parseLimit(limit));
        } catch (IllegalArgumentException e) {
            ctx.status(400).json(Map.of("error", e.getMessage()));
            return;
        }
        List<AuditEntry> entries = log.list(filter);
        boolean csv = "csv".equals(ctx.queryParam("format"));
        String described = "audit log" + (ctx.queryString() == null ? "" : " ?" + ctx.queryString());
        log.record(actor.apply(ctx), csv ? AuditAction.EXPORT : AuditAction.VIEW, described, entries.size());
        if (csv) {
            ctx.header("Content-Disposition", "attachment; filename=\"tidewatch-audit.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(AuditCsv.write(entries));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("count", entries.size());
            body.put("entries", entries.stream().map(AuditEntry::toJson).toList());
            ctx.json(body);
        }
    }
}
