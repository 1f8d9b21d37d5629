package org.tidewatch.app.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.app.security.Role;

/**
 * The referral routes, for the {@code liaison} role: {@code POST /api/reports} (build and keep packages from exactly
 * one of {@code "query"}, {@code "case"} (a case id) or {@code "post_ids"}; {@code "platform"}, {@code "re_refer"},
 * {@code "notifier_name"}, {@code "notifier_email"} optional),
 * {@code GET /api/reports} (list with takedown state and per-platform removal figures), {@code GET /api/reports/{id}}
 * (the package; {@code ?format=pdf|csv|json}), {@code POST /api/reports/check} (re-check referred URLs now),
 * {@code GET /api/reports/{id}/evidence} (the evidence zip) and the page {@code GET /reports/takedowns} (removal rate
 * and median time-to-removal per platform). Every call is audited.
 */
public final class ReferralApi {
    private final Tidewatch tw;
    private final Referrals referrals;
    private final Duration recheckInterval;
    private TakedownSchedule schedule;

    /**
     * The routes over a running server's Tidewatch; while the server runs, referred URLs are re-checked at the
     * configured {@code referral.recheck_interval_hours}.
     */
    public ReferralApi(Tidewatch tw) {
        this(tw, Referrals.over(tw, Clock.systemUTC()), tw.config().referral().recheckInterval());
    }

    /** @param recheckInterval how often to re-check while the server runs; null: never on a schedule */
    ReferralApi(Tidewatch tw, Referrals referrals, Duration recheckInterval) {
        this.tw = tw;
        this.referrals = referrals;
        this.recheckInterval = recheckInterval;
    }

    /** The referral parts these routes use, e.g. for the workbench's report pages. */
    public Referrals referrals() {
        return referrals;
    }

    /** Registers the routes, and the re-check schedule from server start to server stop. */
    public void install(JavalinConfig config) {
        config.events.serverStarted(this::startRechecks);
        // On stopping, not stopped: a round must not fetch and write while the server shuts the database down.
        config.events.serverStopping(this::stopRechecks);
        config.routes.post("/api/reports", this::create, Role.LIAISON);
        config.routes.get("/api/reports", this::list, Role.LIAISON);
        config.routes.post("/api/reports/check", this::check, Role.LIAISON);
        config.routes.get("/api/reports/{id}", this::show, Role.LIAISON);
        config.routes.get("/api/reports/{id}/evidence", this::evidence, Role.LIAISON);
        config.routes.get("/reports/takedowns", this::takedownPage, Role.LIAISON);
    }

    private synchronized void startRechecks() {
        if (recheckInterval != null && schedule == null) {
            schedule = TakedownSchedule.start(referrals.tracker(), recheckInterval);
        }
    }

    /** Stops the re-check schedule (idempotent); waits briefly for a round in progress. */
    synchronized void stopRechecks() {
        if (schedule != null) {
            schedule.close();
        }
    }

    /** The running schedule, or null before the server started. */
    synchronized TakedownSchedule schedule() {
        return schedule;
    }

    private void create(Context ctx) {
        JsonNode body;
        try {
            body = PackageJson.MAPPER.readTree(ctx.body());
        } catch (IOException e) {
            throw bad("the body must be JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw bad("the body must be a JSON object with \"query\", \"case\" or \"post_ids\"");
        }
        ReferralSelection selection = selection(body);
        String user = AccessControl.userName(ctx);
        List<ReferralPackage> packages;
        try {
            packages = referrals.refer(tw, selection, text(body, "platform"), user, body.path("re_refer").asBoolean(false),
                    text(body, "notifier_name"), text(body, "notifier_email"));
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        ArrayNode out = PackageJson.MAPPER.createArrayNode();
        for (ReferralPackage p : packages) {
            out.add(PackageJson.toJson(p));
        }
        ObjectNode n = PackageJson.MAPPER.createObjectNode();
        n.set("reports", out);
        send(ctx, 201, n);
    }

    private void list(Context ctx) {
        ObjectNode n = PackageJson.MAPPER.createObjectNode();
        ArrayNode reports = n.putArray("reports");
        for (ReferralStore.Summary s : referrals.store().list()) {
            ObjectNode o = reports.addObject();
            o.put("id", s.id());
            o.put("platform", s.platform());
            o.put("author", s.author());
            o.put("created_at", s.createdAt().toString());
            o.put("selection", s.selection());
            o.put("items", s.items());
            o.put("held_back", s.heldBack());
            referrals.store().find(s.id()).ifPresent(p -> status(o, referrals.stats().forReport(p)));
        }
        ArrayNode platforms = n.putArray("platforms");
        for (TakedownStats.PlatformStatus p : referrals.stats().perPlatform()) {
            ObjectNode o = platforms.addObject();
            o.put("platform", p.platform());
            o.put("referred", p.referred());
            o.put("removed", p.removed());
            o.put("removal_rate", p.removalRate());
            o.put("median_hours_to_removal", p.medianToRemoval().map(d -> d.toMinutes() / 60.0).orElse(null));
        }
        tw.audit().record(AccessControl.userName(ctx), AuditAction.REPORT, "list reports", reports.size());
        send(ctx, 200, n);
    }

    /** A plain HTML page: removal rate and median time-to-removal per platform (no scripts or inline styles: CSP). */
    private void takedownPage(Context ctx) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Takedowns</title>"
                + "</head><body><h1>Takedowns per platform</h1><table><tr><th>platform</th><th>referred</th>"
                + "<th>removed</th><th>removal rate</th><th>median time to removal</th></tr>");
        for (TakedownStats.PlatformStatus p : referrals.stats().perPlatform()) {
            h.append("<tr><td>").append(Html.escape(p.platform())).append("</td><td>").append(p.referred())
                    .append("</td><td>").append(p.removed()).append("</td><td>")
                    .append(Math.round(p.removalRate() * 100)).append("%</td><td>")
                    .append(p.medianToRemoval().map(d -> d.toHours() + " h " + d.toMinutesPart() + " min").orElse("-"))
                    .append("</td></tr>");
        }
        h.append("</table></body></html>");
        tw.audit().record(AccessControl.userName(ctx), AuditAction.REPORT, "takedown page", null);
        ctx.status(200).contentType("text/html; charset=utf-8").result(h.toString());
    }

    private void check(Context ctx) {
        TakedownTracker.Round r = referrals.tracker().checkAll();
        tw.audit().record(AccessControl.userName(ctx), AuditAction.REPORT, "takedown re-check: " + r, r.checked());
        send(ctx, 200, PackageJson.MAPPER.valueToTree(r));
    }

    private void show(Context ctx) throws IOException {
        ReferralPackage p = find(ctx);
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").toLowerCase(Locale.ROOT);
        tw.audit().record(AccessControl.userName(ctx), AuditAction.EXPORT, "report " + p.id() + " as " + format,
                p.items().size());
        if (format.equals("json")) {
            ObjectNode n = PackageJson.toJson(p);
            status(n, referrals.stats().forReport(p));
            send(ctx, 200, n);
            return;
        }
        PackageWriter writer;
        try {
            writer = PackageWriter.forFormat(format);
        } catch (IllegalArgumentException | PdfFonts.MissingFontsException e) {
            throw bad(e.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(p, out);
        ctx.header("Content-Disposition", "attachment; filename=\"" + p.id() + "." + format + "\"");
        ctx.status(200).contentType(format.equals("pdf") ? "application/pdf" : "text/csv; charset=utf-8")
                .result(out.toByteArray());
    }

    private void evidence(Context ctx) throws IOException {
        ReferralPackage p = find(ctx);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        EvidenceExport.Result r = referrals.evidenceExport().export(p, null, zip);
        tw.audit().record(AccessControl.userName(ctx), AuditAction.EXPORT, "evidence of report " + p.id(), r.records());
        ctx.header("Content-Disposition", "attachment; filename=\"" + p.id() + "-evidence.zip\"");
        ctx.status(200).contentType("application/zip").result(zip.toByteArray());
    }

    private ReferralPackage find(Context ctx) {
        String id = ctx.pathParam("id");
        return referrals.store().find(id).orElseThrow(() -> new io.javalin.http.NotFoundResponse("no report " + id));
    }

    /** Exactly one of {@code query} (text), {@code case} (a case id) or {@code post_ids} (a list of ids). */
    static ReferralSelection selection(JsonNode body) {
        JsonNode query = body.get("query");
        JsonNode caseId = body.get("case");
        JsonNode ids = body.get("post_ids");
        int given = present(query) + present(caseId) + present(ids);
        if (given != 1) {
            throw bad("give exactly one of \"query\", \"case\" or \"post_ids\"" + (given == 0 ? "" : ", not " + given));
        }
        if (present(query) == 1) {
            if (!query.isTextual() || query.asText().isBlank()) {
                throw bad("\"query\" must be a non-blank string, not " + query);
            }
            return ReferralSelection.ofQuery(query.asText().strip());
        }
        if (present(caseId) == 1) {
            if (caseId.isIntegralNumber() && caseId.canConvertToLong()) {
                return ReferralSelection.ofCase(caseId.asLong());
            }
            if (caseId.isTextual() && caseId.asText().strip().matches("[0-9]{1,18}")) {
                return ReferralSelection.ofCase(Long.parseLong(caseId.asText().strip()));
            }
            throw bad("\"case\" must be a case id (a whole number), not " + caseId);
        }
        List<String> list = new ArrayList<>();
        if (ids.isArray()) {
            ids.forEach(n -> list.add(n.isTextual() ? n.asText() : null));
        }
        if (!ids.isArray() || list.isEmpty() || list.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw bad("\"post_ids\" must be a non-empty list of post ids (strings), not " + ids);
        }
        return ReferralSelection.ofPosts(list);
    }

    private static int present(JsonNode n) {
        return n == null || n.isNull() ? 0 : 1;
    }

    private static void status(ObjectNode n, TakedownStats.ReportStatus s) {
        ObjectNode o = n.putObject("takedown");
        o.put("still_online", s.online());
        o.put("removed", s.removed());
        o.put("errors", s.errors());
        o.put("unchecked", s.unchecked());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static RuntimeException bad(String message) {
        return new org.tidewatch.app.http.ApiServer.BadRequestException(message);
    }

    private static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
