package org.tidewatch.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.referral.Exclusion;
import org.tidewatch.app.referral.ReferralItem;
import org.tidewatch.app.referral.ReferralPackage;
import org.tidewatch.app.referral.ReferralSelection;
import org.tidewatch.app.referral.ReferralStore;
import org.tidewatch.app.referral.Referrals;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.app.security.Role;

/**
 * The liaison officer's referral pages: {@code POST /reports} (the "Refer selected" form of the search and case pages:
 * ticked {@code post_ids} or a {@code case} id, CSRF-checked) builds the packages and redirects to them,
 * {@code GET /reports} lists the reports and {@code GET /reports/{id}} shows one with its downloads. Install after
 * {@code ReferralApi} so that its {@code /reports/takedowns} page is matched first.
 */
public final class ReportPages {
    private final Tidewatch tw;
    private final Referrals referrals;

    public ReportPages(Tidewatch tw, Referrals referrals) {
        this.tw = tw;
        this.referrals = referrals;
    }

    /** Registers the routes for the {@code liaison} role. */
    public void install(JavalinConfig config) {
        config.routes.post("/reports", this::refer, Role.LIAISON);
        config.routes.get("/reports", this::list, Role.LIAISON);
        config.routes.get("/reports/{id}", this::show, Role.LIAISON);
    }

    /** The "Refer selected" form for a list of post cards that carry {@link PostViews#tick} boxes. */
    static String referForm(Context ctx, String cards) {
        return "<form class=\"refer\" method=\"post\" action=\"/reports\">" + Layout.csrfField(ctx)
                + "<p class=\"refer-actions\"><button class=\"refer-selected\">Refer selected</button> <label>"
                + "<input type=\"checkbox\" name=\"re_refer\" value=\"true\"> include posts already referred</label></p>"
                + cards + "</form>";
    }

    /** Whether this request's user may refer, and so sees tick boxes and the refer form. */
    static boolean mayRefer(Context ctx) {
        return AccessControl.currentUser(ctx).map(u -> u.has(Role.LIAISON)).orElse(false);
    }

    private void refer(Context ctx) {
        List<String> ids = ctx.formParams("post_ids");
        String caseId = ctx.formParam("case");
        List<ReferralPackage> packages;
        try {
            ReferralSelection selection;
            if (caseId != null && !ids.isEmpty()) {
                throw new IllegalArgumentException("refer either the whole case or the ticked posts, not both");
            } else if (caseId != null) {
                long id = CasePages.caseId(caseId);
                if (id < 0) {
                    throw new IllegalArgumentException("no case has the id " + caseId);
                }
                selection = ReferralSelection.ofCase(id);
            } else {
                selection = ReferralSelection.ofPosts(ids);
            }
            packages = referrals.refer(tw, selection, null, AccessControl.userName(ctx),
                    "true".equals(ctx.formParam("re_refer")), null, null);
        } catch (IllegalArgumentException e) {
            Layout.error(ctx, 400, "Cannot refer", e.getMessage());
            return;
        }
        ctx.redirect(packages.size() == 1 ? "/reports/" + Links.param(packages.getFirst().id()) : "/reports", HttpStatus.SEE_OTHER);
    }

    private void list(Context ctx) {
        List<ReferralStore.Summary> all = referrals.store().list();
        tw.audit().record(AccessControl.userName(ctx), AuditAction.REPORT, "list reports", all.size());
        StringBuilder sb = new StringBuilder("<h1>Referral reports</h1><p><a href=\"/reports/takedowns\">Takedowns per platform</a></p>");
        if (all.isEmpty()) {
            sb.append("<p>No reports yet. Tick posts in a search or a case and refer them.</p>");
        } else {
            sb.append("<table class=\"reports\"><thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Platform</th>"
                    + "<th scope=\"col\">Prepared</th><th scope=\"col\">By</th><th scope=\"col\">Selection</th>"
                    + "<th scope=\"col\">Referred</th><th scope=\"col\">Held back</th></tr></thead><tbody>");
            for (ReferralStore.Summary s : all) {
                sb.append("<tr><td><a href=\"/reports/").append(Links.param(s.id())).append("\">").append(Html.escape(s.id()))
                        .append("</a></td><td>").append(Html.escape(s.platform())).append("</td><td>").append(PostViews.time(s.createdAt()))
                        .append("</td><td>").append(Html.escape(s.author())).append("</td><td><bdi>").append(Html.escape(s.selection()))
                        .append("</bdi></td><td>").append(s.items()).append("</td><td>").append(s.heldBack()).append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        Layout.send(ctx, 200, "Reports", sb.toString());
    }

    private void show(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<ReferralPackage> found = referrals.store().find(id);
        tw.audit().record(AccessControl.userName(ctx), AuditAction.VIEW, "report " + id, found.map(p -> p.items().size()).orElse(0));
        if (found.isEmpty()) {
            Layout.error(ctx, 404, "No such report", "There is no report " + id + ".");
            return;
        }
        ReferralPackage p = found.get();
        String api = "/api/reports/" + Links.param(p.id());
        StringBuilder sb = new StringBuilder("<h1>Report <code>").append(Html.escape(p.id())).append("</code></h1>")
                .append("<p class=\"report-meta\">To <strong>").append(Html.escape(p.platform())).append("</strong>, prepared by ")
                .append(Html.escape(p.author())).append(", ").append(PostViews.time(p.createdAt())).append(". Selection: <bdi>")
                .append(Html.escape(p.selection())).append("</bdi>.</p><p class=\"downloads\">Download: <a href=\"").append(api)
                .append("?format=pdf\" download>PDF</a> · <a href=\"").append(api).append("?format=csv\" download>CSV</a> · <a href=\"")
                .append(api).append("?format=json\" download>JSON</a> · <a href=\"").append(api)
                .append("/evidence\" download>Evidence zip</a></p>");
        sb.append("<h2>Referred (").append(p.items().size()).append(")</h2>");
        if (!p.items().isEmpty()) {
            sb.append("<table class=\"report-items\"><thead><tr><th scope=\"col\">Post</th><th scope=\"col\">URL</th>"
                    + "<th scope=\"col\">Account</th><th scope=\"col\">Published</th><th scope=\"col\">Text</th></tr></thead><tbody>");
            for (ReferralItem i : p.items()) {
                sb.append("<tr><td><a href=\"").append(Links.post(i.postId())).append("\">").append(Html.escape(i.postId()))
                        .append("</a></td><td>").append(Html.escape(i.url())).append("</td><td>")
                        .append(i.account() == null ? "unknown" : "<bdi>" + Html.escape(i.account()) + "</bdi>").append("</td><td>")
                        .append(PostViews.time(i.publishedAt())).append("</td><td dir=\"auto\" lang=\"").append(Html.escape(i.lang()))
                        .append("\">").append(Html.escape(i.text())).append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        sb.append("<h2>Held back (").append(p.excluded().size()).append(")</h2>");
        if (!p.excluded().isEmpty()) {
            sb.append("<ul class=\"held-back\">");
            for (Exclusion x : p.excluded()) {
                sb.append("<li><a href=\"").append(Links.post(x.postId())).append("\">").append(Html.escape(x.postId())).append("</a>: ")
                        .append(Html.escape(x.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append(", <bdi>")
                        .append(Html.escape(x.reason())).append("</bdi></li>");
            }
            sb.append("</ul>");
        }
        Layout.send(ctx, 200, "Report " + p.id(), sb.toString());
    }
}
