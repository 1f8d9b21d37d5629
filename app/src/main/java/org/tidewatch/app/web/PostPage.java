package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.cases.CaseFile;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.app.security.Role;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Post;
import org.tidewatch.index.pivot.Pivot;
import org.tidewatch.index.pivot.PivotKind;
import org.tidewatch.index.pivot.PivotService;
import org.tidewatch.index.pivot.PostDetails;

/** {@code GET /posts/<id>}: a post in full with its evidence, extractions, linked posts and the add-to-case form. */
final class PostPage {
    private static final int LINKED = 10;

    private final PivotService pivots;
    private final CaseStore cases;
    private final AuditLog audit;

    PostPage(PivotService pivots, CaseStore cases, AuditLog audit) {
        this.pivots = pivots;
        this.cases = cases;
        this.audit = audit;
    }

    void handle(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<PostDetails> found = pivots.get(id);
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "post " + id, found.isPresent() ? 1 : 0);
        if (found.isEmpty()) {
            Layout.error(ctx, 404, "No such post", "No post has the id " + id + " (it may have been purged).");
            return;
        }
        PostDetails d = found.get();
        Post p = d.post().post();
        StringBuilder sb = new StringBuilder("<h1>Post <code>").append(Html.escape(p.id())).append("</code></h1>");
        sb.append("<p class=\"badges\">").append(PostViews.offerBadge(d.post().enrichment())).append("</p>");
        sb.append("<blockquote class=\"post-text\" dir=\"auto\" lang=\"").append(Html.escape(d.post().enrichment().lang())).append("\">")
                .append(Html.escape(p.text())).append("</blockquote>");
        sb.append("<h2>Capture</h2><dl class=\"facts\">");
        fact(sb, "Platform", Html.escape(p.platform()));
        fact(sb, "Source", Html.escape(p.sourceId()));
        fact(sb, "Author", p.author() == null ? "unknown" : "<a href=\"" + Links.author(p.author()) + "\">" + Html.escape(p.author()) + "</a>"
                + (p.authorName() == null ? "" : " (<bdi>" + Html.escape(p.authorName()) + "</bdi>)"));
        fact(sb, "Published", PostViews.time(p.publishedAt()));
        fact(sb, "Captured", PostViews.time(p.collectedAt()));
        fact(sb, "URL", url(p.url()));
        if (p.evidence() != null) {
            fact(sb, "Evidence SHA-256", "<code class=\"hash\">" + Html.escape(p.evidence().sha256()) + "</code>");
            fact(sb, "WARC record", "<code>" + Html.escape(p.evidence().warcFile()) + "</code> <code>" + Html.escape(p.evidence().recordId()) + "</code>");
        } else {
            fact(sb, "Evidence", "not recorded");
        }
        fact(sb, "Language", Html.escape(d.post().enrichment().lang()));
        sb.append("</dl><h2>Extracted</h2>").append(PostViews.extracted(d.post().enrichment()));
        sb.append("<h2>Near duplicates</h2>");
        if (d.duplicateIds().isEmpty()) {
            sb.append("<p>None.</p>");
        } else {
            sb.append("<p>").append(d.groupSize()).append(" posts in the group.</p><ul>");
            d.duplicateIds().forEach(other -> sb.append("<li><a href=\"").append(Links.post(other)).append("\">")
                    .append(Html.escape(other)).append("</a></li>"));
            sb.append("</ul>");
        }
        sb.append(linked(p, d.post()));
        if (AccessControl.user(ctx).roles().contains(Role.INVESTIGATOR)) {
            sb.append(caseForm(ctx, p.id()));
        }
        Layout.send(ctx, 200, "Post " + p.id(), sb.toString());
    }

    private String linked(Post p, EnrichedPost ep) {
        Map<String, Pivot> groups = new LinkedHashMap<>();
        ep.enrichment().phones().forEach(ph -> groups.put("phone " + ph, pivots.pivot(PivotKind.PHONE, ph)));
        ep.enrichment().handles().forEach(h -> groups.put("handle " + h, pivots.pivot(PivotKind.HANDLE, h)));
        if (p.author() != null) {
            groups.put("author " + p.author(), pivots.pivot(PivotKind.AUTHOR, p.author()));
        }
        StringBuilder sb = new StringBuilder("<h2>Same phone, handle or author</h2>");
        if (groups.isEmpty()) {
            return sb.append("<p>Nothing to pivot on.</p>").toString();
        }
        for (Map.Entry<String, Pivot> g : groups.entrySet()) {
            Pivot pv = g.getValue();
            List<EnrichedPost> others = new ArrayList<>(pv.posts().stream().filter(o -> !o.post().id().equals(p.id())).limit(LINKED).toList());
            sb.append("<h3><a href=\"").append(PivotPage.link(pv.kind(), pv.value())).append("\">").append(Html.escape(g.getKey()))
                    .append("</a>: ").append(Math.max(0, pv.total() - 1)).append(" other posts</h3>");
            if (!others.isEmpty()) {
                sb.append("<ul class=\"linked\">");
                others.forEach(o -> sb.append("<li><a href=\"").append(Links.post(o.post().id())).append("\">").append(Html.escape(o.post().id()))
                        .append("</a> ").append(PostViews.time(org.tidewatch.index.schema.PostDocuments.time(o.post()))).append("</li>"));
                sb.append("</ul>");
            }
        }
        return sb.toString();
    }

    private String caseForm(Context ctx, String postId) {
        List<String> in = cases.casesOf(postId);
        StringBuilder sb = new StringBuilder("<h2>Cases</h2>");
        sb.append(in.isEmpty() ? "<p>In no case yet.</p>" : "<p>In: " + String.join(", ", in.stream().map(Html::escape).toList()) + "</p>");
        sb.append("<form class=\"case-add\" method=\"post\" action=\"/cases\">").append(Layout.csrfField(ctx))
                .append("<input type=\"hidden\" name=\"post_id\" value=\"").append(Html.escape(postId)).append("\">")
                .append("<label for=\"case\">Case name</label><input id=\"case\" name=\"case\" required maxlength=\"200\" list=\"case-names\">")
                .append("<datalist id=\"case-names\">");
        for (CaseFile c : cases.list()) {
            sb.append("<option value=\"").append(Html.escape(c.name())).append("\">");
        }
        return sb.append("</datalist><label for=\"note\">Note</label><textarea id=\"note\" name=\"note\" rows=\"3\" maxlength=\"4000\"></textarea>")
                .append("<button>Add to case</button></form>").toString();
    }

    private static void fact(StringBuilder sb, String label, String html) {
        sb.append("<dt>").append(label).append("</dt><dd>").append(html).append("</dd>");
    }

    /** Only web addresses become links; anything else (javascript:, data:) is shown as text. */
    static String url(String url) {
        if (url == null) {
            return "unknown";
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return "<a href=\"" + Html.escape(url.strip()) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">" + Html.escape(url) + "</a>";
        }
        return "<code>" + Html.escape(url) + "</code>";
    }
}
