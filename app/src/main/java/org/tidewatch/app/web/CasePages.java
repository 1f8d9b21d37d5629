package org.tidewatch.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.cases.CaseEntry;
import org.tidewatch.app.cases.CaseFile;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.index.pivot.PivotService;
import org.tidewatch.index.pivot.PostDetails;

/** {@code GET /cases}, {@code GET /cases/{id}} and {@code POST /cases} (form: case, post_id, note; CSRF-checked). */
final class CasePages {
    private final CaseStore cases;
    private final PivotService pivots;
    private final AuditLog audit;

    CasePages(CaseStore cases, PivotService pivots, AuditLog audit) {
        this.cases = cases;
        this.pivots = pivots;
        this.audit = audit;
    }

    void list(Context ctx) {
        StringBuilder sb = new StringBuilder("<h1>Cases</h1>");
        var all = cases.list();
        if (all.isEmpty()) {
            sb.append("<p>No cases yet. Open a post and add it to a case by name.</p>");
        } else {
            sb.append("<table><thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Posts</th><th scope=\"col\">Opened by</th>"
                    + "<th scope=\"col\">Opened</th></tr></thead><tbody>");
            for (CaseFile c : all) {
                sb.append("<tr><td><a href=\"/cases/").append(c.id()).append("\">").append(Html.escape(c.name())).append("</a></td><td>")
                        .append(c.postCount()).append("</td><td>").append(Html.escape(c.createdBy())).append("</td><td>")
                        .append(PostViews.time(c.createdAt())).append("</td></tr>");
            }
            sb.append("</tbody></table>");
        }
        Layout.send(ctx, 200, "Cases", sb.toString());
    }

    void show(Context ctx) {
        long id = caseId(ctx.pathParam("id"));
        Optional<CaseFile> found = cases.find(id);
        if (found.isEmpty()) {
            Layout.error(ctx, 404, "No such case", "There is no case " + ctx.pathParam("id") + ".");
            return;
        }
        CaseFile c = found.get();
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "case " + c.id() + " " + c.name(), c.postCount());
        StringBuilder sb = new StringBuilder("<h1>Case: ").append(Html.escape(c.name())).append("</h1><p>Opened by ")
                .append(Html.escape(c.createdBy())).append(", ").append(PostViews.time(c.createdAt())).append(". ")
                .append(c.postCount()).append(" posts.</p>");
        boolean tickable = ReportPages.mayRefer(ctx);
        if (tickable && c.postCount() > 0) {
            sb.append("<form class=\"refer-case\" method=\"post\" action=\"/reports\">").append(Layout.csrfField(ctx))
                    .append("<input type=\"hidden\" name=\"case\" value=\"").append(c.id())
                    .append("\"><button>Refer the whole case</button></form>");
        }
        StringBuilder entries = new StringBuilder();
        for (CaseEntry e : cases.entries(c.id())) {
            entries.append("<section class=\"case-entry\"><p class=\"note\">Added by ").append(Html.escape(e.addedBy())).append(", ")
                    .append(PostViews.time(e.addedAt())).append(e.note().isEmpty() ? "" : ": <q dir=\"auto\">" + Html.escape(e.note()) + "</q>").append("</p>");
            Optional<PostDetails> post = pivots.get(e.postId());
            entries.append(post.map(d -> PostViews.card(d.post(), null, d.duplicateGroup(), d.groupSize(), tickable))
                    .orElse("<p>Post <code>" + Html.escape(e.postId()) + "</code> is no longer in the index.</p>"));
            entries.append("</section>");
        }
        sb.append(tickable && c.postCount() > 0 ? ReportPages.referForm(ctx, entries.toString()) : entries);
        Layout.send(ctx, 200, "Case " + c.name(), sb.toString());
    }

    void add(Context ctx) {
        String postId = ctx.formParam("post_id");
        try {
            if (postId == null || pivots.get(postId).isEmpty()) {
                throw new IllegalArgumentException("no post has the id " + postId);
            }
            CaseFile c = cases.add(ctx.formParam("case"), postId, ctx.formParam("note"), AccessControl.userName(ctx));
            ctx.redirect("/cases/" + c.id(), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            Layout.error(ctx, 400, "Cannot add to the case", e.getMessage());
        }
    }

    /** The case id in a path, or -1 (no case has it) when it is not a number. */
    static long caseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
