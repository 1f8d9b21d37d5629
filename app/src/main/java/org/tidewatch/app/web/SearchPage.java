package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.http.ApiServer;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.index.PostIndex;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchRequest.SortOrder;
import org.tidewatch.index.SearchResult;

/** {@code GET /search?q=&order=&after=}: the query box, facets, highlighted hits and paging by cursor. */
final class SearchPage {
    static final int PAGE_SIZE = 20;
    private static final int FACET_VALUES = 10;
    private static final List<String> FACET_ORDER = List.of("category", "route", "from", "to", "platform", "lang", "month");
    private static final String HELP = """
            <details class="help"><summary>Query language</summary><ul>
            <li>Words and <code>"exact phrases"</code> search every language; <code>boat*</code> matches a prefix;
            <code>OR</code>, <code>NOT</code> / <code>-word</code> and parentheses combine them.</li>
            <li><code>phone:+218912345678</code>, <code>handle:@name</code>, <code>author:id</code></li>
            <li><code>route:LY&gt;IT</code>, <code>from:Libya</code>, <code>to:Lampedusa</code>, <code>category:sea_crossing</code></li>
            <li><code>platform:telegram</code>, <code>lang:ar</code>, <code>price:[1000 TO 5000]</code>,
            <code>after:2026-01-01</code>, <code>before:2026-02-01</code></li>
            <li>Only offers are shown unless you add <code>offer:any</code> (all posts) or <code>offer:false</code>.</li>
            </ul></details>""";

    private final PostIndex index;
    private final AuditLog audit;

    SearchPage(PostIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    void handle(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        String after = blankToNull(ctx.queryParam("after"));
        SortOrder order;
        try {
            order = order(ctx.queryParam("order"));
        } catch (ApiServer.BadRequestException e) {
            Layout.error(ctx, 400, "Search", e.getMessage());
            return;
        }
        StringBuilder body = new StringBuilder("<h1>Search</h1>").append(form(q, order)).append(HELP);
        SearchResult result;
        try {
            result = index.search(new SearchRequest(q, PAGE_SIZE, order, after, false, true));
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            body.append("<p class=\"error\" role=\"alert\">Bad query: ").append(Html.escape(e.getMessage())).append("</p>");
            Layout.send(ctx, 400, "Search", body.toString());
            return;
        }
        audit.record(AccessControl.userName(ctx), AuditAction.SEARCH, q, (int) Math.min(Integer.MAX_VALUE, result.total()));
        body.append("<div class=\"results\"><aside class=\"facets\" aria-label=\"Facets\">").append(facets(q, result.facets()))
                .append("</aside><section class=\"hits\" aria-label=\"Results\">");
        // Above a few thousand hits the total and the facet counts are estimated from a sample of the index.
        body.append("<p class=\"summary\"><strong>").append(result.totalExact() ? "" : "about ").append(result.total())
                .append("</strong> posts").append(result.facetsApproximate() ? " (estimated counts)" : "")
                .append(" · <a href=\"/search.csv?q=")
                .append(Links.param(q)).append("&amp;order=").append(order.name().toLowerCase()).append("\" download>Export CSV</a>")
                .append(" · <a href=\"").append(Html.escape(Links.search(q))).append("\">Link to this search</a></p>");
        boolean tickable = ReportPages.mayRefer(ctx);
        StringBuilder cards = new StringBuilder();
        for (SearchHit h : result.hits()) {
            cards.append(PostViews.card(h.post(), h.snippet(), h.duplicateGroup(), h.groupSize(), tickable));
        }
        body.append(tickable && !result.hits().isEmpty() ? ReportPages.referForm(ctx, cards.toString()) : cards);
        body.append("<nav class=\"paging\" aria-label=\"Pages\">");
        if (after != null) {
            body.append("<a href=\"").append(Html.escape(pageLink(q, order, null))).append("\">First page</a> ");
        }
        if (result.nextCursor() != null && !result.hits().isEmpty()) {
            body.append("<a rel=\"next\" href=\"").append(Html.escape(pageLink(q, order, result.nextCursor()))).append("\">Next page</a>");
        }
        body.append("</nav></section></div>");
        Layout.send(ctx, 200, q.isBlank() ? "Search" : "Search: " + q, body.toString());
    }

    static SortOrder order(String value) {
        if (value == null || value.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiServer.BadRequestException("order must be relevance, newest or oldest, not '" + value + "'");
        }
    }

    private static String form(String q, SortOrder order) {
        StringBuilder sb = new StringBuilder("<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\">"
                + "<label for=\"q\">Query</label><input id=\"q\" name=\"q\" type=\"search\" dir=\"auto\" autofocus value=\"")
                .append(Html.escape(q)).append("\"><label for=\"order\">Order</label><select id=\"order\" name=\"order\">");
        for (SortOrder o : SortOrder.values()) {
            String v = o.name().toLowerCase();
            sb.append("<option value=\"").append(v).append('"').append(o == order ? " selected" : "").append('>').append(v).append("</option>");
        }
        return sb.append("</select><button>Search</button></form>").toString();
    }

    private static String facets(String q, Map<String, Map<String, Long>> facets) {
        StringBuilder sb = new StringBuilder("<h2>Narrow</h2>");
        for (String name : FACET_ORDER) {
            Map<String, Long> values = facets.getOrDefault(name, Map.of());
            if (values.isEmpty()) {
                continue;
            }
            sb.append("<h3>").append(name).append("</h3><ul>");
            Counts.largestFirst(values).limit(FACET_VALUES)
                    .forEach(v -> sb.append("<li><a class=\"facet\" data-facet=\"").append(name).append("\" href=\"")
                            .append(Html.escape(Links.search(SearchQueries.narrowed(q, name, v.getKey())))).append("\"><bdi>")
                            .append(Html.escape(v.getKey())).append("</bdi> <span class=\"count\">").append(v.getValue()).append("</span></a></li>"));
            sb.append("</ul>");
        }
        return sb.toString();
    }

    private static String pageLink(String q, SortOrder order, String cursor) {
        return Links.search(q) + "&order=" + order.name().toLowerCase() + (cursor == null ? "" : "&after=" + Links.param(cursor));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
